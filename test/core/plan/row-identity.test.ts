import { describe, expect, it } from 'vitest';
import {
  identitiesDiffer,
  identityKey,
  matchRows,
  rowIdentity,
  type RowIdentity,
} from '../../../core/plan/row-identity.js';
import {
  keyOf,
  mergeRows,
  uniqueKeys,
  type ColumnSpec,
  type GeneratedRow,
} from '../../../core/plan/table.js';
import type { PlanValue } from '../../../core/plan/types.js';

const id = (name: string, upn: string | null = null, group: string | null = null, scope = 'Reading') =>
  rowIdentity([scope], name, upn, group);

describe('row identity', () => {
  it('compares names, UPNs and classes loosely', () => {
    expect(rowIdentity(['  Reading '], ' Jack  MILLS', 'n 938 200', ' 2b ')).toEqual({
      scope: 'reading',
      name: 'jack mills',
      upn: 'N938200',
      group: '2b',
    });
    expect(identityKey(id('Jack Mills', 'N1', '2B'))).not.toBe(identityKey(id('Jack Mills', 'H2', '4A')));
    expect(identityKey(id('Jack Mills'))).toBe(identityKey(rowIdentity(['reading'], 'jack mills', '', '')));
    expect(id('Amy', null, 'Class 3B').group).toBe(id('Amy', null, '3 b').group);
  });

  it('says two rows are different children only when their UPNs or classes say so', () => {
    expect(identitiesDiffer(id('Jack', 'N1'), id('Jack', 'H2'))).toBe(true);
    expect(identitiesDiffer(id('Jack', null, '2B'), id('Jack', null, '4A'))).toBe(true);
    expect(identitiesDiffer(id('Jack', 'N1', '2B'), id('Jack', null, null))).toBe(false);
  });
});

describe('matching existing rows to generated rows', () => {
  it('pairs identical rows in order, repeats included', () => {
    const rows = [id('Jack Mills', 'N1', '2B'), id('Jack Mills', 'H2', '4A'), id('Amy'), id('Amy')];
    expect(matchRows(rows, rows)).toEqual([0, 1, 2, 3]);
    expect(matchRows([rows[1]!, rows[0]!], rows)).toEqual([1, 0]);
  });

  it('never makes two children with one name one row', () => {
    const existing = [id('Jack Mills', 'N1', '2B')];
    expect(matchRows(existing, [id('Jack Mills', 'H2', '4A')])).toEqual([-1]);
    expect(matchRows([id('Jack Mills', null, '2B')], [id('Jack Mills', null, '4A')])).toEqual([-1]);
  });

  it('finds a row by UPN when a person corrected the name', () => {
    expect(
      matchRows([id('Jak Mils', 'N1', '2B')], [id('Other', 'X9'), id('Jack Mills', 'N1', '2B')]),
    ).toEqual([1]);
  });

  it('finds a row by name and class when one side has no UPN', () => {
    const generated = [id('Jack Mills', 'N1', '2B'), id('Jack Mills', 'H2', '4A')];
    expect(matchRows([id('Jack Mills', null, '4A')], generated)).toEqual([1]);
    expect(matchRows([id('Jack Mills', 'H2', null)], generated)).toEqual([1]);
  });

  it('finds a row by the name alone only when nothing else could be it, either way', () => {
    expect(matchRows([id('Amy')], [id('Amy', 'A1', '3B')])).toEqual([0]);
    const twins = [id('Jack Mills', 'N1', '2B'), id('Jack Mills', 'H2', '4A')];
    expect(matchRows([id('Jack Mills')], twins)).toEqual([-1]);
    expect(matchRows([id('Amy'), id('Amy', null, null)], [id('Amy', 'A1', '3B')])).toEqual([-1, -1]);
  });

  it('needs the same scope, and uses the detail only to break ties', () => {
    expect(matchRows([id('Amy', null, null, 'Maths')], [id('Amy', null, null, 'Reading')])).toEqual([-1]);
    const well = (scale: string): RowIdentity => rowIdentity(['Well-being'], 'Carl', null, null, scale);
    expect(
      matchRows(
        [well('Leuven involvement'), well('Leuven well-being')],
        [well('Leuven well-being'), well('Leuven involvement')],
      ),
    ).toEqual([1, 0]);
    expect(matchRows([well('Leuven involvement')], [well('Leuven well-being')])).toEqual([0]);
  });
});

describe('merging an owned table by identity', () => {
  const COLUMNS: ColumnSpec[] = [
    { header: 'Pupil', kind: 'input', width: 100 },
    { header: 'UPN', kind: 'input', width: 100 },
    { header: 'Class', kind: 'input', width: 60 },
    { header: 'Record', kind: 'computed', width: 200 },
  ];
  const identify = (v: readonly PlanValue[]): RowIdentity =>
    rowIdentity([], v[0] as string, v[1] as string, v[2] as string);
  const gen = (values: PlanValue[]): GeneratedRow => ({ key: identityKey(identify(values)), values });
  const existing = (rows: PlanValue[][]) => ({
    sheet: 'Owned',
    headerRow: 0,
    columns: new Map(COLUMNS.map((c, i) => [c.header.toLowerCase(), i])),
    extras: [{ header: 'Notes', col: 4 }],
    rows: rows as (string | null)[][],
  });

  it('keeps a row a person completed as the same row, with their values and its fresh record', () => {
    const merged = mergeRows(
      COLUMNS,
      [gen(['Jack Mills', 'N1', '2B', 'new record']), gen(['Jack Mills', 'H2', '4A', 'other record'])],
      existing([['Jack Mills', null, '4A', 'old', 'glasses']]),
      { keyOf: (v) => identityKey(identify(v)), identify },
    );
    expect(merged.rows.map((r) => [...r.values, ...r.extras])).toEqual([
      ['Jack Mills', null, '4A', 'other record', 'glasses'],
      ['Jack Mills', 'N1', '2B', 'new record', null],
    ]);
  });

  it('drops a generated row whose key repeats, so layouts make their keys unique first', () => {
    const byName = (v: readonly PlanValue[]): string => keyOf([v[0] as string]);
    const rows: GeneratedRow[] = [
      { key: byName(['Jack Mills']), values: ['Jack Mills', 'N1', '2B', null] },
      { key: byName(['Jack Mills']), values: ['Jack Mills', 'H2', '4A', null] },
    ];
    expect(mergeRows(COLUMNS, rows, null, { keyOf: byName }).rows).toHaveLength(1);
    expect(uniqueKeys(rows).map((r) => r.key)).toEqual([rows[0]!.key, `${rows[0]!.key}#2`]);
    expect(mergeRows(COLUMNS, uniqueKeys(rows), null, { keyOf: byName }).rows).toHaveLength(2);
  });
});
