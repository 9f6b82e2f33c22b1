import { describe, expect, it } from 'vitest';
import { reevaluate, structureSheet } from '../../../core/actions/index.js';
import { PlanError } from '../../../core/errors.js';
import { SEED_PROVISION_MAP } from '../../../core/examples/index.js';
import { a1 } from '../../../core/grid.js';
import { ownedColumns } from '../../../core/plan/owned-columns.js';
import { tableSheet } from '../../../core/plan/sheet-builder.js';
import type { ColumnSpec, TableRow } from '../../../core/plan/table.js';
import type { PlanValue, SheetPlan } from '../../../core/plan/types.js';
import { provisionMapSheet } from '../../support/contract-plan.js';
import { Book } from '../actions/workbook.js';

const today = '2025-01-01';

/** A sheet plan of `values` with a frozen header row and nothing else but `styles`. */
const bare = (values: PlanValue[][], styles: SheetPlan['styles'] = []): SheetPlan => ({
  name: 'Provision Map',
  values,
  columnWidths: [],
  frozenRows: 1,
  frozenColumns: 0,
  styles,
  numberFormats: [],
  validations: [],
  conditionalFormats: [],
  protections: [],
  notes: [],
});

/** The contract's Provision Map with a teacher's Comments column L, as core carries one. */
function withComments(pupils: number): SheetPlan {
  const map = provisionMapSheet(pupils);
  return {
    ...map,
    values: map.values.map((row, r) => [...row, r === 0 ? 'Comments' : `note ${r}`]),
    columnWidths: [...map.columnWidths, 120],
    styles: map.styles.map((s) => (s.range === 'A1:K1' ? { ...s, range: 'A1:L1' } : s)),
  };
}

const COLUMNS: ColumnSpec[] = [
  { header: 'Pupil', kind: 'input', width: 100, format: '@' },
  { header: 'Progress', kind: 'formula', width: 60, format: '0' },
  { header: 'Status', kind: 'computed', width: 60 },
];
const row = (pupil: string): TableRow => ({
  key: pupil,
  values: [pupil, { formula: '1' }, 'met'],
  extras: ['mine', null],
  existing: true,
});

describe('ownedColumns, inferred from a plan that does not say', () => {
  it('ends at the last column planned below the header rows, whatever is styled in them', () => {
    expect(ownedColumns(provisionMapSheet(5))).toBe(11);
    expect(ownedColumns(withComments(5))).toBe(11);
  });

  it('with nothing below the header, owns every column it styles, or else every column it fills', () => {
    expect(ownedColumns(bare([['a', 'b', 'c', 'd']], [{ range: 'A1:C1', style: { bold: true } }]))).toBe(3);
    expect(ownedColumns(bare([['a', 'b', 'c', 'd']]))).toBe(4);
    expect(ownedColumns(bare([]))).toBe(1);
  });

  it('counts notes, formats, validation, protection and conditional formats below the header', () => {
    const base = bare([['a', 'b', 'c', 'd', 'e', 'f']]);
    expect(ownedColumns({ ...base, notes: [{ cell: 'E9', text: 'x' }] })).toBe(5);
    expect(ownedColumns({ ...base, numberFormats: [{ range: 'B2:D4', format: '0' }] })).toBe(4);
    expect(ownedColumns({ ...base, protections: [{ range: 'F2:F3', description: 'x' }] })).toBe(6);
    expect(
      ownedColumns({
        ...base,
        validations: [{ range: 'C2', rule: { kind: 'date' }, help: '' }],
        conditionalFormats: [
          {
            range: 'B2:B9',
            rule: { kind: 'text-equals', text: 'met' },
            style: { fill: '#C6EFCE', fontColor: '#006100' },
          },
        ],
      }),
    ).toBe(3);
  });

  it('refuses a range that is not A1, as every host does before writing', () => {
    expect(() => ownedColumns(bare([['a']], [{ range: 'B2:nowhere', style: { bold: true } }]))).toThrow(
      PlanError,
    );
  });
});

describe('ownedColumns, as a table layout declares it', () => {
  it('keeps a teacher’s column out even when the table has no rows yet, which inference cannot', () => {
    const sheet = tableSheet({
      name: 'Pupils',
      columns: COLUMNS,
      rows: [],
      extraHeaders: ['Comments', 'Mine'],
    });
    expect(sheet.values[0]).toEqual(['Pupil', 'Progress', 'Status', 'Comments', 'Mine']);
    expect(sheet.ownedColumns).toBe(3);
    expect(ownedColumns(sheet)).toBe(3);
    // Without the declaration the header style across the teacher's columns would claim them.
    expect(ownedColumns({ ...sheet, ownedColumns: undefined })).toBe(5);
  });

  it('agrees with inference once there are rows', () => {
    const sheet = tableSheet({
      name: 'Pupils',
      columns: COLUMNS,
      rows: [row('Amy'), row('Joe')],
      extraHeaders: ['Comments', 'Mine'],
    });
    expect(ownedColumns(sheet)).toBe(3);
    expect(ownedColumns({ ...sheet, ownedColumns: undefined })).toBe(3);
  });

  it('never leaves out a column the plan formats below its header rows', () => {
    const sheet = { ...withComments(4), ownedColumns: 2 };
    expect(ownedColumns(sheet)).toBe(11);
    expect(ownedColumns({ ...withComments(4), ownedColumns: 14 })).toBe(14);
    expect(ownedColumns({ ...withComments(4), ownedColumns: 0 })).toBe(11);
  });
});

describe('ownedColumns of what the actions plan', () => {
  it('is each table’s own width, and stays put when a teacher adds a column of their own', () => {
    const book = new Book();
    const first = structureSheet({ workbook: book.grids(), source: SEED_PROVISION_MAP, today }).plan;
    book.apply(first);
    const widths = new Map<string, number>();
    for (const s of first.sheets) {
      const header = s.values[s.frozenRows - 1] ?? [];
      widths.set(s.name, ownedColumns(s));
      if (s.ownedColumns !== undefined) expect(ownedColumns(s), s.name).toBe(header.length);
    }
    const map = first.sheets.find((s) => s.name === 'Provision Map')!;
    const width = ownedColumns(map);
    const head = map.frozenRows - 1;
    book.type('Provision Map', a1(head, width), 'Comments');
    book.type('Provision Map', a1(head + 1, width), 'needs glasses');

    const again = reevaluate({ workbook: book.grids(), today }).plan;
    const rerun = again.sheets.find((s) => s.name === 'Provision Map')!;
    expect(rerun.values[head]![width]).toBe('Comments');
    expect(rerun.values[head + 1]![width]).toBe('needs glasses');
    expect(ownedColumns(rerun)).toBe(width);
    for (const s of again.sheets)
      if (widths.has(s.name)) expect(ownedColumns(s), s.name).toBe(widths.get(s.name));
  });
});
