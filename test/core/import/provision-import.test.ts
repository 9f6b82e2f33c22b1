// Reading provision maps: lists paired by line, merged cells, targets, scales, and every problem reported.

import { describe, expect, it } from 'vitest';
import type { CellValue, Grid } from '../../../core/grid.js';
import { importSheet, MAX_CELL_CHARS } from '../../../core/import/index.js';
import type { ProvisionMap } from '../../../core/model/types.js';
import type { Diagnostic } from '../../../core/diagnostics.js';
import { defaultOptions, gridOf } from './fixtures.js';

const HEADER = [
  'Intervention',
  'Group size',
  'Frequency/duration',
  'Staff',
  'Pupils',
  'Entry data',
  'Target',
  'Exit data',
];

function read(
  rows: CellValue[][],
  merges: Grid['merges'] = [],
): { map: ProvisionMap; diagnostics: Diagnostic[] } {
  const result = importSheet(gridOf([HEADER, ...rows], merges), defaultOptions());
  if (result.kind !== 'provision') throw new Error(`read as ${result.kind}`);
  return { map: result.map, diagnostics: result.diagnostics };
}

const codes = (ds: Diagnostic[]) => ds.map((d) => `${d.cell} ${d.code}`);
const labels = (map: ProvisionMap, side: 'entry' | 'exit') =>
  map.enrolments.map((e) => e[side]?.label ?? null);

describe('lists in one cell', () => {
  it("keeps a leading blank line in a value list as the first pupil's blank, never shifting values up", () => {
    const { map, diagnostics } = read([
      ['Numeracy', '1:3', null, null, 'Amy\nJoe\nDan', '\n1c\n2c', null, '1b\n1b\n2b'],
    ]);
    expect(labels(map, 'entry')).toEqual([null, '1c', '2c']);
    expect(labels(map, 'exit')).toEqual(['1b', '1b', '2b']);
    expect(diagnostics.filter((d) => d.code === 'LIST_LENGTH_MISMATCH')).toEqual([]);
  });

  it('pairs lists that both start with a blank line by their lines', () => {
    const { map } = read([['Numeracy', '1:2', null, null, '\nAmy\nJoe', '\n1c\n2c', null, '1b\n2b']]);
    expect(labels(map, 'entry')).toEqual(['1c', '2c']);
    expect(labels(map, 'exit')).toEqual(['1b', '2b']);
  });

  it('pairs values with pupils by line and keeps a blank line in its place', () => {
    const { map, diagnostics } = read([
      ['Reading', '1:3', null, null, 'Amy\nJoe\nDan', '2c\n\n2b', null, '2b\nabs\n2a'],
    ]);
    expect(labels(map, 'entry')).toEqual(['2c', null, '2b']);
    expect(labels(map, 'exit')).toEqual(['2b', null, '2a']);
    expect(diagnostics.filter((d) => d.code !== 'AREA_INFERRED')).toEqual([]);
  });

  it('reports a short list, names who has no value, and never shifts values', () => {
    const { map, diagnostics } = read([['Reading', null, null, null, 'Amy\nJoe\nDan', '2c\n2b', null, null]]);
    expect(labels(map, 'entry')).toEqual(['2c', '2b', null]);
    const d = diagnostics.find((x) => x.code === 'LIST_LENGTH_MISMATCH')!;
    expect(d.cell).toBe('F2');
    expect(d.severity).toBe('warning');
    expect(d.message).toContain('Dan has no entry value');
  });

  it('reports a long list and which lines have no pupil', () => {
    const { map, diagnostics } = read([['Reading', null, null, null, 'Amy', null, null, '2b\n2a\n3c']]);
    expect(labels(map, 'exit')).toEqual(['2b']);
    expect(diagnostics.find((x) => x.code === 'LIST_LENGTH_MISMATCH')!.message).toContain(
      'lines 2-3 of the exit list have no pupil',
    );
  });

  it('gives the line of an unreadable value in a multi-line cell', () => {
    const { map, diagnostics } = read([
      ['Reading', null, null, null, 'Amy\nJoe\nDan', '2c\n2q\n2b', null, null],
    ]);
    expect(labels(map, 'entry')).toEqual(['2c', null, '2b']);
    const d = diagnostics.find((x) => x.code === 'UNKNOWN_GRADE')!;
    expect([d.cell, d.severity]).toEqual(['F2', 'warning']);
    expect(d.message).toContain('F2 (line 2)');
    expect(d.hint).toContain('NC sub-levels');
    expect(d.hint).toMatch(/such as "\w+"/);
  });

  it('reports a column that mixes scales', () => {
    const { map, diagnostics } = read([
      ['Reading', null, null, null, 'Amy\nJoe\nDan', '2c\n105\n2b', null, null],
    ]);
    expect(map.enrolments.map((e) => e.scaleId)).toEqual(['nc-sublevels', 'nc-sublevels', 'nc-sublevels']);
    expect(codes(diagnostics)).toEqual(expect.arrayContaining(['F2 UNKNOWN_GRADE', 'F2 MIXED_SCALES']));
  });

  it('reports Leuven pairs beside single values', () => {
    const { map, diagnostics } = read([['Nurture', null, null, null, 'Amy\nJoe', '1 2\n3', null, null]]);
    expect(map.enrolments.filter((e) => e.pupilId === 'name:amy').map((e) => e.scaleId)).toEqual([
      'leuven-wellbeing',
      'leuven-involvement',
    ]);
    expect(codes(diagnostics)).toContain('F2 MIXED_SCALES');
  });

  it('reads one measurable target per line as each pupil’s own', () => {
    const { map } = read([['Reading', null, null, null, 'Amy\nJoe', '2c\n2b', '2b\n+2 sub-levels', null]]);
    expect(map.enrolments.map((e) => e.target.kind)).toEqual(['absolute', 'relative']);
    expect(map.enrolments.map((e) => e.target.text)).toEqual(['2b', '+2 sub-levels']);
  });

  it('reads a multi-line target as one group target when its lines are not all measurable', () => {
    const { map, diagnostics } = read([
      ['Reading', null, null, null, 'Amy\nJoe', '2c\n2b', '+1 step\nRead daily', null],
    ]);
    expect(map.enrolments.map((e) => [e.target.kind, e.target.text])).toEqual([
      ['relative', '+1 step\nRead daily'],
      ['relative', '+1 step\nRead daily'],
    ]);
    expect(codes(diagnostics)).not.toContain('G2 UNMEASURABLE_TARGET');
  });
});

describe('one row per pupil', () => {
  it('applies merged intervention cells to every row and reports a merged problem once', () => {
    const { map, diagnostics } = read(
      [
        ['Reading', '1:2', 'as and when', 'TA', 'Amy', '2c', null, null],
        [null, null, null, null, 'Joe', '2b', null, null],
        [null, null, null, null, null, null, null, null],
      ],
      [
        { top: 1, left: 0, bottom: 3, right: 0 },
        { top: 1, left: 2, bottom: 3, right: 2 },
      ],
    );
    expect(map.interventions).toHaveLength(1);
    expect(map.enrolments.map((e) => [e.pupilId, e.interventionId])).toEqual([
      ['name:amy', 'reading'],
      ['name:joe', 'reading'],
    ]);
    expect(diagnostics.filter((d) => d.code === 'UNKNOWN_SCHEDULE')).toHaveLength(1);
    expect(codes(diagnostics)).not.toContain('A3 ROW_WITHOUT_INTERVENTION');
  });

  it('reads a blank intervention cell below an intervention as part of it, and says so', () => {
    const { map, diagnostics } = read([
      ['Reading', null, null, null, 'Amy', null, null, null],
      [null, null, null, null, 'Joe', null, null, null],
    ]);
    expect(map.enrolments.map((e) => e.interventionId)).toEqual(['reading', 'reading']);
    expect(diagnostics.find((d) => d.code === 'ROW_WITHOUT_INTERVENTION')).toMatchObject({
      cell: 'A3',
      severity: 'info',
    });
  });

  it('does not read a first row that names no intervention', () => {
    const { map, diagnostics } = read([[null, null, null, null, 'Amy', '2c', null, null]]);
    expect(map.enrolments).toEqual([]);
    expect(diagnostics.find((d) => d.code === 'ROW_WITHOUT_INTERVENTION')).toMatchObject({
      cell: 'A2',
      severity: 'warning',
    });
  });

  it('reports a pupil listed twice in one intervention and keeps the first', () => {
    const { map, diagnostics } = read([
      ['Reading', null, null, null, 'Amy\nJoe\namy ', '2c\n2b\n3c', null, null],
    ]);
    expect(map.enrolments.map((e) => e.entry?.label)).toEqual(['2c', '2b']);
    expect(codes(diagnostics)).toContain('E2 DUPLICATE_PUPIL');
  });
});

describe('cells and values', () => {
  it('keeps names exactly as written, even when they look like formulas', () => {
    const { map } = read([
      ['Reading', null, null, null, '=HYPERLINK("x")\n+Smith\n@Riley\n-Jo', null, null, null],
    ]);
    expect(map.pupils.map((p) => p.name)).toEqual(['=HYPERLINK("x")', '+Smith', '@Riley', '-Jo']);
  });

  it(`reports a cell over ${MAX_CELL_CHARS} characters and does not read it`, () => {
    const { map, diagnostics } = read([
      ['Reading', null, null, null, 'A'.repeat(MAX_CELL_CHARS + 1), null, null, null],
    ]);
    expect(map.pupils).toEqual([]);
    expect(diagnostics.find((d) => d.code === 'CELL_TOO_LONG')).toMatchObject({
      cell: 'E2',
      severity: 'error',
    });
    expect(
      read([['Reading', null, null, null, 'A'.repeat(MAX_CELL_CHARS), null, null, null]]).map.pupils,
    ).toHaveLength(1);
  });

  it('reports a group size the sheet turned into a time of day', () => {
    const { diagnostics } = read([['Reading', 0.0458333, null, null, 'Amy', null, null, null]]);
    const d = diagnostics.find((x) => x.code === 'UNKNOWN_RATIO')!;
    expect([d.cell, d.hint]).toEqual(['B2', expect.stringContaining('time')]);
  });

  it('reports a group size written in words, and still reads the row', () => {
    const { map, diagnostics } = read([['Reading', 'small group', null, null, 'Amy', null, null, null]]);
    const d = diagnostics.find((x) => x.code === 'UNKNOWN_RATIO')!;
    expect([d.cell, d.severity, d.message]).toEqual(['B2', 'warning', '"small group" is not a group size.']);
    expect(d.hint).toMatch(/1:6/);
    expect(map.interventions[0]!.groupSize).toBeNull();
    expect(map.enrolments).toHaveLength(1);
  });

  it('reads a cost per hour with a currency sign, and reports one it cannot read', () => {
    const result = importSheet(
      gridOf([
        ['Intervention', 'Pupils', 'Cost per hour'],
        ['Reading', 'Amy', '£1,014.50'],
        ['Maths', 'Joe', 'ask the bursar'],
      ]),
      defaultOptions(),
    );
    if (result.kind !== 'provision') throw new Error(result.kind);
    expect(result.map.interventions.map((i) => i.costPerHour)).toEqual([1014.5, null]);
    // (Reading and Maths are also given an area of need from their names, as info.)
    const numbers = result.diagnostics.filter((d) => d.code === 'UNKNOWN_NUMBER');
    expect(codes(numbers)).toEqual(['C3 UNKNOWN_NUMBER']);
    expect(numbers[0]!.hint).toMatch(/14\.50/);
  });

  it('reports a schedule it cannot read, and one that cannot be costed', () => {
    const { map, diagnostics } = read([
      ['Reading', null, 'when needed', null, 'Amy', null, null, null],
      ['Maths', null, 'Daily x 10 mins', null, 'Joe', null, null, null],
    ]);
    expect(map.interventions[0]!.schedule).toEqual({
      text: 'when needed',
      sessionsPerWeek: null,
      minutesPerSession: null,
      weeks: null,
      note: null,
    });
    expect(diagnostics.filter((d) => d.code === 'UNKNOWN_SCHEDULE').map((d) => [d.cell, d.severity])).toEqual(
      [
        ['C2', 'warning'],
        ['C3', 'info'],
      ],
    );
  });

  it('reads a row with text only in the Intervention column as a heading', () => {
    const { map, diagnostics } = read([
      ['Literacy interventions', null, null, null, null, null, null, null],
      ['Reading', null, null, null, 'Amy', null, null, null],
    ]);
    expect(map.interventions.map((i) => i.name)).toEqual(['Reading']);
    expect(codes(diagnostics)).toContain('A2 IGNORED_CELL');
  });

  it('never changes the grid it reads', () => {
    const grid = gridOf(
      [HEADER, ['Reading', '1:3', '3 x 15 mins', 'TA', 'Amy\nJoe', '2c\n2b', '+1', '2b\n2a']],
      [{ top: 1, left: 0, bottom: 1, right: 0 }],
    );
    const before = JSON.stringify(grid);
    importSheet(grid, defaultOptions());
    expect(JSON.stringify(grid)).toBe(before);
  });
});

describe('areas of need and scales', () => {
  const header = ['Intervention', 'Area of need', 'Pupil', 'Entry (SS)', 'Exit'];

  it('reads the Area of need column, and infers (saying so) only when none is given', () => {
    const result = importSheet(
      gridOf([
        header,
        ['Reading', 'SEMH', 'Amy', null, null],
        ['Maths', null, 'Joe', null, null],
        ['Chess', 'Chess', 'Dan', null, null],
      ]),
      defaultOptions(),
    );
    if (result.kind !== 'provision') throw new Error(result.kind);
    expect(result.map.interventions.map((i) => i.area)).toEqual([
      'social, emotional and mental health',
      'cognition and learning',
      null,
    ]);
    expect(codes(result.diagnostics)).toEqual(['B4 IGNORED_CELL', 'A3 AREA_INFERRED']);
  });

  it('lets the header settle which scale numbers are on', () => {
    // 95..100 are percentages as well as standardised scores: "SS" in the header decides.
    const result = importSheet(
      gridOf([header, ['Reading', null, 'Amy\nJoe', '95\n100', '98\n99']]),
      defaultOptions(),
    );
    if (result.kind !== 'provision') throw new Error(result.kind);
    expect(result.map.enrolments.map((e) => e.scaleId)).toEqual(['standardised-score', 'standardised-score']);
    expect(result.diagnostics.map((d) => d.code)).not.toContain('AMBIGUOUS_SCALE');
  });

  it('says when values fit several scales and nothing says which', () => {
    const result = importSheet(
      gridOf([
        ['Intervention', 'Pupil', 'Entry', 'Exit'],
        ['Chess club', 'Amy\nJoe', '3\n2', '4\n4'],
      ]),
      defaultOptions(),
    );
    expect(result.diagnostics.find((d) => d.code === 'AMBIGUOUS_SCALE')).toMatchObject({
      cell: 'C2',
      severity: 'info',
    });
  });
});
