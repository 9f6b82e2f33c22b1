// The fake Excel enforces Office.js's rules, so adapter tests over it can fail for the right reasons.

import { describe, expect, it } from 'vitest';
import { createFakeExcel } from '../fakes/excel/index.js';

const sheet = { name: 'S', values: [['a', 1]] };

describe('fake Excel object model', () => {
  it('refuses to read a property that was not loaded, and shows a loaded one only after sync', async () => {
    const { run } = createFakeExcel([sheet]);
    await run(
      async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('S').getRange('A1:B1');
        expect(() => r.values).toThrow(/PropertyNotLoaded/);
        r.load('values');
        expect(() => r.values).toThrow(/PropertyNotLoaded/);
        await ctx.sync();
        expect(r.values).toEqual([['a', 1]]);
      },
      { mergeUndoGroup: false },
    );
  });

  it('takes text starting with = + - @ as a formula or number unless the cell is formatted @', async () => {
    const { run, state } = createFakeExcel([sheet]);
    await run(
      async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        ws.getRange('A2:D2').values = [['=1+1', '+Smith', '-3', '@Riley']];
        ws.getRange('A3:B3').numberFormat = [['@', '@']];
        ws.getRange('A3:B3').values = [['=1+1', '-3']];
        ws.getRange('C3').values = [[-3]];
        await ctx.sync();
      },
      { mergeUndoGroup: false },
    );
    const s = state.find('S')!;
    expect(s.cells.get('1,0')).toMatchObject({ formula: '1+1' });
    expect(s.cells.get('1,1')).toMatchObject({ formula: '+Smith' });
    expect(s.cells.get('1,2')).toMatchObject({ value: -3 });
    expect(s.cells.get('1,3')).toMatchObject({ formula: '@Riley' });
    expect(s.cells.get('2,0')).toMatchObject({ value: '=1+1' });
    expect(s.cells.get('2,1')).toMatchObject({ value: '-3' });
    expect(s.cells.get('2,2')).toMatchObject({ value: -3 });
  });

  it('refuses a request over 5 MB whole, applying nothing', async () => {
    const { run, state } = createFakeExcel([sheet]);
    const big = Array.from({ length: 6 }, () => ['x'.repeat(1024 * 1024)]);
    await expect(
      run(
        async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem('S');
          ws.getRange('C1').values = [['small']];
          ws.getRange('A10:A15').values = big;
          await ctx.sync();
        },
        { mergeUndoGroup: false },
      ),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(state.find('S')!.cells.get('0,2')).toBeUndefined();
  });

  it('applies the commands before a failing one and stops there, as a batch does', async () => {
    const { run, state } = createFakeExcel([sheet]);
    state.failAt = 2;
    await expect(
      run(
        async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem('S');
          ws.getRange('C1').values = [['first']];
          ws.getRange('D1').values = [['second']];
          ws.getRange('E1').values = [['third']];
          await ctx.sync();
        },
        { mergeUndoGroup: false },
      ),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    const s = state.find('S')!;
    expect(s.cells.get('0,2')?.value).toBe('first');
    expect(s.cells.get('0,3')).toBeUndefined();
    expect(s.cells.get('0,4')).toBeUndefined();
  });

  it('rejects a sync started while another is running, and commands never synced', async () => {
    const { run } = createFakeExcel([sheet]);
    await expect(
      run(
        async (ctx) => {
          ctx.workbook.worksheets.getItem('S').getRange('C1').values = [['x']];
          const first = ctx.sync();
          const second = ctx.sync();
          await first;
          await second;
        },
        { mergeUndoGroup: false },
      ),
    ).rejects.toThrow(/another sync/);
    await expect(
      run(
        async (ctx) => {
          ctx.workbook.worksheets.getItem('S').getRange('C1').values = [['x']];
        },
        { mergeUndoGroup: false },
      ),
    ).rejects.toThrow(/never synced/);
  });

  it('rejects a value matrix whose size does not match the range', async () => {
    const { run } = createFakeExcel([sheet]);
    await expect(
      run(
        async (ctx) => {
          ctx.workbook.worksheets.getItem('S').getRange('A1:B2').values = [['only one row', 'x']];
          await ctx.sync();
        },
        { mergeUndoGroup: false },
      ),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
