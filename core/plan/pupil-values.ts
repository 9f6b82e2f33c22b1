// How pupil details are written in cells: year groups, SEN codes and yes/no flags, as MIS exports show them.

import type { PlanValue, ValidationPlan } from './types.js';

/** SEN codes: N none, K SEN support, E EHC plan. */
export const SEN_CODES: readonly string[] = ['N', 'K', 'E'];
/** Yes/no flags. */
export const FLAG_VALUES: readonly string[] = ['Y', 'N'];

/** Year group as a cell: R for Reception, N for Nursery, else the number. */
export function yearCell(year: number | null): PlanValue {
  if (year === null) return null;
  if (year === 0) return 'R';
  if (year === -1) return 'N';
  return year;
}

/** A yes/no flag as a cell: Y, N or blank. */
export function flagCell(value: boolean | null): PlanValue {
  return value === null ? null : value ? 'Y' : 'N';
}

/** The SEN, pupil premium and EAL dropdowns of a pupil table, given each column's data range. */
export function pupilFlagValidations(ranges: { sen: string; pp: string; eal: string }): ValidationPlan[] {
  return [
    {
      range: ranges.sen,
      rule: { kind: 'list', values: SEN_CODES, strict: true },
      help: 'N (no SEN), K (SEN support) or E (EHC plan).',
    },
    {
      range: ranges.pp,
      rule: { kind: 'list', values: FLAG_VALUES, strict: true },
      help: 'Pupil premium: Y or N.',
    },
    {
      range: ranges.eal,
      rule: { kind: 'list', values: FLAG_VALUES, strict: true },
      help: 'English as an additional language: Y or N.',
    },
  ];
}
