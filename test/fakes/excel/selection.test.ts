// The fake Excel keeps a selection as Excel does: Range.select() queues until sync, shows the range's
// sheet, and each sheet remembers its own selection.

import { describe, expect, it } from 'vitest';
import { createFakeExcel, selectionOf } from './index.js';

const book = () =>
  createFakeExcel([
    { name: 'Class 4B', values: [['Name'], ['Amy']] },
    { name: 'Notes', values: [['x']] },
  ]);

describe('fake Excel: selection', () => {
  it('selects a range only when the batch syncs, and shows its sheet', async () => {
    const { run, state } = book();
    expect(selectionOf(state)).toBeNull();
    await run(
      async (ctx) => {
        ctx.workbook.worksheets.getItem('Notes').getRange('C4:D9').select();
        expect(selectionOf(state)).toBeNull();
        await ctx.sync();
      },
      { mergeUndoGroup: false },
    );
    expect(selectionOf(state)).toEqual({ sheet: 'Notes', a1: 'C4:D9' });
    expect(state.byId(state.activeId)?.name).toBe('Notes');
  });

  it("reads back the active sheet's selection, A1 on a sheet nobody selected in", async () => {
    const { run } = book();
    const address = () =>
      run(
        async (ctx) => {
          const r = ctx.workbook.getSelectedRange();
          r.load('address');
          await ctx.sync();
          return r.address;
        },
        { mergeUndoGroup: false },
      );
    expect(await address()).toBe("'Class 4B'!A1");
    await run(
      async (ctx) => {
        ctx.workbook.worksheets.getItem('Class 4B').getRange('B2').select();
        ctx.workbook.worksheets.getItem('Notes').getRange('E5').select();
        ctx.workbook.worksheets.getItem('Class 4B').activate();
        await ctx.sync();
      },
      { mergeUndoGroup: false },
    );
    expect(await address()).toBe("'Class 4B'!B2");
  });

  it('does not count a selection as a change to the workbook', async () => {
    const { run, state } = book();
    const before = state.mutations;
    await run(
      async (ctx) => {
        ctx.workbook.worksheets.getItem('Notes').getRange('A1').select();
        await ctx.sync();
      },
      { mergeUndoGroup: false },
    );
    expect(state.mutations).toBe(before);
  });
});
