// Absent markers: text a teacher writes to say "deliberately no value", which is not a grade.

import { normaliseGradeText } from './normalise.js';

/**
 * Normalised spellings of "no value on purpose". Single letters that are grades elsewhere ('A' for
 * absent in DfE returns, 'D' for disapplied) are left out: they are legacy GCSE grades.
 */
export const ABSENT_MARKERS: readonly string[] = [
  'abs',
  'abs.',
  'absent',
  'n/a',
  'n/a.',
  'na',
  'n.a.',
  'n.a',
  'n/k',
  '-',
  '--',
  '---',
  'x',
  'ill',
  'left',
  'nt',
  'n/t',
  'not assessed',
  'not yet assessed',
  'not tested',
  'not applicable',
  'not available',
  'not known',
  'did not sit',
  'unable to assess',
  'disapplied',
];

const MARKERS = new Set(ABSENT_MARKERS);

/**
 * True for text that means "deliberately no value": 'abs', 'absent', 'n/a', 'na', '-', 'x', 'ill',
 * 'not assessed'... A trailing remark in brackets is ignored: "abs (ill)" is absent.
 */
export function isAbsentMarker(text: string): boolean {
  const norm = normaliseGradeText(text);
  if (MARKERS.has(norm)) return true;
  const withoutRemark = norm.replace(/\s*\([^()]*\)$/, '');
  return withoutRemark !== norm && MARKERS.has(withoutRemark);
}
