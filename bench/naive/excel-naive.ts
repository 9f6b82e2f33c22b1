// The baseline for Excel: a task-pane add-in written the usual way, loading and syncing one cell at a time
// and awaiting context.sync() after each change, as many snippets do. Same work as provmap's adapter, on
// the same fake, so the two sync counts compare like for like.

import { a1, parseA1Range, quoteSheet, type CellValue, type Grid } from '../../core/grid.js';
import type { ApplyResult, SheetInfo, WorkbookHost } from '../../core/host.js';
import type { PlanValue, SheetPlan, ValidationRule, WorkbookPlan } from '../../core/plan/types.js';
import type { ExcelRun } from '../../excel-addin/host/excel-host.js';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function cellsOf(range: string): [number, number][] {
  const { top, left, bottom, right } = parseA1Range(range);
  const out: [number, number][] = [];
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) out.push([r, c]);
  return out;
}

function input(v: PlanValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'object')
    return 'formula' in v
      ? `=${v.formula}`
      : (Date.parse(`${v.date}T00:00:00Z`) - EXCEL_EPOCH_MS) / 86_400_000;
  return typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v;
}

function rule(r: ValidationRule): Excel.DataValidationRule {
  switch (r.kind) {
    case 'list-from-range':
      return { list: { inCellDropDown: true, source: `=${r.source}` } };
    case 'list':
      return { list: { inCellDropDown: true, source: r.values.join(',') } };
    case 'whole-number':
      return { wholeNumber: { formula1: r.min, formula2: r.max, operator: 'Between' } };
    case 'decimal':
      return { decimal: { formula1: r.min, formula2: r.max, operator: 'Between' } };
    case 'date':
      return { date: { formula1: '1900-01-01', operator: 'GreaterThan' } };
  }
}

async function writeValues(ctx: Excel.RequestContext, plan: SheetPlan, exists: boolean): Promise<number> {
  const ws = exists ? ctx.workbook.worksheets.getItem(plan.name) : ctx.workbook.worksheets.add(plan.name);
  if (exists) {
    ws.getRange().clear('All');
    ws.getRange().dataValidation.clear();
    const notes = ws.notes.load();
    await ctx.sync();
    for (const note of notes.items) note.delete();
  }
  await ctx.sync();
  let cells = 0;
  for (let r = 0; r < plan.values.length; r++)
    for (let c = 0; c < (plan.values[r]?.length ?? 0); c++) {
      const v = plan.values[r]![c]!;
      if (v === null || v === '') continue;
      ws.getRange(a1(r, c)).values = [[input(v)]];
      await ctx.sync();
      cells++;
    }
  return cells;
}

async function writeRest(ctx: Excel.RequestContext, plan: SheetPlan): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(plan.name);
  for (const nf of plan.numberFormats)
    for (const [r, c] of cellsOf(nf.range)) {
      ws.getRange(a1(r, c)).numberFormat = [[nf.format]];
      await ctx.sync();
    }
  for (const v of plan.validations) {
    const strict = v.rule.kind === 'list' || v.rule.kind === 'list-from-range' ? v.rule.strict : true;
    for (const [r, c] of cellsOf(v.range)) {
      const dv = ws.getRange(a1(r, c)).dataValidation;
      dv.rule = rule(v.rule);
      dv.errorAlert = {
        showAlert: true,
        style: strict ? 'Stop' : 'Warning',
        title: 'provmap',
        message: v.help.slice(0, 255),
      };
      dv.prompt = { showPrompt: v.help !== '', title: 'provmap', message: v.help.slice(0, 255) };
      await ctx.sync();
    }
  }
  for (const s of plan.styles) {
    const range = ws.getRange(s.range);
    if (s.style.fill) range.format.fill.color = s.style.fill;
    if (s.style.bold) range.format.font.bold = true;
    await ctx.sync();
  }
  for (const cf of plan.conditionalFormats) {
    const format = ws.getRange(cf.range).conditionalFormats.add('Custom');
    format.custom.rule.formula =
      cf.rule.kind === 'formula'
        ? `=${cf.rule.formula}`
        : `=${a1(parseA1Range(cf.range).top, parseA1Range(cf.range).left)}="${cf.rule.text.replace(/"/g, '""')}"`;
    format.custom.format.fill.color = cf.style.fill;
    await ctx.sync();
  }
  for (const n of plan.notes) {
    ws.notes.add(n.cell, n.text);
    await ctx.sync();
  }
  if (plan.frozenRows > 0) {
    ws.freezePanes.freezeRows(plan.frozenRows);
    await ctx.sync();
  }
}

/** The naive add-in as a WorkbookHost: not atomic, not chunked, one sync per cell. */
export function naiveExcelHost(run: ExcelRun): WorkbookHost {
  const listSheets = (): Promise<SheetInfo[]> =>
    run(
      async (ctx) => {
        const sheets = ctx.workbook.worksheets.load('items/name,items/visibility');
        await ctx.sync();
        const out: SheetInfo[] = [];
        for (const ws of sheets.items) {
          const used = ws.getUsedRangeOrNullObject(true).load('rowCount,columnCount,rowIndex,columnIndex');
          await ctx.sync();
          const rows = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
          const columns = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
          out.push({ name: ws.name, rows, columns, hidden: ws.visibility !== 'Visible' });
        }
        return out;
      },
      { mergeUndoGroup: false },
    );
  return {
    listSheets,
    readGrids: (names) =>
      run(
        async (ctx) => {
          const grids: Grid[] = [];
          for (const name of names) {
            const ws = ctx.workbook.worksheets.getItem(name);
            const used = ws.getUsedRangeOrNullObject(true).load('rowCount,columnCount,rowIndex,columnIndex');
            await ctx.sync();
            const rows = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
            const cols = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
            const values: CellValue[][] = [];
            for (let r = 0; r < rows; r++) {
              const row: CellValue[] = [];
              for (let c = 0; c < cols; c++) {
                const cell = ws.getRange(a1(r, c)).load('values');
                await ctx.sync();
                const v = cell.values[0]?.[0] as string | number | boolean | undefined;
                row.push(v === undefined || v === '' ? null : v);
              }
              values.push(row);
            }
            grids.push({ sheet: name, values, merges: [] });
          }
          return grids;
        },
        { mergeUndoGroup: false },
      ),
    applyPlan: (plan: WorkbookPlan): Promise<ApplyResult> =>
      run(
        async (ctx) => {
          const existing = new Set(await listSheetsIn(ctx));
          let cells = 0;
          for (const s of plan.sheets) cells += await writeValues(ctx, s, existing.has(s.name));
          const names = ctx.workbook.names.load('items/name');
          await ctx.sync();
          const known = new Set(names.items.map((n) => n.name.toLowerCase()));
          for (const n of plan.namedRanges) {
            if (known.has(n.name.toLowerCase())) ctx.workbook.names.getItem(n.name).delete();
            ctx.workbook.names.add(n.name, `=${quoteSheet(n.sheet)}!${n.range}`);
            await ctx.sync();
          }
          for (const s of plan.sheets) await writeRest(ctx, s);
          return { sheetsWritten: plan.sheets.map((s) => s.name), cellsWritten: cells };
        },
        { mergeUndoGroup: false },
      ),
  };
}

async function listSheetsIn(ctx: Excel.RequestContext): Promise<string[]> {
  const sheets = ctx.workbook.worksheets.load('items/name');
  await ctx.sync();
  return sheets.items.map((s) => s.name);
}
