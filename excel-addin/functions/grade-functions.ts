// The maths behind PROVMAP.PROGRESS, STATUS and STEPS: core's scales and evaluation over 2-D inputs.

import { evaluateEnrolment } from '../../core/evaluate/enrolment.js';
import type { CellValue } from '../../core/grid.js';
import type { Target } from '../../core/model/types.js';
import { ScaleRegistry } from '../../core/scales/index.js';
import type { Grade, Scale, ScaleDefinition } from '../../core/scales/index.js';

/** A value or range as Excel hands it to a custom function: a 2-D array (a single cell is 1 x 1). */
export type Matrix = readonly (readonly unknown[])[];

/** What a function returns: one result per cell; '' shows as blank. */
export type Results = (number | string)[][];

/** Input Excel should show as #VALUE! with this message (the entry points turn it into CustomFunctions.Error). */
export class FunctionInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FunctionInputError';
  }
}

let registry = new ScaleRegistry();

/** Uses the school's own step lists beside the built-in scales (from the workbook's settings). */
export function useSchoolScales(defs: readonly ScaleDefinition[]): void {
  registry = new ScaleRegistry(defs);
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

function cell(v: unknown): CellValue {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** The scale named by id or name ("nc-sublevels", "NC sub-levels"), or detected from the values. */
export function chooseScale(arg: unknown, values: readonly CellValue[]): Scale {
  const name = typeof arg === 'string' ? arg.trim() : '';
  if (name !== '') {
    const hit = registry.all().find((s) => squash(s.id) === squash(name) || squash(s.name) === squash(name));
    if (!hit)
      throw new FunctionInputError(
        `"${name}" is not a scale provmap knows. Try "nc-sublevels", "ks-ta" or "leuven-wellbeing".`,
      );
    return hit;
  }
  const found = registry.detect(values);
  if (!found)
    throw new FunctionInputError(
      'None of these values is on a scale provmap knows; name the scale as the last argument.',
    );
  return found.scale;
}

/** The shape of the result: all inputs are the same size, or 1 x 1 (which repeats). */
function shape(inputs: readonly Matrix[]): [number, number] {
  let rows = 1;
  let cols = 1;
  for (const m of inputs) {
    const r = m.length;
    const c = m[0]?.length ?? 0;
    if (r === 1 && c === 1) continue;
    if ((rows !== 1 || cols !== 1) && (r !== rows || c !== cols))
      throw new FunctionInputError('The ranges must be the same size, or single cells.');
    rows = r;
    cols = c;
  }
  return [rows, cols];
}

const at = (m: Matrix, r: number, c: number): CellValue =>
  cell(m.length === 1 && m[0]?.length === 1 ? m[0][0] : m[r]?.[c]);

function map(inputs: readonly Matrix[], f: (cells: CellValue[]) => number | string): Results {
  const [rows, cols] = shape(inputs);
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => f(inputs.map((m) => at(m, r, c)))),
  );
}

const every = (inputs: readonly Matrix[]): CellValue[] =>
  inputs.flatMap((m) => m.flatMap((row) => row.map(cell)));

function grade(scale: Scale, v: CellValue): Grade | null {
  const p = scale.parse(v);
  return p.kind === 'grade' ? p : null;
}

/** Steps from entry to exit (exit minus entry), or '' where either is not a grade on the scale. */
export function progressOf(entry: Matrix, exit: Matrix, scaleArg?: unknown): Results {
  const scale = chooseScale(scaleArg, every([entry, exit]));
  return map([entry, exit], ([e, x]) => {
    const ge = grade(scale, e ?? null);
    const gx = grade(scale, x ?? null);
    return ge && gx ? gx.step - ge.step : '';
  });
}

/** 1-based position of each value on its scale (as MATCH gives it), or '' where it is not on the scale. */
export function stepsOf(value: Matrix, scaleArg?: unknown): Results {
  const scale = chooseScale(scaleArg, every([value]));
  return map([value], ([v]) => {
    const g = grade(scale, v ?? null);
    return g ? g.step + 1 : '';
  });
}

/**
 * A target as written: a grade on the scale is absolute; a whole number of steps ("2", "+2") is relative
 * to entry; anything else is no measurable target.
 */
export function targetOf(scale: Scale, v: CellValue): Target {
  const text = v === null ? '' : String(v);
  const g = grade(scale, v);
  if (g && !(typeof v === 'string' && v.trim().startsWith('+'))) return { kind: 'absolute', grade: g, text };
  const m = /^\+?\s*(\d+)$/.exec(text.trim());
  return m ? { kind: 'relative', steps: Number(m[1]), text } : { kind: 'none', text };
}

/** Enrolment status (met, partly met, not met, no target, pending) by core's rules. */
export function statusOf(entry: Matrix, target: Matrix, exit: Matrix, scaleArg?: unknown): Results {
  const scale = chooseScale(scaleArg, every([entry, exit]));
  return map(
    [entry, target, exit],
    ([e, t, x]) =>
      evaluateEnrolment(
        {
          pupilId: '',
          interventionId: '',
          scaleId: scale.id,
          entry: grade(scale, e ?? null),
          target: targetOf(scale, t ?? null),
          exit: grade(scale, x ?? null),
          outcome: null,
          notes: null,
          source: null,
        },
        registry,
      ).status,
  );
}
