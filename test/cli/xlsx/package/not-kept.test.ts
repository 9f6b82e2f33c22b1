// What the output cannot carry is found before reading, and matches what ExcelJS really does: every kind
// reported as not kept is gone after a round trip through ExcelJS, and what is not reported is still there.

import ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../../cli/xlsx/open-workbook.js';
import { findNotKept } from '../../../../cli/xlsx/package/not-kept.js';
import type { NotKept } from '../../../../cli/xlsx/package/not-kept.js';
import { ZipPackage } from '../../../../cli/xlsx/package/zip-package.js';
import {
  addRelationship,
  anchorXml,
  bytesOf,
  CHART_PART,
  chartFrame,
  classSheet,
  editPart,
  excelJsPackage,
  partsOf,
  partText,
  PNG,
  REL,
  TEXT_BOX,
} from './packages.js';

const SHEET1 = 'xl/worksheets/sheet1.xml';
const SHEET2 = 'xl/worksheets/sheet2.xml';
const DRAWING = 'xl/drawings/drawing1.xml';
const X14 = 'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"';
const XM = 'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"';

/** "Class 3" with a picture at D2 and a note on A2; a plain "Summary" sheet. */
async function teacherPackage(): Promise<JSZip> {
  return excelJsPackage((wb) => {
    const ws = classSheet(wb);
    const image = wb.addImage({ buffer: Buffer.from(PNG) as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(image, 'D2:E4');
    ws.getCell('A2').note = 'Check the group size';
    wb.addWorksheet('Summary').getCell('A1').value = 'Summary';
  });
}

async function notKeptIn(zip: JSZip): Promise<NotKept[]> {
  return findNotKept((await ZipPackage.open(await bytesOf(zip)))!);
}

/** The package ExcelJS writes after reading `zip` the way provmap does. */
async function roundTrip(zip: JSZip): Promise<{ parts: string[]; text: (part: string) => Promise<string> }> {
  const { workbook } = await openWorkbook(await bytesOf(zip));
  const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const out = await (await import('jszip')).default.loadAsync(bytes);
  return { parts: await partsOf(bytes), text: (part) => partText(out, part) };
}

async function extension(zip: JSZip, sheetPart: string, content: string): Promise<void> {
  await editPart(
    zip,
    sheetPart,
    '</worksheet>',
    `<extLst><ext uri="{x}" ${X14}>${content}</ext></extLst></worksheet>`,
  );
}

interface Case {
  name: string;
  add: (zip: JSZip) => Promise<void>;
  expected: NotKept[];
  /** True when the round trip's output no longer has it. */
  gone: (out: Awaited<ReturnType<typeof roundTrip>>) => Promise<boolean>;
}

const noPart = (re: RegExp) => async (out: { parts: string[] }) => !out.parts.some((p) => re.test(p));

const CASES: Case[] = [
  {
    name: 'a chart beside a picture',
    add: async (zip) => {
      await editPart(zip, DRAWING, '</xdr:wsDr>', `${anchorXml(5, 9, chartFrame('rId9'))}</xdr:wsDr>`);
      zip.file('xl/charts/chart1.xml', CHART_PART);
      await addRelationship(zip, DRAWING, { id: 'rId9', type: REL.chart, target: '../charts/chart1.xml' });
    },
    expected: [{ kind: 'chart', sheet: 'Class 3', cell: 'F10', count: 1 }],
    gone: noPart(/^xl\/charts\//),
  },
  {
    name: 'a text box',
    add: async (zip) => editPart(zip, DRAWING, '</xdr:wsDr>', `${anchorXml(0, 12, TEXT_BOX)}</xdr:wsDr>`),
    expected: [{ kind: 'shape', sheet: 'Class 3', cell: 'A13', count: 1 }],
    gone: async (out) => !(await out.text(DRAWING)).includes('Remember: review in March'),
  },
  {
    name: 'a pivot table',
    add: async (zip) => {
      zip.file(
        'xl/pivotTables/pivotTable1.xml',
        '<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="P1" cacheId="1"><location ref="B3:D8" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/></pivotTableDefinition>',
      );
      await addRelationship(zip, SHEET2, {
        id: 'rId1',
        type: REL.pivotTable,
        target: '../pivotTables/pivotTable1.xml',
      });
    },
    expected: [{ kind: 'pivot table', sheet: 'Summary', cell: 'B3', count: 1 }],
    gone: noPart(/pivotTable/),
  },
  {
    name: 'comment threads (two threads, one reply)',
    add: async (zip) => {
      zip.file(
        'xl/threadedComments/threadedComment1.xml',
        '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="B2" id="{1}" personId="{p}"><text>Is this right?</text></threadedComment><threadedComment ref="B2" id="{2}" parentId="{1}" personId="{p}"><text>Yes</text></threadedComment><threadedComment ref="B3" id="{3}" personId="{p}"><text>Absent</text></threadedComment></ThreadedComments>',
      );
      await addRelationship(zip, SHEET1, {
        id: 'rId90',
        type: REL.threadedComment,
        target: '../threadedComments/threadedComment1.xml',
      });
    },
    expected: [{ kind: 'comment thread', sheet: 'Class 3', cell: null, count: 2 }],
    gone: noPart(/threadedComment/),
  },
  {
    name: 'a slicer, a form control and an embedded object',
    add: async (zip) => {
      for (const [id, type, target] of [
        ['rId91', REL.slicer, '../slicers/slicer1.xml'],
        ['rId92', REL.ctrlProp, '../ctrlProps/ctrlProp1.xml'],
        ['rId93', REL.oleObject, '../embeddings/oleObject1.bin'],
      ] as const) {
        zip.file(target.replace('..', 'xl'), '<x/>');
        await addRelationship(zip, SHEET1, { id, type, target });
      }
    },
    expected: [
      { kind: 'slicer', sheet: 'Class 3', cell: null, count: 1 },
      { kind: 'form control', sheet: 'Class 3', cell: null, count: 1 },
      { kind: 'embedded object', sheet: 'Class 3', cell: null, count: 1 },
    ],
    gone: noPart(/slicer|ctrlProp|embeddings/),
  },
  {
    name: 'Excel 2010 dropdowns from another sheet, and sparklines',
    add: async (zip) => {
      await extension(
        zip,
        SHEET2,
        `<x14:dataValidations count="2" ${XM}><x14:dataValidation type="list"><x14:formula1><xm:f>Lists!$A$1:$A$5</xm:f></x14:formula1><xm:sqref>C2:C30</xm:sqref></x14:dataValidation><x14:dataValidation type="list"><x14:formula1><xm:f>Lists!$B$1:$B$5</xm:f></x14:formula1><xm:sqref>D2:D30 F2</xm:sqref></x14:dataValidation></x14:dataValidations><x14:sparklineGroups ${XM}><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f>'Class 3'!B2:B3</xm:f><xm:sqref>E2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups>`,
      );
    },
    expected: [
      { kind: 'validation rule', sheet: 'Summary', cell: 'C2', count: 2 },
      { kind: 'sparkline group', sheet: 'Summary', cell: 'E2', count: 1 },
    ],
    gone: async (out) => !/Lists!|sparkline/.test(await out.text(SHEET2)),
  },
  {
    name: 'a chart sheet',
    add: async (zip) => {
      await editPart(
        zip,
        'xl/workbook.xml',
        '</sheets>',
        '<sheet name="Chart &amp; notes" sheetId="9" r:id="rId99"/></sheets>',
      );
      zip.file('xl/chartsheets/sheet1.xml', '<chartsheet/>');
      await addRelationship(zip, 'xl/workbook.xml', {
        id: 'rId99',
        type: REL.chartsheet,
        target: 'chartsheets/sheet1.xml',
      });
    },
    expected: [{ kind: 'chart sheet', sheet: 'Chart & notes', cell: null, count: 1 }],
    gone: noPart(/chartsheets/),
  },
  {
    name: 'macros and a link to another workbook',
    add: async (zip) => {
      zip.file('xl/vbaProject.bin', new Uint8Array([1, 2, 3]));
      zip.file('xl/externalLinks/externalLink1.xml', '<externalLink/>');
      await addRelationship(zip, 'xl/workbook.xml', {
        id: 'rId97',
        type: REL.vbaProject,
        target: 'vbaProject.bin',
      });
      await addRelationship(zip, 'xl/workbook.xml', {
        id: 'rId98',
        type: REL.externalLink,
        target: 'externalLinks/externalLink1.xml',
      });
    },
    expected: [
      { kind: 'macros', sheet: null, cell: null, count: 1 },
      { kind: 'link to another workbook', sheet: null, cell: null, count: 1 },
    ],
    gone: noPart(/vbaProject|externalLink/),
  },
];

describe('findNotKept', () => {
  it('reports nothing for pictures and notes, and ExcelJS keeps both', async () => {
    const zip = await teacherPackage();
    expect(await notKeptIn(zip)).toEqual([]);
    const out = await roundTrip(zip);
    expect(out.parts).toContain('xl/media/image1.png');
    expect(await out.text(DRAWING)).toContain('<xdr:pic>');
    const comments = out.parts.find((p) => /^xl\/comments\d+\.xml$/.test(p));
    expect(await out.text(comments!)).toContain('Check the group size');
  });

  for (const c of CASES)
    it(`reports ${c.name}, which ExcelJS drops, and nothing else`, async () => {
      const zip = await teacherPackage();
      await c.add(zip);
      expect(await notKeptIn(zip)).toEqual(c.expected);
      const out = await roundTrip(zip);
      expect(await c.gone(out)).toBe(true);
      // Everything not reported is still there.
      expect(out.parts).toContain('xl/media/image1.png');
    });

  it('reports the pictures of a drawing ExcelJS cannot parse, which would otherwise stop it reading', async () => {
    const zip = await teacherPackage();
    const xml = await partText(zip, DRAWING);
    // The drawing as openpyxl writes it: the drawing namespace as the default, no "xdr:" prefix.
    zip.file(DRAWING, xml.replace(/xdr:/g, '').replace('xmlns:xdr=', 'xmlns='));
    expect(await notKeptIn(zip)).toEqual([{ kind: 'picture', sheet: 'Class 3', cell: 'D2', count: 1 }]);
    await expect(
      new ExcelJS.Workbook().xlsx.load((await bytesOf(zip)) as unknown as ArrayBuffer),
    ).rejects.toThrow();
    const out = await roundTrip(zip);
    // ExcelJS still stores the image file, but no drawing shows it.
    expect(out.parts.filter((p) => p.startsWith('xl/drawings/drawing'))).toEqual([]);
    expect(await out.text('xl/sharedStrings.xml')).toContain('Amy');
  });

  it('does not take ordinary dropdowns for Excel 2010 ones when a conditional format has an extLst of its own', async () => {
    const zip = await excelJsPackage((wb) => {
      const ws = classSheet(wb);
      ws.getCell('B2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"2c,2b,2a"'] };
    });
    await editPart(
      zip,
      SHEET1,
      '<dataValidations',
      `<conditionalFormatting sqref="B2"><cfRule type="expression" priority="1"><formula>TRUE</formula><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" ${X14}><x14:id>{1}</x14:id></ext></extLst></cfRule></conditionalFormatting><dataValidations`,
    );
    expect(await notKeptIn(zip)).toEqual([]);
  });

  it('counts several objects of a kind on one sheet, with the first one’s cell', async () => {
    const zip = await teacherPackage();
    await editPart(
      zip,
      DRAWING,
      '</xdr:wsDr>',
      `${anchorXml(7, 2, TEXT_BOX)}${anchorXml(1, 20, TEXT_BOX)}</xdr:wsDr>`,
    );
    expect(await notKeptIn(zip)).toEqual([{ kind: 'shape', sheet: 'Class 3', cell: 'H3', count: 2 }]);
  });
});
