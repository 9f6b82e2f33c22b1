// `provmap structure --kind class-list` on a class list exported from a school MIS, as a CSV file.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { XlsxFileHost } from '../../cli/io/file-host.js';
import { SHEET } from '../../core/plan/sheet-names.js';
import type { PupilReport, Report } from '../../core/report.js';
import { freshDir, provmap } from '../support/cli-run.js';

// As SIMS-style exports write it: legal and preferred names, coded SEN status, Y/N flags, UK dates.
const MIS_EXPORT = [
  'UPN,Legal Surname,Legal Forename,Preferred Forename,Year,Reg Group,Gender,DOB,SEN Status,Pupil Premium Indicator,EAL',
  'A123456789012,Smith,Amelia,Amy,Year 3,3B,F,02/09/2015,K - SEN Support,Y,N',
  'B123456789012,Jones,Joseph,,Y3,3B,M,14/11/2015,N,N,Y',
  'C123456789012,Patel,Priya,,3,3A,F,2016-01-05,E - EHC Plan,True,False',
].join('\r\n');

const PUPILS: PupilReport[] = [
  { name: 'Amy Smith', upn: 'A123456789012', year: 3, group: '3B', sen: 'K', pp: true, eal: false },
  { name: 'Joseph Jones', upn: 'B123456789012', year: 3, group: '3B', sen: 'N', pp: false, eal: true },
  { name: 'Priya Patel', upn: 'C123456789012', year: 3, group: '3A', sen: 'E', pp: true, eal: false },
];

let dir: string;
let csv: string;

beforeAll(() => {
  dir = freshDir();
  csv = join(dir, 'class-3-export.csv');
  writeFileSync(csv, `\uFEFF${MIS_EXPORT}\r\n`);
});

describe('provmap structure --kind class-list', () => {
  it('reports each pupil with UPN, year, class, SEN, PP and EAL in --json', async () => {
    const r = await provmap('structure', csv, '-o', join(dir, 'json.xlsx'), '--kind', 'class-list', '--json');
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.pupils).toEqual(PUPILS);
    expect(report.interventions).toEqual([]);
    expect(report.tracking).toEqual([]);
    expect(report.diagnostics).toEqual([]);
  });

  it('writes a Pupils sheet with one row per pupil, beside the export, and says where to look', async () => {
    const out = join(dir, 'pupils.xlsx');
    const r = await provmap('structure', csv, '-o', out, '--kind', 'class-list');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('  3 pupils.');
    expect(r.stdout).toContain(`Open ${out} and go to the "${SHEET.pupils}" sheet.`);

    const host = new XlsxFileHost({ input: out });
    expect((await host.listSheets()).map((s) => s.name)).toEqual([
      'class-3-export',
      SHEET.pupils,
      SHEET.scales,
    ]);
    const [grid] = await host.readGrids([SHEET.pupils]);
    const [header, ...rows] = grid!.values;
    const col = (name: string) => {
      const i = header!.indexOf(name);
      expect(i, `column ${name}`).toBeGreaterThanOrEqual(0);
      return rows.map((row) => row[i]);
    };
    expect(col('Pupil')).toEqual(['Amy Smith', 'Joseph Jones', 'Priya Patel']);
    expect(col('UPN')).toEqual(['A123456789012', 'B123456789012', 'C123456789012']);
    expect(col('Year')).toEqual([3, 3, 3]);
    expect(col('Class')).toEqual(['3B', '3B', '3A']);
    expect(col('SEN')).toEqual(['K', 'N', 'E']);
    expect(col('PP')).toEqual(['Y', 'N', 'Y']);
    expect(col('EAL')).toEqual(['N', 'Y', 'N']);
    expect(col('Gender')).toEqual(['F', 'M', 'F']);
    expect(col('Date of birth').map((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))).toEqual([
      '2015-09-02',
      '2015-11-14',
      '2016-01-05',
    ]);
  });
});
