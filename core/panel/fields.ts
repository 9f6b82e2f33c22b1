// The columns a teacher can assign in the set-up preview, per kind of table, with the heading provmap
// writes for each. Every heading is one import recognises as that field (a test holds them together).

import type { SheetKind } from '../import/index.js';
import type { FieldOption } from './types.js';

/** The pseudo-field of a tracker's assessment point columns ("Baseline", "AP1"...). */
export const POINT_FIELD = 'point';

const PUPIL_DETAILS: readonly FieldOption[] = [
  { field: 'upn', label: 'UPN' },
  { field: 'group', label: 'Class' },
  { field: 'year', label: 'Year' },
  { field: 'sen', label: 'SEN' },
  { field: 'pp', label: 'Pupil premium' },
  { field: 'eal', label: 'EAL' },
];

const NAMES: readonly FieldOption[] = [
  { field: 'pupil', label: 'Pupil' },
  { field: 'forename', label: 'Forename' },
  { field: 'preferredForename', label: 'Preferred forename' },
  { field: 'surname', label: 'Surname' },
];

/** Field choices by kind of table. Computed columns (Progress, Status...) are never offered: never read. */
export const FIELD_CHOICES: Readonly<Record<SheetKind, readonly FieldOption[]>> = {
  provision: [
    { field: 'intervention', label: 'Intervention' },
    { field: 'area', label: 'Area of need' },
    { field: 'groupSize', label: 'Group size' },
    { field: 'schedule', label: 'Frequency/duration' },
    { field: 'staff', label: 'Staff' },
    { field: 'pupil', label: 'Pupil' },
    { field: 'scale', label: 'Scale' },
    { field: 'entry', label: 'Entry data' },
    { field: 'target', label: 'Target' },
    { field: 'exit', label: 'Exit data' },
    { field: 'outcome', label: 'Outcomes' },
    { field: 'targetNotes', label: 'Target notes' },
    { field: 'costPerHour', label: 'Cost per hour' },
    { field: 'start', label: 'Start date' },
    { field: 'end', label: 'End date' },
    ...PUPIL_DETAILS,
  ],
  tracking: [
    ...NAMES,
    ...PUPIL_DETAILS,
    { field: 'subject', label: 'Subject' },
    { field: 'scale', label: 'Scale' },
    { field: POINT_FIELD, label: 'Assessment point' },
    { field: 'target', label: 'Target' },
  ],
  'class-list': [
    ...NAMES,
    ...PUPIL_DETAILS,
    { field: 'lookedAfter', label: 'Looked after' },
    { field: 'gender', label: 'Gender' },
    { field: 'dateOfBirth', label: 'Date of birth' },
  ],
};

/** The heading that makes import read a column as `field` on a `kind` table, or null if not offered. */
export function headingFor(kind: SheetKind, field: string): string | null {
  return FIELD_CHOICES[kind].find((f) => f.field === field)?.label ?? null;
}
