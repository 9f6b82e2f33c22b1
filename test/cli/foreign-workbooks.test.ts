// Teacher workbooks written by other programs (openpyxl here): provmap reads them, copies their sheets, and
// says out loud what it cannot copy (a chart), in the summary and in the JSON report.

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHEET } from '../../core/plan/sheet-names.js';
import type { Report } from '../../core/report.js';
import { freshDir, provmap } from '../support/cli-run.js';
import { hasOpenpyxl, inspectedSheet, inspectXlsx, SYSTEM_PYTHON } from '../support/inspect-xlsx.js';
import { writeOpenpyxlWorkbooks } from './support/openpyxl-workbooks.js';
import type { OpenpyxlWorkbooks } from './support/openpyxl-workbooks.js';

const run = hasOpenpyxl() || process.env.CI ? describe : describe.skip;
if (!hasOpenpyxl() && !process.env.CI)
  console.warn('foreign-workbooks: skipped: openpyxl missing for /usr/bin/python3');

let dir: string;
let books: OpenpyxlWorkbooks;

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

run('workbooks openpyxl wrote', () => {
  beforeAll(async () => {
    dir = freshDir();
    books = await writeOpenpyxlWorkbooks(dir);
  }, 60_000);

  it('structures a workbook with a chart, copies its sheets, and warns that the chart is not copied', async () => {
    const before = readFileSync(books.chart);
    const out = join(dir, 'chart-structured.xlsx');
    const r = await provmap('structure', books.chart, '-o', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      `Warning: The chart on sheet "Scores" at D2 is not copied into ${out}. provmap cannot copy charts. Your own file ${books.chart} is unchanged and still has it.`,
    );
    expect(readFileSync(books.chart).equals(before)).toBe(true);
    const written = await inspectXlsx(out);
    expect(written.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Class 3', 'Scores', SHEET.provisionMap]),
    );
    expect(inspectedSheet(written, 'Scores').cells).toEqual([
      ['Pupil', 'Score'],
      ['Dan', 3],
      ['Fred', 5],
      ['Amy', 4],
    ]);
  });

  it('puts the warning in the JSON report, first, with the sheet and the cell', async () => {
    const r = await provmap('structure', books.chart, '-o', join(dir, 'chart.json.xlsx'), '--json');
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.diagnostics[0]).toMatchObject({
      sheet: 'Scores',
      cell: 'D2',
      code: 'NOT_COPIED',
      severity: 'warning',
    });
    expect(report.diagnostics[0]!.hint).toMatch(/unchanged/);
    expect(report.diagnostics.filter((d) => d.code === 'NOT_COPIED').length).toBe(1);
    expect(report.enrolments.length).toBe(3);
  });

  it('reads a workbook with a comment and keeps the comment as a note', async () => {
    const out = join(dir, 'comment-structured.xlsx');
    const r = await provmap('structure', books.comment, '-o', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/Warning:|not copied/);
    expect(inspectedSheet(await inspectXlsx(out), 'Class 3').notes.A2).toContain(
      'Check the group size with Mrs Khan',
    );
  });

  it('reads a workbook with an unstyled table and a hyperlink, and keeps both', async () => {
    const out = join(dir, 'table-structured.xlsx');
    const r = await provmap('structure', books.table, '-o', out, '--kind', 'class-list', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as Report).pupils.map((p) => p.upn)).toEqual(['A123', 'B456']);
    const ws = (await readBack(out)).getWorksheet('Class list')!;
    expect(ws.getCell('F1').hyperlink).toBe('https://example.invalid/send-policy');
    expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)).toEqual(['ClassList']);
  });

  it('warns that a school file’s chart could not be kept when collate writes that file again', async () => {
    const d = freshDir();
    const map = join(d, 'class-3-map.xlsx');
    const school = join(d, 'school.xlsx');
    expect((await provmap('structure', books.comment, '-o', map)).code).toBe(0);
    expect((await provmap('collate', map, '-o', school)).code).toBe(0);
    // The SENCO adds a chart to the school file.
    await promisify(execFile)(SYSTEM_PYTHON, [
      '-c',
      [
        'import openpyxl, sys',
        'from openpyxl.chart import BarChart, Reference',
        'wb = openpyxl.load_workbook(sys.argv[1])',
        `ws = wb["${SHEET.summary}"]`,
        'c = BarChart()',
        'c.add_data(Reference(ws, min_col=2, min_row=1, max_row=3))',
        'ws.add_chart(c, "H4")',
        'wb.save(sys.argv[1])',
      ].join('\n'),
      school,
    ]);
    const r = await provmap('collate', map, '-o', school);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      `Warning: The chart on sheet "${SHEET.summary}" at H4 could not be kept: ${school} was written again without it.`,
    );
  });
});
