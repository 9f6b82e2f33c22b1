// Regression: a plan whose named ranges reach past an existing sheet's current size applies (sheets are
// sized before names are set), and a failure leaves no backup sheets and the workbook as it was.

import { describe, expect, it } from 'vitest';
import { runAction } from '../../../bench/drive/index.js';
import { MESSY_TRACKER, SEED_PROVISION_MAP } from '../../../core/examples/index.js';
import { teacherWorkbook } from '../../reliability/workbook.js';
import { createAppsScriptHarness } from '../harness.js';

const TODAY = '2025-03-01';

async function trackerThenMap() {
  const h = await createAppsScriptHarness(teacherWorkbook());
  await runAction(h.host, { action: 'structure', source: MESSY_TRACKER.sheet, today: TODAY });
  return h;
}

const backups = (names: string[]) => names.filter((n) => n.startsWith('provmap backup'));

describe('named ranges and sheet sizes', () => {
  it('structures the seed map after the messy tracker: names that grow past a sheet apply', async () => {
    const h = await trackerThenMap();
    await runAction(h.host, { action: 'structure', source: SEED_PROVISION_MAP.sheet, today: TODAY });
    const names = h.fake.observe().sheets.map((s) => s.name);
    expect(backups(names)).toEqual([]);
    // Every named range now lies inside its sheet.
    for (const nr of h.fake.workbook.namedRanges.values()) {
      expect(nr.rect.bottom).toBeLessThan(nr.sheet.maxRows);
      expect(nr.rect.right).toBeLessThan(nr.sheet.maxCols);
    }
  });

  it('a failure at any call of that second write leaves the workbook as it was, with no backups', async () => {
    let k = 1;
    for (; k < 2_000; k++) {
      const h = await trackerThenMap();
      const before = h.fake.observe();
      h.fake.calls.failAtCall(k);
      const failed = await runAction(h.host, {
        action: 'structure',
        source: SEED_PROVISION_MAP.sheet,
        today: TODAY,
      }).then(
        () => false,
        (e: unknown) => {
          // Undo itself must never fail: that would keep backups and report a RollbackError.
          expect((e as Error).name, `failure at call ${k}`).not.toBe('RollbackError');
          return true;
        },
      );
      h.fake.calls.failAtCall(null);
      if (!failed) break;
      expect(h.fake.observe(), `failure at mutating call ${k}`).toEqual(before);
    }
    expect(k).toBeGreaterThan(10);
  }, 300_000);
});
