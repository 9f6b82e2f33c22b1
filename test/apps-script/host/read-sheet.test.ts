// Reading a sheet: one getValues, merged blocks, and dates as the calendar day the teacher sees.

import { describe, expect, it } from 'vitest';
import { ProvmapError } from '../../../core/errors.js';
import { createFakeGoogle } from '../../fakes/spreadsheet-app/index.js';
import { hostOver } from '../harness.js';

describe('SheetsHost.readGrids', () => {
  for (const tz of ['Europe/London', 'America/Los_Angeles', 'Pacific/Auckland']) {
    it(`reads a date cell as its calendar day in ${tz}`, () => {
      const f = createFakeGoogle({ sheets: [{ name: 'S', values: [['Start']] }], timeZone: tz });
      f.spreadsheet
        .getSheetByName('S')!
        .getRange('A2:A3')
        .setValues([['2024-06-30'], ['2025-01-01']]);
      const [grid] = hostOver(f).readGrids(['S']);
      const dates = grid!.values.slice(1).map((r) => (r[0] as Date).toISOString());
      expect(dates).toEqual(['2024-06-30T00:00:00.000Z', '2025-01-01T00:00:00.000Z']);
    });
  }

  it('reads each sheet with one getValues, and its merges', () => {
    const f = createFakeGoogle({
      sheets: [
        {
          name: 'Map',
          values: [
            ['Title', null],
            ['Numeracy', 'Amy'],
            [null, 'Joe'],
          ],
          merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
        },
      ],
    });
    const start = f.calls.records.length;
    const [grid] = hostOver(f).readGrids(['Map']);
    expect(grid).toEqual({
      sheet: 'Map',
      values: [
        ['Title', null],
        ['Numeracy', 'Amy'],
        [null, 'Joe'],
      ],
      merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
    });
    expect(f.calls.countsSince(start)['Range.getValues']).toBe(1);
  });

  it('refuses a missing sheet with SHEET_NOT_FOUND', () => {
    const f = createFakeGoogle();
    expect(() => hostOver(f).readGrids(['Nope'])).toThrow(ProvmapError);
  });
});
