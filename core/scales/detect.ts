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
  const present = values.filter((v) => !isBlankOrAbsent(v));
  if (present.length === 0) return null;
  const scored = scales.map((scale, order) => ({
    scale,
    order,
    matched: present.reduce<number>((n, v) => (scale.parse(v).kind === 'grade' ? n + 1 : n), 0),
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
    total: present.length,
    ambiguous: others.length > 0,
    alternatives: others.map((s) => s.scale.id),
  };
}
