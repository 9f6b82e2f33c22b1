// Words in a column header that point to a scale, used by detection to break ties between scales.

import { normaliseGradeText } from './normalise.js';
import type { Scale } from './types.js';

/** Normalised words or phrases, matched as whole words in the normalised header. */
export const HEADER_HINTS: Readonly<Record<string, readonly string[]>> = {
  'nc-sublevels': [
    'nc',
    'level',
    'levels',
    'sub-level',
    'sub-levels',
    'sublevel',
    'sublevels',
    'p scale',
    'p-scale',
    'p-scales',
    'app',
  ],
  'ks-ta': [
    'ta',
    'teacher assessment',
    'ks1',
    'ks2',
    'key stage',
    'pre-key stage',
    'sats',
    'exs',
    'gds',
    'wts',
  ],
  'gcse-9-1': ['gcse', 'grade', 'grades', '9-1', 'fine grade', 'fine grades', 'predicted', 'target grade'],
  'gcse-legacy': ['gcse', 'grade', 'grades', 'a*-g', 'letter grade', 'legacy'],
  'leuven-wellbeing': ['leuven', 'well-being', 'wellbeing', 'well being', 'wb'],
  'leuven-involvement': ['leuven', 'involvement', 'inv'],
  'standardised-score': [
    'ss',
    'sas',
    'standardised',
    'standardized',
    'standard score',
    'nfer',
    'pira',
    'puma',
  ],
  'reading-age': ['reading age', 'reading ages', 'ra', 'salford', 'reading age (y m)'],
  percentage: ['%', 'percent', 'percentage', 'pct'],
};

const compiled = new Map<string, RegExp>();

/** A whole-word pattern for a hint; a hint edge that is punctuation ('%', 'a*-g') needs no boundary. */
function pattern(hint: string): RegExp {
  let re = compiled.get(hint);
  if (!re) {
    const body = hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const before = /^[a-z0-9]/.test(hint) ? '(?:^|[^a-z0-9])' : '';
    const after = /[a-z0-9]$/.test(hint) ? '(?:$|[^a-z0-9])' : '';
    re = new RegExp(before + body + after);
    compiled.set(hint, re);
  }
  return re;
}

/**
 * How many of a scale's hints the header contains. A school scale's hints are its own name and id, so
 * a column headed "Phonics phase" leans to a school scale named "Phonics phase".
 */
export function hintScore(scale: Scale, header: string): number {
  const norm = normaliseGradeText(header);
  if (norm === '') return 0;
  const hints = HEADER_HINTS[scale.id] ?? [normaliseGradeText(scale.name), scale.id];
  let score = 0;
  for (const hint of hints) if (pattern(hint).test(norm)) score += 1;
  return score;
}
