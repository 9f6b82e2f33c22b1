// The provmap command line: every command's happy path, the --json report, and every error path.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleWorkbook, MESSY_TRACKER_SHEET, SEED_PROVISION_SHEET } from '../../core/examples/index.js';
import type { Grid } from '../../core/grid.js';
import { SHEET } from '../../core/plan/sheet-names.js';
import type { Report } from '../../core/report.js';
import { filesIn, freshDir, provmap, writeTeacherFile } from '../support/cli-run.js';
import { XlsxFileHost } from '../../cli/io/file-host.js';

const REPORT_KEYS = ['diagnostics', 'enrolments', 'interventions', 'pupils', 'tracking'];

async function sheetNames(path: string): Promise<string[]> {
  return (await new XlsxFileHost({ input: path }).listSheets()).map((s) => s.name);
}

let dir: string;
let teacher: string;
let trackerFile: string;

beforeAll(async () => {
  dir = freshDir();
  teacher = await writeTeacherFile(dir, 'class-3.xlsx', exampleWorkbook());
  trackerFile = join(dir, 'class-3-tracker.xlsx');
  const r = await provmap('structure', teacher, '-o', trackerFile, '--sheet', MESSY_TRACKER_SHEET);
  expect(r.code, r.stderr).toBe(0);
});

describe('provmap structure', () => {
  it('structures the first recognised sheet into a new file and leaves the input as it was', async () => {
    const before = readFileSync(teacher);
    const out = join(dir, 'structured.xlsx');
    const r = await provmap('structure', teacher, '-o', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Wrote ${out}`);
    expect(r.stdout).toContain(SEED_PROVISION_SHEET);
    expect(readFileSync(teacher).equals(before)).toBe(true);
    const names = await sheetNames(out);
    expect(names.slice(0, 2)).toEqual([SEED_PROVISION_SHEET, MESSY_TRACKER_SHEET]);
    expect(names).toContain(SHEET.provisionMap);
  });

  it('prints exactly one JSON report with --json', async () => {
    const r = await provmap('structure', teacher, '-o', join(dir, 'json.xlsx'), '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Record<string, unknown[]>;
    expect(Object.keys(report).sort()).toEqual(REPORT_KEYS);
    expect(report.interventions!.length).toBe(4);
    expect(report.enrolments!.length).toBeGreaterThanOrEqual(16);
    expect(r.stdout.trim().startsWith('{') && r.stdout.trim().endsWith('}')).toBe(true);
  });

  it('structures the sheet named with --sheet, as the kind given with --kind', async () => {
    const out = join(dir, 'tracker.xlsx');
    const r = await provmap(
      'structure',
      teacher,
      '-o',
      out,
      '--sheet',
      MESSY_TRACKER_SHEET,
      '--kind',
      'tracking',
      '--json',
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { tracking: unknown[] };
    expect(report.tracking.length).toBe(8);
    expect(await sheetNames(out)).toContain(SHEET.tracker);
  });

  it('reads a CSV file (BOM, semicolons, quoted newlines) and keeps its data in the output', async () => {
    const csv = join(dir, 'numeracy.csv');
    writeFileSync(
      csv,
      '\uFEFFIntervention;Group size;Frequency/duration;Staff;Pupils;Entry data;Target;Exit data\r\n' +
        'Numeracy;1:6;4 x 20 mins x 6 weeks;HLTA;"Dan\nFred\nCarl";"3c\n3c\n3b";Plus one sub-level;"3b\n3b\n3b"\r\n',
    );
    const out = join(dir, 'numeracy.xlsx');
    const r = await provmap('structure', csv, '-o', out, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { enrolments: { pupil: string; status: string }[] };
    expect(report.enrolments.map((e) => [e.pupil, e.status])).toEqual([
      ['Dan', 'met'],
      ['Fred', 'met'],
      ['Carl', 'not met'],
    ]);
    expect((await sheetNames(out))[0]).toBe('numeracy');
  });
});

describe('provmap errors', () => {
  const cases: {
    name: string;
    args: (d: string) => string[];
    setup?: (d: string) => Promise<void> | void;
    message: RegExp;
  }[] = [
    {
      name: 'file not found',
      args: (d) => ['structure', join(d, 'missing.xlsx'), '-o', join(d, 'out.xlsx')],
      message: /Cannot find the file/,
    },
    {
      name: 'not a spreadsheet (unknown extension)',
      setup: (d) => writeFileSync(join(d, 'notes.docx'), 'hello'),
      args: (d) => ['structure', join(d, 'notes.docx'), '-o', join(d, 'out.xlsx')],
      message: /not a spreadsheet/,
    },
    {
      name: 'not a spreadsheet (bad zip)',
      setup: (d) => writeFileSync(join(d, 'broken.xlsx'), 'PK\u0003\u0004 but not really a zip'),
      args: (d) => ['structure', join(d, 'broken.xlsx'), '-o', join(d, 'out.xlsx')],
      message: /not a spreadsheet/,
    },
    {
      name: 'no table found',
      setup: async (d) =>
        void (await writeTeacherFile(d, 'shopping.xlsx', [
          { sheet: 'List', values: [['eggs'], ['milk']], merges: [] },
        ])),
      args: (d) => ['structure', join(d, 'shopping.xlsx'), '-o', join(d, 'out.xlsx')],
      message: /No provision map, tracker or class list/,
    },
    {
      name: 'sheet not found',
      args: (d) => ['structure', teacher, '-o', join(d, 'out.xlsx'), '--sheet', 'Nope'],
      message: /no sheet called "Nope"/,
    },
    {
      name: 'output is the input',
      setup: async (d) => void (await writeTeacherFile(d, 'mine.xlsx', exampleWorkbook())),
      args: (d) => ['structure', join(d, 'mine.xlsx'), '-o', join(d, 'mine.xlsx')],
      message: /never overwrites/,
    },
    {
      name: 'output is not .xlsx',
      args: (d) => ['structure', teacher, '-o', join(d, 'out.csv')],
      message: /must end in \.xlsx/,
    },
    {
      name: 'collate with a file that holds no map',
      setup: async (d) =>
        void (await writeTeacherFile(d, 'shopping.xlsx', [
          { sheet: 'List', values: [['eggs']], merges: [] },
        ])),
      args: (d) => ['collate', teacher, join(d, 'shopping.xlsx'), '-o', join(d, 'out.xlsx')],
      message: /No provision map/,
    },
    {
      name: 'evaluate a missing file',
      args: (d) => ['evaluate', join(d, 'gone.xlsx'), '-o', join(d, 'out.xlsx')],
      message: /Cannot find/,
    },
    {
      name: 'evaluate a workbook provmap never structured',
      args: (d) => ['evaluate', teacher, '-o', join(d, 'out.xlsx')],
      message:
        /has no "Provision Map", "Tracker" or "School Map" sheet[^]*provmap structure \S+class-3\.xlsx -o/,
    },
    {
      name: 'review a workbook provmap never structured',
      args: (d) => ['review', teacher, '-o', join(d, 'out.xlsx')],
      message:
        /has no "Provision Map", "Tracker" or "School Map" sheet[^]*provmap structure \S+class-3\.xlsx -o/,
    },
    {
      name: 'add-point without a Tracker sheet',
      args: (d) => ['add-point', teacher, '-o', join(d, 'out.xlsx')],
      message: /has no "Tracker" sheet[^]*provmap structure \S+ -o <new file>\.xlsx \(add --kind tracking/,
    },
    {
      name: 'add-point with a blank label',
      args: (d) => ['add-point', trackerFile, '-o', join(d, 'out.xlsx'), '--label', '  '],
      message: /An assessment point needs a name/,
    },
    {
      name: 'a CSV file with a quotation mark never closed',
      setup: (d) => writeFileSync(join(d, 'pupils.csv'), 'Name,Year\n"Amy,3\nBob,4\n'),
      args: (d) => ['structure', join(d, 'pupils.csv'), '-o', join(d, 'out.xlsx')],
      message: /could not be read as a CSV file: .*line 3[^]*quotation marks/,
    },
    {
      name: 'a zip that is not a workbook (a Word file named .xlsx)',
      setup: async (d) => {
        const docx = new JSZip();
        docx.file('word/document.xml', '<w:document/>');
        writeFileSync(join(d, 'letter.xlsx'), await docx.generateAsync({ type: 'uint8array' }));
      },
      args: (d) => ['structure', join(d, 'letter.xlsx'), '-o', join(d, 'out.xlsx')],
      message: /not a spreadsheet provmap can read/,
    },
    {
      name: 'an Excel workbook provmap cannot read',
      setup: async (d) => {
        const path = await writeTeacherFile(d, 'odd.xlsx', exampleWorkbook());
        const zip = await JSZip.loadAsync(readFileSync(path));
        const sheet = zip.file('xl/worksheets/sheet1.xml')!;
        const xml = (await sheet.async('string')).replace(
          '</worksheet>',
          '<drawing r:id="rId77"/></worksheet>',
        );
        zip.file('xl/worksheets/sheet1.xml', xml);
        writeFileSync(path, await zip.generateAsync({ type: 'uint8array' }));
      },
      args: (d) => ['structure', join(d, 'odd.xlsx'), '-o', join(d, 'out.xlsx')],
      message: /is an Excel workbook, but provmap could not read everything in it[^]*save it again/,
    },
    {
      name: 'an output folder that cannot be made (a file is in the way)',
      setup: (d) => writeFileSync(join(d, 'reports'), 'a file, not a folder'),
      args: (d) => ['structure', teacher, '-o', join(d, 'reports', 'out.xlsx')],
      message: /Cannot write "[^"]+out\.xlsx" \((ENOTDIR|EEXIST)\)[^]*choose another name/,
    },
  ];

  for (const c of cases)
    it(`${c.name}: exit 1, prose on stderr, nothing on stdout, no output file`, async () => {
      const d = freshDir();
      await c.setup?.(d);
      const before = filesIn(d);
      const r = await provmap(...c.args(d));
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(c.message);
      expect(r.stderr).not.toMatch(/unexpectedly|please report this/i);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(filesIn(d)).toEqual(before);
    });

  it('a missing required option or argument exits 1 with usage', async () => {
    const r = await provmap('structure', teacher);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--output/);
  });
});

describe('provmap help', () => {
  for (const command of ['structure', 'collate', 'evaluate', 'add-point', 'review', 'demo'])
    it(`${command} --help describes the command`, async () => {
      const r = await provmap(command, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`Usage: provmap ${command}`));
    });

  it('provmap --help lists every command', async () => {
    const r = await provmap('--help');
    expect(r.code).toBe(0);
    for (const command of ['structure', 'collate', 'evaluate', 'add-point', 'review', 'demo'])
      expect(r.stdout).toContain(command);
  });
});

describe('provmap collate, evaluate, review, add-point, demo', () => {
  let mapA: string;
  let mapB: string;
  let tracker: string;

  beforeAll(async () => {
    const d = freshDir();
    const other: Grid = {
      sheet: 'Class 4 provision',
      values: [
        [
          'Intervention',
          'Group size',
          'Frequency/duration',
          'Staff',
          'Pupils',
          'Entry data',
          'Target',
          'Exit data',
        ],
        [
          'Reading boost',
          '1:4',
          '3 x 20 mins x 6 weeks',
          'TA',
          'Priya\nOskar\nDan',
          '3c\n3b\n2a',
          'Plus one sub-level',
          '3b\n3b\n3c',
        ],
      ],
      merges: [],
    };
    const class4 = await writeTeacherFile(d, 'class-4.xlsx', [other]);
    mapA = join(d, 'class-3-map.xlsx');
    mapB = join(d, 'class-4-map.xlsx');
    tracker = join(d, 'class-3-tracker.xlsx');
    expect((await provmap('structure', teacher, '-o', mapA)).code).toBe(0);
    expect((await provmap('structure', class4, '-o', mapB)).code).toBe(0);
    expect((await provmap('structure', teacher, '-o', tracker, '--sheet', MESSY_TRACKER_SHEET)).code).toBe(0);
  });

  it('collate writes a school map and summary from several class files', async () => {
    const out = join(freshDir(), 'school.xlsx');
    const r = await provmap('collate', mapA, mapB, '-o', out, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Record<string, unknown[]>;
    expect(Object.keys(report).sort()).toEqual(REPORT_KEYS);
    expect(report.interventions!.length).toBe(5);
    const names = await sheetNames(out);
    expect(names).toContain(SHEET.schoolMap);
    expect(names).toContain(SHEET.summary);
  });

  it('collate reports progress on stderr for long runs, and keeps stdout to the one report', async () => {
    const out = join(freshDir(), 'school.xlsx');
    const r = await provmap(
      'collate',
      mapA,
      mapB,
      mapA.replace('class-3-map', 'class-3-map'),
      mapB,
      '-o',
      out,
      '--json',
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Reading 4 of 4/);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it('evaluate and review write new workbooks from a structured map', async () => {
    const d = freshDir();
    for (const command of ['evaluate', 'review']) {
      const out = join(d, `${command}.xlsx`);
      const r = await provmap(command, mapA, '-o', out, '--json');
      expect(r.code, r.stderr).toBe(0);
      expect(Object.keys(JSON.parse(r.stdout) as object).sort()).toEqual(REPORT_KEYS);
      expect(existsSync(out)).toBe(true);
    }
    expect(await sheetNames(join(d, 'review.xlsx'))).toContain(SHEET.review);
  });

  it('add-point adds a labelled assessment point to a tracker', async () => {
    const out = join(freshDir(), 'ap.xlsx');
    const r = await provmap('add-point', tracker, '-o', out, '--label', 'Summer 1');
    expect(r.code, r.stderr).toBe(0);
    const [grid] = await new XlsxFileHost({ input: out }).readGrids([SHEET.tracker]);
    expect(grid!.values.some((row) => row.includes('Summer 1'))).toBe(true);
  });

  it('demo writes the example workbooks and says what to open', async () => {
    const d = join(freshDir(), 'demo');
    const r = await provmap('demo', '-o', d);
    expect(r.code, r.stderr).toBe(0);
    expect(filesIn(d)).toEqual([
      'class-3-provision-map.xlsx',
      'class-3-tracker.xlsx',
      'class-3.xlsx',
      'school-summary.xlsx',
    ]);
    expect(r.stdout).toMatch(/Open .*class-3-provision-map\.xlsx/);
    // The class list reached the map's Pupils sheet, so leaders' figures by SEN group are not empty.
    const school = await provmap(
      'collate',
      join(d, 'class-3-provision-map.xlsx'),
      '-o',
      join(d, 'again.xlsx'),
      '--json',
    );
    const pupils = (JSON.parse(school.stdout) as Report).pupils;
    expect(pupils).toHaveLength(11);
    expect(pupils.find((p) => p.name === 'Fred')).toMatchObject({ sen: 'E', pp: false, eal: false });
    expect(pupils.filter((p) => p.sen === 'K').map((p) => p.name)).toEqual(['Amy', 'Joe', 'Max', 'Jack']);
  });
});
