// Relationship targets resolve and relativise as the package format says, and parts can be renamed.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  relativeTarget,
  relsPartOf,
  resolveTarget,
  ZipPackage,
} from '../../../../cli/xlsx/package/zip-package.js';
import { decodeXml, rootName, startTags } from '../../../../cli/xlsx/package/xml-tags.js';
import { bytesOf, classSheet, excelJsPackage } from './packages.js';

describe('relationship targets', () => {
  it('resolve relative to the source part, or from the root when absolute', () => {
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../comments1.xml')).toBe('xl/comments1.xml');
    expect(resolveTarget('xl/worksheets/sheet1.xml', '/xl/comments/comment1.xml')).toBe(
      'xl/comments/comment1.xml',
    );
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/workbook.xml', './worksheets/../styles.xml')).toBe('xl/styles.xml');
    expect(resolveTarget('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
    expect(resolveTarget('xl/drawings/drawing1.xml', '../media/image%201.png')).toBe('xl/media/image 1.png');
  });

  it('are written relative as Excel writes them', () => {
    expect(relativeTarget('xl/worksheets/sheet1.xml', 'xl/comments1.xml')).toBe('../comments1.xml');
    expect(relativeTarget('xl/worksheets/sheet1.xml', 'xl/drawings/vmlDrawing1.vml')).toBe(
      '../drawings/vmlDrawing1.vml',
    );
    expect(relativeTarget('xl/workbook.xml', 'xl/worksheets/sheet1.xml')).toBe('worksheets/sheet1.xml');
  });

  it('resolve back to the part they were made from', () => {
    const segment = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);
    const part = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `${s.join('/')}.xml`);
    fc.assert(
      fc.property(part, part, (source, target) => {
        expect(resolveTarget(source, relativeTarget(source, target))).toBe(target);
      }),
    );
  });

  it('name the .rels part of a part, and of the package', () => {
    expect(relsPartOf('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
    expect(relsPartOf('xl/worksheets/sheet3.xml')).toBe('xl/worksheets/_rels/sheet3.xml.rels');
    expect(relsPartOf('')).toBe('_rels/.rels');
  });
});

describe('ZipPackage', () => {
  it('is null for bytes that are not a zip', async () => {
    expect(await ZipPackage.open(new TextEncoder().encode('Name,Year\nAmy,3\n'))).toBeNull();
  });

  it('renames a part with its relationships, and writes the package back', async () => {
    const pkg = (await ZipPackage.open(await bytesOf(await excelJsPackage((wb) => classSheet(wb)))))!;
    expect(pkg.changed).toBe(false);
    const rels = await pkg.relationships('xl/workbook.xml');
    expect(rels.find((r) => r.type === 'worksheet')).toMatchObject({
      part: 'xl/worksheets/sheet1.xml',
      external: false,
    });
    await pkg.rename('xl/workbook.xml', 'xl/book.xml');
    expect(pkg.changed).toBe(true);
    expect(pkg.has('xl/workbook.xml')).toBe(false);
    expect(pkg.has('xl/_rels/book.xml.rels')).toBe(true);
    const again = (await ZipPackage.open(await pkg.bytes()))!;
    expect(await again.text('xl/book.xml')).toContain('Class 3');
    expect((await again.relationships('xl/book.xml')).length).toBe(rels.length);
  });
});

describe('xml tags', () => {
  it('reads start tags by local name with any prefix and either quote, entities decoded', () => {
    const xml = `<x:sheets><x:sheet name='Tom &amp; Jerry' sheetId="1" r:id="rId1"/><sheet name="A&#233;&#x42;" r:id="rId2"></sheet></x:sheets>`;
    expect(startTags(xml, 'sheet').map((t) => [t.name, t.attrs.get('name'), t.attrs.get('id')])).toEqual([
      ['x:sheet', 'Tom & Jerry', 'rId1'],
      ['sheet', 'AéB', 'rId2'],
    ]);
    expect(startTags(xml, 'sheets').length).toBe(1);
    expect(decodeXml('&lt;b&gt; &quot;x&quot; &apos;y&apos; &unknown;')).toBe(`<b> "x" 'y' &unknown;`);
  });

  it('names the root element after any declaration or comment', () => {
    expect(rootName('<?xml version="1.0"?>\n<!-- made by hand --><xdr:wsDr xmlns:xdr="x"/>')).toBe(
      'xdr:wsDr',
    );
    expect(rootName('<wsDr xmlns="x"></wsDr>')).toBe('wsDr');
    expect(rootName('')).toBeNull();
  });
});
