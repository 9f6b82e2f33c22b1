// Which scale a column of values is most likely on: most values read, then the header, then fewest steps.

import type { CellValue } from '../grid.js';
import type { Scale } from './types.js';
import { isAbsentMarker } from './absent.js';
import { hintScore } from './header-hints.js';

/** The most likely scale for a column, with how sure that is. */
export interface ScaleDetection {
  scale: Scale;
  /** Non-blank, non-absent values the scale reads. */
  matched: number;
  /** Non-blank, non-absent values. */
  total: number;
  /** Another scale read the same number of values. */
  ambiguous: boolean;
  /** Ids of those other scales, most likely first. */
  alternatives: string[];
}

function isBlankOrAbsent(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === 'string' && (value.trim() === '' || isAbsentMarker(value));
}

/** The non-blank, non-absent values, each distinct value once with how often it occurs. */
function distinctPresent(values: readonly CellValue[]): { value: CellValue; count: number }[] {
  // Text and numbers are keyed by themselves, so no key is built per cell; a column repeats a few grades
  // many times, so blanks and absent markers are recognised once per distinct value.
  const texts = new Map<string, { value: CellValue; count: number }>();
  const numbers = new Map<number, { value: CellValue; count: number }>();
  const others = new Map<string, { value: CellValue; count: number }>();
  const count = <K>(byKey: Map<K, { value: CellValue; count: number }>, key: K, value: CellValue): void => {
    const seen = byKey.get(key);
    if (seen) seen.count++;
    else byKey.set(key, { value, count: 1 });
  };
  for (const value of values) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'string') count(texts, value, value);
    else if (typeof value === 'number') count(numbers, value, value);
    else
      count(
        others,
        value instanceof Date ? `date:${value.getTime()}` : `${typeof value}:${String(value)}`,
        value,
      );
  }
  const out: { value: CellValue; count: number }[] = [];
  for (const d of texts.values()) if (!isBlankOrAbsent(d.value)) out.push(d);
  for (const d of numbers.values()) out.push(d);
  for (const d of others.values()) out.push(d);
  return out;
}

/**
 * Scores every scale by how many of the non-blank, non-absent values it reads. Ties go to the scale
 * the header names most (hintScore), then to the scale with fewer steps (1..5 is Leuven before GCSE
 * or percentages), then to the earlier scale in `scales`. Null when no scale reads any value.
 */
export function detectScale(
  scales: readonly Scale[],
  values: readonly CellValue[],
  headerHint = '',
): ScaleDetection | null {
  const present = distinctPresent(values);
  if (present.length === 0) return null;
  const total = present.reduce((n, d) => n + d.count, 0);
  // A column repeats a few grades many times: each distinct value is parsed once per scale.
  const scored = scales.map((scale, order) => ({
    scale,
    order,
    matched: present.reduce<number>((n, d) => (scale.parse(d.value).kind === 'grade' ? n + d.count : n), 0),
    hint: hintScore(scale, headerHint),
  }));
  const best = Math.max(...scored.map((s) => s.matched));
  if (best === 0) return null;
  const tied = scored
    .filter((s) => s.matched === best)
    .sort((a, b) => b.hint - a.hint || a.scale.steps.length - b.scale.steps.length || a.order - b.order);
  const [winner, ...others] = tied;
  return {
    scale: winner!.scale,
    matched: best,
    total,
    ambiguous: others.length > 0,
    alternatives: others.map((s) => s.scale.id),
  };
}
