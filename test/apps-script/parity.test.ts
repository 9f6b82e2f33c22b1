// The seed examples end the same in Google Sheets (the fake, through the Apps Script adapter) as in the
// .xlsx file the CLI writes: the same values, formulas, validation, formats, rules and names.

import { describe, expect, it } from 'vitest';
import { after, PARITY_CASES, seed } from '../support/parity.js';
import { xlsxHarness } from '../support/xlsx-harness.js';
import { createAppsScriptHarness } from './harness.js';

describe('Google Sheets and .xlsx end the same', () => {
  for (const [name, file, steps] of PARITY_CASES)
    it(
      name,
      async () => {
        const initial = seed(file);
        const sheets = await after((i) => createAppsScriptHarness(i), initial, steps);
        const xlsx = await after(xlsxHarness, initial, steps);
        expect(sheets.sheets.map((s) => s.name)).toEqual(xlsx.sheets.map((s) => s.name));
        for (const [i, s] of sheets.sheets.entries()) expect(s, s.name).toEqual(xlsx.sheets[i]);
        expect(sheets.namedRanges).toEqual(xlsx.namedRanges);
      },
      60_000,
    );
});
