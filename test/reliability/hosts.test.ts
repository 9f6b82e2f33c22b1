// Every action on every host: running it again gives the same workbook, updating keeps what the teacher
// typed and added, the teacher's own sheet is never touched, and a failure at any call leaves the workbook
// as it was.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESSY_TRACKER, SEED_PROVISION_MAP } from '../../core/examples/index.js';
import { a1, columnLetters } from '../../core/grid.js';
import { SHEET } from '../../core/plan/sheet-names.js';
import { runAction, type ActionRequest } from '../../bench/drive/index.js';
import type { HostHarness } from '../contract/harness.js';
import { record } from './figures.js';
import { reliabilityHosts } from './hosts.js';
import {
  ACTIONS,
  TEACHERS_OWN,
  describeRequest,
  sheetOf,
  teacherWorkbook,
  text,
  trackerIndex,
} from './workbook.js';

const STRUCTURE_TRACKER: ActionRequest = { action: 'structure', source: MESSY_TRACKER.sheet };
/** Values a teacher might type into a point cell, the risky ones included. */
const TYPED = ['3b', '2a', 'abs', '=1+1', '-3', '@Riley', '<b>3c</b>', 'Zoë 3c?'];

async function run(h: HostHarness, r: ActionRequest): Promise<void> {
  await runAction(h.host, { today: '2025-03-01', ...r });
}

for (const host of reliabilityHosts()) {
  describe(`host reliability: ${host.name}`, { timeout: 600_000 }, () => {
    it('runs every action; running it again gives the same workbook; the teacher’s own sheet never changes', async () => {
      const h = await host.create(teacherWorkbook());
      const own = sheetOf(await h.observe(), TEACHERS_OWN.name);
      for (const r of ACTIONS) {
        await run(h, r);
        const once = await h.observe();
        await run(h, r);
        expect(await h.observe(), `${describeRequest(r)} run twice`).toEqual(once);
        record(host.name, 'idempotent re-runs');
      }
      expect(sheetOf(await h.observe(), TEACHERS_OWN.name)).toEqual(own);
    });

    it('updating keeps every value the teacher typed and every column they added', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TYPED)), { minLength: 1, maxLength: 6 }),
          async (picks) => {
            const h = await host.create(teacherWorkbook());
            await run(h, STRUCTURE_TRACKER);
            const before = await h.observe();
            const idx = trackerIndex(before)!;
            const sheet = sheetOf(before, SHEET.tracker)!;
            const keys = [...idx.rows.keys()];
            const pointHeaders = ['AP1', 'AP2', 'AP3', 'Autumn 2', 'Spring 1'].filter((p) => idx.cols.has(p));
            const notesCol = Math.max(...sheet.cells.map((r) => r.length));
            const headerRow = idx.rows.get(keys[0]!)! - 1;
            await h.typeValue(SHEET.tracker, a1(headerRow, notesCol), 'Teacher notes');
            const expected: { key: string; header: string; value: string }[] = [];
            for (const [i, value] of picks) {
              const key = keys[i % keys.length]!;
              const row = idx.rows.get(key)!;
              const blank = pointHeaders.find((p) => text(sheet.cells[row]?.[idx.cols.get(p)!]) === '');
              if (blank && !expected.some((e) => e.key === key && e.header === blank)) {
                await h.typeValue(SHEET.tracker, `${columnLetters(idx.cols.get(blank)!)}${row + 1}`, value);
                expected.push({ key, header: blank, value });
              }
              if (!expected.some((e) => e.key === key && e.header === 'Teacher notes')) {
                await h.typeValue(SHEET.tracker, a1(row, notesCol), `note ${value}`);
                expected.push({ key, header: 'Teacher notes', value: `note ${value}` });
              }
            }
            await run(h, STRUCTURE_TRACKER);
            await run(h, { action: 'reevaluate' });
            const after = await h.observe();
            const now = trackerIndex(after)!;
            const cells = sheetOf(after, SHEET.tracker)!.cells;
            for (const e of expected) {
              const row = now.rows.get(e.key);
              const col = now.cols.get(e.header);
              expect(row, `row of ${e.key}`).toBeDefined();
              expect(col, `column ${e.header}`).toBeDefined();
              expect(text(cells[row!]?.[col!]), `${e.key} ${e.header}`).toBe(e.value);
            }
            record(host.name, 'cells preserved', expected.length);
            record(host.name, 'update runs');
          },
        ),
        { seed: 4242, numRuns: host.name === 'xlsx' ? 3 : 6 },
      );
    });

    for (const r of [
      { action: 'structure', source: SEED_PROVISION_MAP.sheet } as ActionRequest,
      { action: 'reevaluate' } as ActionRequest,
    ])
      it(`a failure at any call of "${describeRequest(r)}" leaves the workbook as it was`, async () => {
        let faults = 0;
        for (let k = 1; k <= 5_000; k++) {
          const h = await host.create(teacherWorkbook());
          await run(h, STRUCTURE_TRACKER);
          if (r.action === 'reevaluate')
            await run(h, { action: 'structure', source: SEED_PROVISION_MAP.sheet });
          const before = await h.observe();
          h.failAtCall!(k);
          const failed = await run(h, r).then(
            () => false,
            () => true,
          );
          h.failAtCall!(null);
          if (!failed) break;
          faults++;
          record(host.name, 'faults injected');
          expect(await h.observe(), `failure at mutating call ${k}`).toEqual(before);
        }
        expect(faults).toBeGreaterThan(0);
      });
  });
}
