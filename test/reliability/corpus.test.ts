// Every scenario of the bad-input corpus, through import and the structure action: a clear diagnostic or a
// typed error, never a crash, no teacher text turned into a formula, and no pupil silently lost.

import { describe, expect, it } from 'vitest';
import { structureSheet } from '../../core/actions/index.js';
import { importSheet } from '../../core/import/index.js';
import { SHEET } from '../../core/plan/sheet-names.js';
import { ScaleRegistry } from '../../core/scales/index.js';
import { resolveSettings } from '../../core/settings.js';
import {
  attempt,
  diagnosticProblems,
  planAsGrids,
  planStrings,
  pupilsOf,
  teacherTexts,
  textTurnedFormula,
} from './checks.js';
import { SCENARIOS } from './corpus/index.js';
import { record } from './figures.js';

const scales = new ScaleRegistry();
const settings = resolveSettings();
const TODAY = '2025-03-01';

/** The 12,000-row scenario is slow to structure twice; the others take milliseconds. */
const timeout = (name: string): number => (name === 'ten-thousand-rows' ? 180_000 : 20_000);

describe('reliability corpus', () => {
  for (const s of SCENARIOS) {
    describe(s.name, { timeout: timeout(s.name) }, () => {
      it('imports with a typed error or well-formed diagnostics, never a crash', () => {
        const grid = s.grid();
        record('corpus', 'scenarios');
        record(
          'corpus',
          'cells',
          grid.values.reduce((n, row) => n + row.length, 0),
        );
        const out = attempt(() => importSheet(grid, { scales, settings }));
        expect('crash' in out ? out.crash : null, s.about).toBeNull();
        if (s.expect.error) {
          expect('typed' in out && out.typed.code).toBe(s.expect.error);
          return;
        }
        if (!('ok' in out))
          throw new Error(`expected a reading, got ${'typed' in out ? out.typed.code : 'a crash'}`);
        const r = out.ok;
        for (const d of r.diagnostics)
          expect(diagnosticProblems(d, grid.sheet), `${d.code} at ${d.cell}`).toEqual([]);
        for (const want of s.expect.diagnostics ?? [])
          expect(
            r.diagnostics.some(
              (d) => d.code === want.code && (want.cell === undefined || d.cell === want.cell),
            ),
            `${want.code}${want.cell ? ` at ${want.cell}` : ''} in ${JSON.stringify(r.diagnostics.map((d) => `${d.code}@${d.cell}`))}`,
          ).toBe(true);
        const names = pupilsOf(r).map((p) => p.name);
        for (const n of s.expect.names ?? []) expect(names, `"${n}" read as written`).toContain(n);
        if (s.expect.pupils !== undefined) expect(names).toHaveLength(s.expect.pupils);
      });

      it('structures without crashing, keeps every pupil and never turns text into a formula', () => {
        const grid = s.grid();
        const out = attempt(() => structureSheet({ workbook: [], source: grid, today: TODAY }));
        expect('crash' in out ? out.crash : null).toBeNull();
        if (s.expect.error) {
          expect('typed' in out && out.typed.code).toBe(s.expect.error);
          return;
        }
        if (!('ok' in out)) throw new Error('expected a plan');
        const { plan, report } = out.ok;
        expect(textTurnedFormula(plan, teacherTexts(grid))).toEqual([]);
        const pupilsSheet = plan.sheets.find((p) => p.name === SHEET.pupils);
        const written = planStrings(pupilsSheet);
        for (const n of s.expect.names ?? []) expect(written, `"${n}" on the Pupils sheet`).toContain(n);
        // Every pupil the import read has a row, or a diagnostic says why not.
        const read = pupilsOf(importSheet(grid, { scales, settings })).length;
        const rows = Math.max(0, (pupilsSheet?.values.length ?? 1) - 1);
        expect(
          rows === read ||
            report.diagnostics.some((d) => d.code === 'DUPLICATE_PUPIL' || d.code === 'AMBIGUOUS_PUPIL'),
          `${rows} Pupils rows for ${read} pupils read`,
        ).toBe(true);
      });

      it('gives the same plan when run again over what it wrote (idempotent)', () => {
        if (s.expect.error) return;
        const grid = s.grid();
        const first = structureSheet({ workbook: [], source: grid, today: TODAY });
        const second = structureSheet({ workbook: planAsGrids(first.plan), source: grid, today: TODAY });
        expect(second.plan).toEqual(first.plan);
      });
    });
  }
});
