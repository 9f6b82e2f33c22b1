// Running actions again on an .xlsx file never stacks up validations or conditional formats (LIMITS.md
// safety rule 3), on provmap's sheets and on the teacher's, observed through openpyxl.

import { mkdtempSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XlsxFileHost } from '../../../cli/io/file-host.js';
import { validationsOf } from '../../../cli/xlsx/exceljs-extras.js';
import { loadWorkbook } from '../../../cli/xlsx/read-workbook.js';
import { workbookFromGrids } from '../../../cli/xlsx/new-workbook.js';
import { reevaluate, reviewProgress, sheetsToRead, structureSheet } from '../../../core/actions/index.js';
import type { ActionName } from '../../../core/actions/index.js';
import { exampleWorkbook, SEED_PROVISION_SHEET } from '../../../core/examples/index.js';
import { a1, parseA1Range } from '../../../core/grid.js';
import { SHEET } from '../../../core/plan/sheet-names.js';
import { hasOpenpyxl, inspectXlsx } from '../../support/inspect-xlsx.js';
import type { InspectedWorkbook } from '../../support/inspect-xlsx.js';

const TODAY = '2024-10-01';
const TEACHER_SHEET = 'Class 3 reading';

/** The seed example as a teacher's file, with a dropdown and a colour rule of the teacher's own. */
async function teacherFile(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'provmap-rerun-')), 'class.xlsx');
  const wb = workbookFromGrids(exampleWorkbook());
  const ws = wb.getWorksheet(TEACHER_SHEET)!;
  // Rows past 9 matter: ExcelJS orders cell addresses as text ("K10" before "K5").
  ws.getCell('Z3').value = 'Attendance';
  // One range, as Excel saves it (cell by cell, ExcelJS would already write overlapping ranges).
  validationsOf(ws).add('Z4:Z30', { type: 'list', allowBlank: true, formulae: ['"good,poor"'] });
  ws.addConditionalFormatting({
    ref: 'Z4:Z30',
    rules: [
      {
        type: 'cellIs',
        operator: 'equal',
        formulae: ['"poor"'],
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
      },
    ],
  });
  await wb.xlsx.writeFile(path);
  return path;
}

async function run(host: XlsxFileHost, action: ActionName): Promise<void> {
  const sheets = await host.listSheets();
  const grids = await host.readGrids(sheetsToRead(action, sheets, { source: SEED_PROVISION_SHEET }));
  const result =
    action === 'structure'
      ? structureSheet({ workbook: grids.slice(1), source: grids[0]!, kind: 'provision', today: TODAY })
      : action === 'review'
        ? reviewProgress({ workbook: grids, today: TODAY })
        : reevaluate({ workbook: grids, today: TODAY });
  await host.applyPlan(result.plan);
}

function cellsOf(sqref: string): string[] {
  return sqref.split(/\s+/).flatMap((range) => {
    const r = parseA1Range(range);
    const out: string[] = [];
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) out.push(a1(row, col));
    return out;
  });
}

/** Cells that carry more than one validation, per sheet. */
function doubled(wb: InspectedWorkbook): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const sheet of wb.sheets) {
    const seen = new Map<string, number>();
    for (const v of sheet.validations)
      for (const cell of cellsOf(v.sqref)) seen.set(cell, (seen.get(cell) ?? 0) + 1);
    const twice = [...seen].filter(([, n]) => n > 1).map(([cell]) => cell);
    if (twice.length > 0) out[sheet.name] = twice;
  }
  return out;
}

/** Each sheet's validations cell by cell, and its conditional formats as written. */
function rules(wb: InspectedWorkbook) {
  return Object.fromEntries(
    wb.sheets.map((s) => [
      s.name,
      {
        validations: Object.fromEntries(
          s.validations
            .flatMap((v) =>
              cellsOf(v.sqref).map((cell) => [cell, `${v.type} ${v.formula1 ?? ''} ${v.errorTitle ?? ''}`]),
            )
            .sort(([a], [b]) => a!.localeCompare(b!)),
        ),
        conditionalFormats: s.conditionalFormats,
      },
    ]),
  );
}

const suite = hasOpenpyxl() || process.env.CI ? describe : describe.skip;

suite('re-running actions on an .xlsx file', () => {
  it('keeps one validation per cell and writes the same rules every time', async () => {
    const path = await teacherFile();
    const host = new XlsxFileHost({ input: path });
    await run(host, 'structure');
    const structured = await inspectXlsx(path);
    // Review writes only its own sheet: every other sheet goes through ExcelJS's read-then-write as is.
    await run(host, 'review');
    const reviewed = await inspectXlsx(path);
    await run(host, 'reevaluate');
    const once = await inspectXlsx(path);
    await run(host, 'reevaluate');
    const twice = await inspectXlsx(path);

    const stages = { structured, reviewed, once, twice };
    for (const [stage, wb] of Object.entries(stages)) expect(doubled(wb), stage).toEqual({});
    expect(rules(twice)).toEqual(rules(once));
    // The teacher's own sheet is never rebuilt: their dropdown and colour rule are there as they were, once.
    const after = rules(twice);
    expect(after[TEACHER_SHEET]).toEqual(rules(structured)[TEACHER_SHEET]);
    expect(Object.keys(after[TEACHER_SHEET]!.validations)).toEqual(cellsOf('Z4:Z30').sort());
    expect(after[TEACHER_SHEET]!.conditionalFormats).toHaveLength(1);
  }, 60_000);

  it('keeps a teacher rule on an owned sheet once, ahead of provmap rules, run after run', async () => {
    const path = await teacherFile();
    const host = new XlsxFileHost({ input: path });
    await run(host, 'structure');
    const wb = await loadWorkbook(await readFile(path));
    wb.getWorksheet(SHEET.provisionMap)!.addConditionalFormatting({
      ref: 'A5:A23',
      rules: [
        {
          type: 'expression',
          formulae: ['$A5="Numeracy"'],
          priority: 1,
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFEB9C' } } },
        },
      ],
    });
    await writeFile(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    await run(host, 'reevaluate');
    const once = await inspectXlsx(path);
    await run(host, 'reevaluate');
    const twice = await inspectXlsx(path);

    const formats = (w: InspectedWorkbook) =>
      w.sheets.find((s) => s.name === SHEET.provisionMap)!.conditionalFormats;
    expect(formats(twice)).toEqual(formats(once));
    const teacher = formats(twice).filter((f) => f.formula[0] === '$A5="Numeracy"');
    expect(teacher).toHaveLength(1);
    expect(teacher[0]!.priority).toBe(Math.min(...formats(twice).map((f) => f.priority)));
    expect(new Set(formats(twice).map((f) => f.priority)).size).toBe(formats(twice).length);
  }, 60_000);
});
