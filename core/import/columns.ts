// The columns import recognises, as data: each field, the headers teachers and MIS exports give it,
// and which sheet kinds read it.

import type { SheetKind } from './types.js';

/** A recognised column. Assessment point columns of a tracker are keyed `point:<n>` in a ColumnMap. */
export type FieldId =
  | 'intervention'
  | 'area'
  | 'groupSize'
  | 'schedule'
  | 'staff'
  | 'pupil'
  | 'scale'
  | 'entry'
  | 'target'
  | 'exit'
  | 'outcome'
  | 'targetNotes'
  | 'progress'
  | 'status'
  | 'costPerPupil'
  | 'costPerHour'
  | 'start'
  | 'end'
  | 'source'
  | 'group'
  | 'year'
  | 'upn'
  | 'sen'
  | 'pp'
  | 'eal'
  | 'surname'
  | 'forename'
  | 'preferredForename'
  | 'lookedAfter'
  | 'gender'
  | 'dateOfBirth'
  | 'provisionRecord'
  | 'subject'
  | 'latest'
  | 'latestPoint'
  | 'expectedNow';

export interface FieldDefinition {
  id: FieldId;
  /** Headers as normalised by `headerKey` (lower case, punctuation as spaces, bracketed text dropped). */
  headers: readonly string[];
  /** Computed by provmap's own sheets: recognised, but the values are never imported. */
  computed?: boolean;
  /** The header may go on with a qualifier that hints at the scale: "Entry data (Leuven)", "Baseline SS". */
  qualified?: boolean;
}

/** Every recognised column. */
// prettier-ignore
export const FIELDS: readonly FieldDefinition[] = [
  { id: 'intervention', headers: ['intervention', 'interventions', 'provision', 'provisions', 'intervention name', 'intervention provision', 'programme', 'program', 'intervention programme'] },
  { id: 'area', headers: ['area of need', 'areas of need', 'area', 'need', 'primary need', 'aon', 'category of need', 'send area'] },
  { id: 'groupSize', headers: ['group size', 'group', 'ratio', 'staff ratio', 'staff pupil ratio', 'staff to pupil ratio', 'adult pupil ratio', 'size'] },
  { id: 'schedule', headers: ['frequency duration', 'frequency and duration', 'frequency', 'duration', 'schedule', 'sessions', 'how often', 'timing'] },
  { id: 'staff', headers: ['staff', 'staffing', 'delivered by', 'staff member', 'adult', 'adults', 'lead'] },
  { id: 'pupil', headers: ['pupil', 'pupils', 'name', 'names', 'pupil name', 'pupil names', 'child', 'children', 'student', 'students', 'full name'] },
  { id: 'scale', headers: ['scale', 'assessment scale', 'measure'] },
  { id: 'entry', qualified: true, headers: ['entry data', 'entry', 'baseline', 'baseline data', 'entry level', 'entry score', 'entry point', 'on entry', 'starting point'] },
  { id: 'target', qualified: true, headers: ['target', 'targets', 'intervention target', 'intervention targets', 'smart target', 'smart targets'] },
  { id: 'exit', qualified: true, headers: ['exit data', 'exit', 'exit level', 'exit score', 'exit point', 'end data'] },
  { id: 'outcome', headers: ['outcomes', 'outcome', 'outcome notes', 'impact'] },
  { id: 'targetNotes', headers: ['target notes'] },
  { id: 'progress', computed: true, headers: ['progress'] },
  { id: 'status', computed: true, headers: ['status'] },
  { id: 'costPerPupil', computed: true, headers: ['cost per pupil'] },
  { id: 'costPerHour', headers: ['cost per hour', 'hourly rate', 'hourly cost', 'rate per hour'] },
  { id: 'start', headers: ['start', 'start date', 'date started'] },
  { id: 'end', headers: ['end', 'end date', 'date ended', 'finish date'] },
  { id: 'source', headers: ['source'] },
  { id: 'group', headers: ['class', 'reg group', 'registration group', 'form', 'form group', 'tutor group', 'reg', 'teaching group'] },
  { id: 'year', headers: ['year', 'year group', 'nc year', 'yr', 'ncy'] },
  { id: 'upn', headers: ['upn', 'unique pupil number'] },
  { id: 'sen', headers: ['sen', 'sen status', 'send', 'send status', 'sen stage', 'sen provision', 'sen code'] },
  { id: 'pp', headers: ['pp', 'pupil premium', 'pupil premium indicator', 'pp eligible', 'pp status'] },
  { id: 'eal', headers: ['eal', 'english as an additional language', 'eal status'] },
  { id: 'surname', headers: ['surname', 'legal surname', 'last name', 'family name'] },
  { id: 'forename', headers: ['forename', 'legal forename', 'first name', 'given name', 'forenames'] },
  { id: 'preferredForename', headers: ['preferred forename', 'preferred name', 'known as', 'preferred first name'] },
  { id: 'lookedAfter', headers: ['looked after', 'in care', 'lac', 'cla', 'looked after child', 'child looked after', 'children looked after'] },
  { id: 'gender', headers: ['gender', 'sex'] },
  { id: 'dateOfBirth', headers: ['date of birth', 'dob', 'd o b', 'birth date', 'birthdate'] },
  { id: 'provisionRecord', computed: true, headers: ['provision record'] },
  { id: 'subject', headers: ['subject', 'subjects'] },
  { id: 'latest', computed: true, headers: ['latest'] },
  { id: 'latestPoint', computed: true, headers: ['latest point'] },
  { id: 'expectedNow', computed: true, headers: ['expected now'] },
];

const PUPIL_FIELDS: readonly FieldId[] = ['upn', 'group', 'year', 'sen', 'pp', 'eal'];

/** The fields each kind of sheet reads. Trackers also read assessment point columns. */
// prettier-ignore
export const KIND_FIELDS: Readonly<Record<SheetKind, readonly FieldId[]>> = {
  provision: [
    'intervention', 'area', 'groupSize', 'schedule', 'staff', 'pupil', 'scale', 'entry', 'target', 'exit',
    'outcome', 'targetNotes', 'progress', 'status', 'costPerPupil', 'costPerHour', 'start', 'end', 'source',
    ...PUPIL_FIELDS,
  ],
  tracking: [
    'pupil', 'surname', 'forename', 'preferredForename', ...PUPIL_FIELDS, 'subject', 'scale', 'target',
    'latest', 'latestPoint', 'expectedNow', 'status',
  ],
  'class-list': [
    'pupil', 'surname', 'forename', 'preferredForename', ...PUPIL_FIELDS, 'lookedAfter', 'gender',
    'dateOfBirth', 'provisionRecord',
  ],
};

/** Assessment point headers of a tracker (normalised): baseline, AP1, months, terms and half terms. */
export const POINT_PATTERNS: readonly RegExp[] = [
  /^(?:baseline|base line|start of year|starting point)(?: [a-z]+)?(?: \d{2,4})?$/,
  /^(?:ap|assessment point|assessment|point|data point|dp|data drop|dd|checkpoint)\s*\d{1,2}$/,
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?: \d{2,4})?$/,
  /^(?:autumn|aut|spring|spr|summer|sum)(?: term)?(?: [1-3])?(?: \d{2,4})?$/,
  /^(?:term|t|half term|ht)\s*[1-6]$/,
  /^(?:end of year|eoy|mid year|end of key stage|end of ks[1-4])$/,
];

/** The definition of a field. */
export function fieldDefinition(id: FieldId): FieldDefinition {
  return FIELDS.find((f) => f.id === id)!;
}
