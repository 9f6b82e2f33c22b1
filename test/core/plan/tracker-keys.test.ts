import { describe, expect, it } from 'vitest';
import { rowKey, rowKeys, identityKey, rowIdentity } from '../../../core/plan/row-identity.js';
import { trackerKey, trackerKeys } from '../../../core/plan/tracker-keys.js';
import type { PlanValue } from '../../../core/plan/types.js';

const rows: PlanValue[][] = [
  ['Jack Mills', 'n938 200', 'Class 3B', 'K', 'Y', 'N', 'Reading', 'NC sub-levels', '2b'],
  [' jack  MILLS ', 'N938200', '3 b', null, null, null, 'reading', null, null],
  ['Amy Smith', null, null, null, null, null, 'Maths', null, 3],
  ['Amy Smith', 12345, 4, null, null, null, 7, 'GCSE', null],
  [null, null, null, null, null, null, null, null, null],
];

describe('row keys', () => {
  it('rowKey is the key of the row identity', () => {
    for (const r of rows) {
      const [name, upn, group, , , , subject] = r as (string | number | null)[];
      expect(rowKey([subject ?? null], name ?? null, upn ?? null, group ?? null)).toBe(
        identityKey(rowIdentity([subject ?? null], name ?? null, upn ?? null, group ?? null)),
      );
    }
  });

  it('rowKeys and trackerKeys give the same keys as rowKey and trackerKey, met once or again', () => {
    const key = rowKeys();
    const tracker = trackerKeys();
    for (const r of [...rows, ...rows]) {
      const [name, upn, group, , , , subject] = r as (string | number | null)[];
      const cells = [subject ?? null, 'Writing'];
      expect(key(cells, name ?? null, upn ?? null, group ?? null)).toBe(
        rowKey(cells, name ?? null, upn ?? null, group ?? null),
      );
      expect(tracker(r)).toBe(trackerKey(r));
    }
    expect(trackerKey(rows[0]!)).toBe(trackerKey(rows[1]!));
    expect(trackerKey(rows[2]!)).not.toBe(trackerKey(rows[3]!));
  });
});
