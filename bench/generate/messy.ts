// The small mistakes real trackers hold: absences, blanks, stray spaces, capitals, typos, numbers as text.

import type { CellValue } from '../../core/grid.js';
import type { Prng } from './prng.js';

/** Kinds of mess, each a thing teachers really type. */
export type MessKind = 'absent' | 'blank' | 'spaces' | 'case' | 'typo' | 'numeric-text' | 'not-applicable';

const ABSENT = ['abs', 'ABS', 'Absent', 'absent'] as const;
const NOT_APPLICABLE = ['n/a', 'N/A', '-', 'na'] as const;

/**
 * A grade as a teacher might have typed it: usually as it is, but with probability `rate` one of the
 * usual slips. Returns the value and the kind of mess (null when clean) so tests can count them.
 */
export function messyGrade(
  rng: Prng,
  label: string | number,
  rate: number,
): { value: CellValue; mess: MessKind | null } {
  if (!rng.chance(rate)) return { value: label, mess: null };
  const kind = rng.pick<MessKind>([
    'absent',
    'blank',
    'spaces',
    'case',
    'typo',
    'numeric-text',
    'not-applicable',
  ]);
  switch (kind) {
    case 'absent':
      return { value: rng.pick(ABSENT), mess: kind };
    case 'not-applicable':
      return { value: rng.pick(NOT_APPLICABLE), mess: kind };
    case 'blank':
      return { value: null, mess: kind };
    case 'spaces':
      return { value: ` ${String(label)} `, mess: kind };
    case 'case':
      return { value: String(label).toUpperCase(), mess: kind };
    case 'numeric-text':
      return { value: String(label), mess: kind };
    case 'typo':
      // A stray key pressed after the grade ("2bq", "100q"): the kind of slip nobody can read back.
      return { value: `${String(label)}q`, mess: kind };
  }
}
