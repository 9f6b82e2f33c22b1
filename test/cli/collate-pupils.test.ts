// `provmap collate` takes SEN, pupil premium, EAL and year from each class file's Pupils sheet, which is
// where a structured class map keeps them, so the leaders' figures by group are not empty.

import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_PROVISION_MAP, SEED_PROVISION_SHEET } from '../../core/examples/index.js';
import { SHEET } from '../../core/plan/sheet-names.js';
import type { Report } from '../../core/report.js';
import { freshDir, provmap, writeTeacherFile } from '../support/cli-run.js';

let dir: string;
let classFile: string;

/** SEN status and pupil premium a SENCO typed into the class file's Pupils sheet. */
const TYPED: Record<string, [string, string]> = { Joe: ['K', 'Y'], Amy: ['E', 'N'], Dan: ['N', 'Y'] };

beforeAll(async () => {
  dir = freshDir();
  const teacher = await writeTeacherFile(dir, 'class-3.xlsx', [SEED_PROVISION_MAP]);
  classFile = join(dir, 'class-3-structured.xlsx');
  const r = await provmap('structure', teacher, '-o', classFile, '--sheet', SEED_PROVISION_SHEET);
  expect(r.code, r.stderr).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(classFile);
  const ws = wb.getWorksheet(SHEET.pupils)!;
  let header = 0;
  ws.eachRow((row, n) => {
    if (!header && row.values && (row.values as unknown[]).includes('SEN')) header = n;
  });
  const cols = ws.getRow(header).values as unknown[];
  const [pupilCol, senCol, ppCol] = ['Pupil', 'SEN', 'PP'].map((h) => cols.indexOf(h)) as [
    number,
    number,
    number,
  ];
  expect(Math.min(pupilCol, senCol, ppCol)).toBeGreaterThan(0);
  ws.eachRow((row, n) => {
    const typed = n > header ? TYPED[String(row.getCell(pupilCol).value)] : undefined;
    if (!typed) return;
    row.getCell(senCol).value = typed[0];
    row.getCell(ppCol).value = typed[1];
  });
  await wb.xlsx.writeFile(classFile);
});

describe('provmap collate with the class files’ Pupils sheets', () => {
  it('reports each pupil with the SEN and pupil premium typed on their class’s Pupils sheet', async () => {
    const r = await provmap('collate', classFile, '-o', join(dir, 'school.xlsx'), '--json');
    expect(r.code, r.stderr).toBe(0);
    const pupils = new Map((JSON.parse(r.stdout) as Report).pupils.map((p) => [p.name, p]));
    expect(pupils.get('Joe')).toMatchObject({ sen: 'K', pp: true });
    expect(pupils.get('Amy')).toMatchObject({ sen: 'E', pp: false });
    expect(pupils.get('Dan')).toMatchObject({ sen: 'N', pp: true });
    expect(pupils.get('Fred')).toMatchObject({ sen: null, pp: null });
  });
});
