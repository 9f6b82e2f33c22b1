// Opening xlsx bytes: what is not a workbook, what is a workbook provmap cannot read, and what it reads.

import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../cli/xlsx/input-error.js';
import { loadWorkbook, openWorkbook } from '../../../cli/xlsx/open-workbook.js';
import { bytesOf, classSheet, editPart, excelJsPackage } from './package/packages.js';

async function failure(bytes: Uint8Array): Promise<InputError> {
  const e = await openWorkbook(bytes, 'class-3.xlsx').catch((x: unknown) => x);
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

describe('openWorkbook', () => {
  it('refuses bytes that are not a zip, and a zip that is not a workbook (.docx, .ods), as NOT_A_SPREADSHEET', async () => {
    expect((await failure(new TextEncoder().encode('Name,Year\nAmy,3\n'))).code).toBe('NOT_A_SPREADSHEET');
    const docx = new JSZip();
    docx.file('word/document.xml', '<w:document/>');
    docx.file('[Content_Types].xml', '<Types/>');
    expect((await failure(await docx.generateAsync({ type: 'uint8array' }))).code).toBe('NOT_A_SPREADSHEET');
  });

  it('says UNREADABLE_WORKBOOK, with what went wrong, for a workbook it cannot read even after repair', async () => {
    const zip = await excelJsPackage((wb) => classSheet(wb));
    // A drawing named by a relationship that does not exist.
    await editPart(zip, 'xl/worksheets/sheet1.xml', '</worksheet>', '<drawing r:id="rId77"/></worksheet>');
    const e = await failure(await bytesOf(zip));
    expect(e.code).toBe('UNREADABLE_WORKBOOK');
    expect(e.path).toBe('class-3.xlsx');
    expect(e.detail).toMatch(/\w/);
  });

  it('reads a workbook from an ArrayBuffer too', async () => {
    const bytes = await bytesOf(await excelJsPackage((wb) => classSheet(wb)));
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const wb = await loadWorkbook(copy);
    expect(wb.getWorksheet('Class 3')!.getCell('A2').value).toBe('Amy');
  });
});
