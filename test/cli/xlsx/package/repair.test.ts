// Packages laid out as other writers lay them out trip ExcelJS; after repair it reads them with nothing lost.

import ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../../cli/xlsx/open-workbook.js';
import {
  commentTextInRuns,
  repairForExcelJs,
  tableWithStyleInfo,
} from '../../../../cli/xlsx/package/repair.js';
import { ZipPackage } from '../../../../cli/xlsx/package/zip-package.js';
import {
  addRelationship,
  bytesOf,
  classSheet,
  editPart,
  excelJsPackage,
  movePart,
  partsOf,
  partText,
  REL,
} from './packages.js';

const SHEET1 = 'xl/worksheets/sheet1.xml';
const SHEET1_RELS = 'xl/worksheets/_rels/sheet1.xml.rels';

/** "Class 3" with a note on A2 and its pupils as an Excel table. */
async function teacherPackage(): Promise<JSZip> {
  return excelJsPackage((wb) => {
    const ws = classSheet(wb);
    ws.getCell('A2').note = 'Check the group size';
    ws.addTable({
      name: 'Reading',
      ref: 'D1',
      headerRow: true,
      columns: [{ name: 'Pupil' }, { name: 'Book band' }],
      rows: [
        ['Amy', 'Gold'],
        ['Joe', 'White'],
      ],
    });
  });
}

/** What ExcelJS alone makes of the bytes: the error it throws, or null when it reads them. */
async function excelJsAlone(bytes: Uint8Array): Promise<unknown> {
  return new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer).then(
    () => null,
    (e: unknown) => e,
  );
}

/** The note text on a cell of a workbook that went through openWorkbook and back out to bytes. */
async function written(bytes: Uint8Array): Promise<{ wb: ExcelJS.Workbook; parts: string[] }> {
  const { workbook, notKept } = await openWorkbook(bytes, 'teacher.xlsx');
  expect(notKept).toEqual([]);
  const out = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(out as unknown as ArrayBuffer);
  return { wb: again, parts: await partsOf(out) };
}

function noteText(wb: ExcelJS.Workbook, sheet: string, cell: string): string {
  const note = wb.getWorksheet(sheet)!.getCell(cell).note;
  if (typeof note === 'string') return note;
  return (note?.texts ?? []).map((t) => t.text).join('');
}

describe('repairForExcelJs (through openWorkbook)', () => {
  it('reads openpyxl’s layout: absolute targets, comments under xl/comments/, plain comment text, unstyled tables', async () => {
    const zip = await teacherPackage();
    const rels = await partText(zip, SHEET1_RELS);
    const table = rels.match(/Target="\.\.\/tables\/(table\d+\.xml)"/)![1]!;
    await movePart(zip, 'xl/comments1.xml', 'xl/comments/comment1.xml');
    await movePart(zip, 'xl/drawings/vmlDrawing1.vml', 'xl/drawings/commentsDrawing1.vml');
    await editPart(zip, SHEET1_RELS, 'Target="../comments1.xml"', 'Target="/xl/comments/comment1.xml"');
    await editPart(
      zip,
      SHEET1_RELS,
      'Target="../drawings/vmlDrawing1.vml"',
      'Target="/xl/drawings/commentsDrawing1.vml"',
    );
    await editPart(zip, SHEET1_RELS, `Target="../tables/${table}"`, `Target="/xl/tables/${table}"`);
    await editPart(
      zip,
      'xl/comments/comment1.xml',
      /<r>(?:<rPr>[\s\S]*?<\/rPr>)?(<t[^>]*>[^<]*<\/t>)<\/r>/,
      '$1',
    );
    await editPart(zip, `xl/tables/${table}`, /<tableStyleInfo[^>]*\/>/, '');
    const bytes = await bytesOf(zip);
    expect(await excelJsAlone(bytes)).toBeInstanceOf(Error);

    const { wb, parts } = await written(bytes);
    expect(noteText(wb, 'Class 3', 'A2')).toBe('Check the group size');
    expect(parts.some((p) => /^xl\/tables\/table\d+\.xml$/.test(p))).toBe(true);
    expect(wb.getWorksheet('Class 3')!.getCell('D2').value).toBe('Amy');
  });

  it('finds a worksheet and the shared strings stored under other names', async () => {
    const zip = await teacherPackage();
    await movePart(zip, SHEET1, 'xl/worksheets/class3.xml');
    await movePart(zip, SHEET1_RELS, 'xl/worksheets/_rels/class3.xml.rels');
    await movePart(zip, 'xl/sharedStrings.xml', 'xl/strings.xml');
    await editPart(zip, 'xl/_rels/workbook.xml.rels', 'worksheets/sheet1.xml', 'worksheets/class3.xml');
    await editPart(
      zip,
      'xl/_rels/workbook.xml.rels',
      'Target="sharedStrings.xml"',
      'Target="/xl/strings.xml"',
    );
    const bytes = await bytesOf(zip);
    const alone = new ExcelJS.Workbook();
    await alone.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(alone.getWorksheet('Class 3')).toBeUndefined();

    const { wb } = await written(bytes);
    expect(wb.getWorksheet('Class 3')!.getCell('A2').value).toBe('Amy');
    expect(noteText(wb, 'Class 3', 'A2')).toBe('Check the group size');
  });

  it('changes nothing in a package ExcelJS already reads (an external relationship included)', async () => {
    const zip = await teacherPackage();
    await addRelationship(zip, SHEET1, {
      id: 'rId70',
      type: REL.hyperlink,
      target: 'https://example.invalid/policy',
      external: true,
    });
    const pkg = (await ZipPackage.open(await bytesOf(zip)))!;
    await repairForExcelJs(pkg);
    expect(pkg.changed).toBe(false);
    await editPart(zip, SHEET1_RELS, 'Target="../comments1.xml"', 'Target="/xl/comments1.xml"');
    const absolute = (await ZipPackage.open(await bytesOf(zip)))!;
    await repairForExcelJs(absolute);
    expect(absolute.changed).toBe(true);
    expect((await absolute.relationships(SHEET1)).map((r) => r.target)).toContain('../comments1.xml');
  });
});

describe('commentTextInRuns', () => {
  it('wraps plain comment text in a run, and leaves runs alone', () => {
    expect(
      commentTextInRuns('<comment ref="A1"><text><t xml:space="preserve">Hi &amp; bye</t></text></comment>'),
    ).toBe('<comment ref="A1"><text><r><t xml:space="preserve">Hi &amp; bye</t></r></text></comment>');
    const runs = '<text><r><rPr><b/></rPr><t>Mrs T:</t></r><r><t>note</t></r></text>';
    expect(commentTextInRuns(runs)).toBe(runs);
  });
});

describe('tableWithStyleInfo', () => {
  it('adds "no style" where a table has none, before any extLst, and keeps a table’s own style', () => {
    expect(tableWithStyleInfo('<table ref="A1:B3"><tableColumns count="2"/></table>')).toBe(
      '<table ref="A1:B3"><tableColumns count="2"/><tableStyleInfo showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/></table>',
    );
    expect(tableWithStyleInfo('<table><tableColumns/><extLst><ext/></extLst></table>')).toMatch(
      /<tableColumns\/><tableStyleInfo [^>]*\/><extLst>/,
    );
    const styled = '<table><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>';
    expect(tableWithStyleInfo(styled)).toBe(styled);
  });
});
