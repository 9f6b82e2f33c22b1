// Turns a scale definition into a usable Scale: validated, with one parse pipeline for every family.

import type { CellValue } from '../grid.js';
import type { Grade, ParsedValue, Scale, ScaleDefinition, ScaleStep } from './types.js';
import { isAbsentMarker } from './absent.js';
import { labelKey, normaliseGradeText, shown } from './normalise.js';
import { READERS } from './readers.js';
import type { StepLookup } from './reader.js';
import { validateScale } from './validate.js';

/** Longer text is not a grade; checking length first keeps pasted paragraphs cheap. */
const MAX_GRADE_TEXT = 60;

/**
 * A Scale for a definition. Throws SettingsError (see validateScale) for an empty step list, a
 * duplicate label or alias, or other unusable settings. The definition is copied, not kept.
 */
export function createScale(def: ScaleDefinition): Scale {
  const keys = validateScale(def);
  const steps: readonly ScaleStep[] = Object.freeze(
    def.steps.map((s) =>
      Object.freeze(
        s.aliases ? { label: s.label, aliases: Object.freeze([...s.aliases]) } : { label: s.label },
      ),
    ),
  );
  const reader = READERS[def.parser];
  const find: StepLookup = (value) => keys.get(labelKey(value));
  const first = steps[0]!.label;
  const last = steps[steps.length - 1]!.label;

  const at = (step: number): Grade | null => {
    const s = Number.isInteger(step) ? steps[step] : undefined;
    return s ? { kind: 'grade', scaleId: def.id, step, label: s.label } : null;
  };
  const unreadable = (text: string, reason: string): ParsedValue => ({ kind: 'unreadable', text, reason });
  const notOnScale = (text: string): ParsedValue =>
    unreadable(text, `"${shown(text)}" is not on the ${def.name} scale (${first} to ${last}).`);

  const parse = (value: CellValue): ParsedValue => {
    // Hosts should hand over null for an empty cell; a sparse row may still give undefined.
    if (value === null || value === undefined) return { kind: 'blank' };
    if (typeof value === 'boolean')
      return unreadable(String(value).toUpperCase(), 'A tick box (TRUE/FALSE) is not a grade.');
    if (value instanceof Date)
      return unreadable(
        Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10),
        'A date is not a grade; the spreadsheet may have turned what was typed into a date: format the column as plain text and type it again.',
      );
    if (typeof value === 'number') {
      const text = String(value);
      if (!Number.isFinite(value)) return unreadable(text, `${text} is not a number a scale can hold.`);
      const r = reader.number(value, find);
      if (typeof r === 'number') return at(r) ?? notOnScale(text);
      return r ? unreadable(text, r.reason) : notOnScale(text);
    }
    if (typeof value !== 'string')
      return unreadable(String(value), 'This cell does not hold a value a scale can read.');
    const text = value.trim();
    if (text === '') return { kind: 'blank' };
    if (text.length > MAX_GRADE_TEXT) return unreadable(text, `"${shown(text)}" is too long to be a grade.`);
    const norm = normaliseGradeText(text);
    // A school's own step wins over an absent marker with the same spelling.
    const direct = find(norm);
    if (direct !== undefined) return at(direct)!;
    if (isAbsentMarker(norm)) return { kind: 'absent', text };
    const r = reader.text(norm, find);
    if (typeof r === 'number') return at(r) ?? notOnScale(text);
    return r ? unreadable(text, r.reason) : notOnScale(text);
  };

  return {
    id: def.id,
    name: def.name,
    stepName: def.stepName,
    steps,
    parser: def.parser,
    tolerance: def.tolerance,
    expectedStepsPerYear: Object.freeze({ ...def.expectedStepsPerYear }),
    parse,
    at,
  };
}
