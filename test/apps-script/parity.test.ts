// The seed examples end the same in Google Sheets (the fake, through the Apps Script adapter) as in the
// .xlsx file the CLI writes: the same values, formulas, validation, formats, rules and names, on sheets that
// both hosts did write.

import { describe, expect, it } from 'vitest';
import { after, PARITY_CASES, seed } from '../support/parity.js';
import { xlsxHarness } from '../support/xlsx-harness.js';
import { createAppsScriptHarness } from './harness.js';

/** The sheets each case must have written, at least. */
const WRITES: Record<string, string[]> = {
  'seed audit': ['Provision Map', 'Interventions', 'Pupils', 'Scales'],
  'seed entry data and targets': ['Provision Map', 'Interventions', 'Pupils', 'Scales'],
  'seed evaluated map, re-evaluated, reviewed and summarised': ['Provision Map', 'Review', 'Summary'],
  'tracker with title rows: structured, a point added, re-evaluated and reviewed': ['Tracker', 'Review'],
  'MIS class list': ['Pupils', 'Scales'],
};

describe('Google Sheets and .xlsx end the same', () => {
  it('knows what every case writes', () => {
    expect(Object.keys(WRITES).sort()).toEqual(PARITY_CASES.map(([name]) => name).sort());
  });

  for (const [name, file, steps] of PARITY_CASES)
    it(
      name,
      async () => {
        const initial = seed(file);
        const sheets = await after((i) => createAppsScriptHarness(i), initial, steps);
        const xlsx = await after(xlsxHarness, initial, steps);
        // Two hosts that wrote nothing would end the same: each must have written provmap's sheets.
        for (const wb of [sheets, xlsx]) {
          expect(wb.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(WRITES[name]!));
          for (const s of wb.sheets) expect(s.cells.length, `${s.name} has rows`).toBeGreaterThan(1);
        }
        expect(sheets.sheets.map((s) => s.name)).toEqual(xlsx.sheets.map((s) => s.name));
        for (const [i, s] of sheets.sheets.entries()) expect(s, s.name).toEqual(xlsx.sheets[i]);
        expect(sheets.namedRanges).toEqual(xlsx.namedRanges);
      },
      60_000,
    );
});
