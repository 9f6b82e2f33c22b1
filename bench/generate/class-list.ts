// MIS class lists as schools export them (SIMS/Arbor style headers and values).

import type { CellValue, Grid } from '../../core/grid.js';
import { yearGroupName, type SyntheticPupil, type SyntheticSchool } from './school.js';

/** The columns of an MIS class list export, in order. */
export const CLASS_LIST_HEADER = [
  'Legal Surname',
  'Forename',
  'Preferred Forename',
  'UPN',
  'Year Group',
  'Reg Group',
  'SEN Status',
  'Pupil Premium',
  'EAL',
  'Gender',
  'DOB',
] as const;

const SEN_TEXT = {
  N: 'N - No Special Educational Need',
  K: 'K - SEN Support',
  E: 'E - Education, Health and Care Plan',
};

/** One MIS row for a pupil. */
export function classListRow(p: SyntheticPupil): CellValue[] {
  return [
    p.legalSurname,
    p.forename,
    p.preferredForename,
    p.upn,
    yearGroupName(p.year),
    p.regGroup,
    SEN_TEXT[p.sen],
    p.pupilPremium ? 'True' : 'False',
    p.eal ? 'Yes' : 'No',
    p.gender,
    p.dateOfBirth,
  ];
}

/** A class list sheet: the header, then one row per pupil (the whole school unless `pupils` is given). */
export function classListGrid(
  school: SyntheticSchool,
  pupils: readonly SyntheticPupil[] = school.pupils,
  sheet = 'Class list',
): Grid {
  return { sheet, values: [[...CLASS_LIST_HEADER], ...pupils.map(classListRow)], merges: [] };
}
