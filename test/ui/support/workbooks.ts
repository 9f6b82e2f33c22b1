// The workbooks the panel tests start from: the seed map a teacher keeps (with a pupil whose name is
// markup), a messy tracker, and class maps for a SENCO to collate.
import { MESSY_TRACKER, SEED_PROVISION_MAP } from '../../../core/examples/index.js';
import type { Grid } from '../../../core/grid.js';
import type { InitialSheet } from '../../contract/harness.js';

/** A pupil whose name is markup: it must show as text and never become an element. */
export const XSS_NAME = '<img src=x onerror=alert(1)>';

function initial(g: Grid): InitialSheet {
  return {
    name: g.sheet,
    values: g.values.map((row) => row.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))),
    merges: g.merges.map((m) => ({ ...m })),
  };
}

/** The seed provision map with Joe renamed to markup, and its exit column headed "End of block". */
export function teacherMap(): InitialSheet {
  const sheet = initial(SEED_PROVISION_MAP);
  const header = sheet.values.findIndex((r) => r[0] === 'Intervention');
  sheet.values[header]![7] = 'End of block';
  sheet.values = sheet.values.map((row, r) =>
    r <= header ? row : row.map((v) => (typeof v === 'string' ? v.replace(/^Joe$/m, XSS_NAME) : v)),
  );
  return sheet;
}

export function teacherTracker(): InitialSheet {
  return initial(MESSY_TRACKER);
}

const CLASS_HEADER = [
  'Intervention',
  'Pupil',
  'Class',
  'Year',
  'SEN',
  'PP',
  'Frequency/duration',
  'Staff',
  'Entry data',
  'Target',
  'Exit data',
];

type Row = [intervention: string, pupil: string, sen: string, pp: string, entry: string, exit: string | null];

function classMap(name: string, group: string, year: number, rows: Row[]): InitialSheet {
  return {
    name,
    values: [
      [`${group} provision map`],
      CLASS_HEADER,
      ...rows.map(([intervention, pupil, sen, pp, entry, exit]) => [
        intervention,
        pupil,
        group,
        year,
        sen,
        pp,
        intervention === 'Reading boost' ? '3 x 20 mins x 6 weeks' : '2 x 30 mins x 10 weeks',
        intervention === 'Reading boost' ? 'TA' : 'HLTA',
        entry,
        '+1 sub-level',
        exit,
      ]),
    ],
  };
}

/** Three class maps: the SENCO collates them into the School Map. */
export function classMaps(): InitialSheet[] {
  return [
    classMap('3A map', '3A', 3, [
      ['Reading boost', 'Ava Patel', 'K', 'Y', '2c', '2b'],
      ['Reading boost', 'Ben Okafor', 'N', 'N', '2b', '2b'],
      ['Number sense', 'Ava Patel', 'K', 'Y', '2a', '3c'],
    ]),
    classMap('3B map', '3B', 3, [
      ['Reading boost', 'Cara Lee', 'E', 'Y', '2c', '2a'],
      ['Number sense', 'Dev Shah', 'N', 'Y', '3c', '3c'],
    ]),
    classMap('4C map', '4C', 4, [
      ['Reading boost', 'Eli Grant', 'K', 'N', '3c', '3b'],
      ['Number sense', 'Fay Moss', 'N', 'N', '3b', null],
    ]),
  ];
}

/** Every pupil name in the class maps, by map. */
export function pupilsOf(sheet: InitialSheet): string[] {
  return [...new Set(sheet.values.slice(2).map((r) => String(r[1])))];
}
