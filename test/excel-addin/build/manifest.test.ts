// The manifest template renders to valid localhost and production manifests; the checker catches bad ones;
// functions.json is generated from the functions' JSDoc with the ids the runtime associates.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../../excel-addin/functions/index.js';

// The scripts are plain ES modules without type declarations.
const { checkManifest, parseXml } = (await import('../../../scripts/check-manifest.mjs' as string)) as {
  checkManifest(xml: string, base: string): string[];
  parseXml(xml: string): unknown;
};
const { renderManifest, manifestVersion, iconPng } = (await import(
  '../../../scripts/build-excel.mjs' as string
)) as {
  renderManifest(
    t: string,
    v: 'production' | 'localhost',
    version: string,
  ): { xml: string; base: string; file: string };
  manifestVersion(v: string): string;
  iconPng(size: number): Uint8Array;
};

const template = readFileSync('manifests/excel/manifest.template.xml', 'utf8');

describe('Excel manifest', () => {
  it.each(['production', 'localhost'] as const)('renders a %s manifest that passes the checks', (variant) => {
    const { xml, base } = renderManifest(template, variant, '0.1.0.0');
    expect(checkManifest(xml, base)).toEqual([]);
    expect(xml).toContain('<Set Name="ExcelApi" MinVersion="1.8"/>');
    expect(xml).toContain(`${base}/taskpane.html`);
  });

  it('gives the two variants different ids, so both can be installed', () => {
    const id = (xml: string) => /<Id>([^<]+)<\/Id>/.exec(xml)![1];
    expect(id(renderManifest(template, 'production', '0.1.0.0').xml)).not.toBe(
      id(renderManifest(template, 'localhost', '0.1.0.0').xml),
    );
  });

  it('catches http URLs, other hosts, a lower ExcelApi, an undefined resid and broken XML', () => {
    const { xml, base } = renderManifest(template, 'localhost', '0.1.0.0');
    expect(
      checkManifest(
        xml.replace('https://localhost:3000/functions.json', 'http://localhost:3000/functions.json'),
        base,
      ).join(),
    ).toMatch(/not https/);
    expect(
      checkManifest(
        xml.replace('https://localhost:3000/taskpane.js', 'https://cdn.example.com/taskpane.js'),
        base,
      ).join(),
    ).toMatch(/unexpected host/);
    expect(
      checkManifest(
        xml.replace('Name="ExcelApi" MinVersion="1.8"', 'Name="ExcelApi" MinVersion="1.1"'),
        base,
      ).join(),
    ).toMatch(/ExcelApi must be 1.8/);
    expect(checkManifest(xml.replace('resid="Group.Label"', 'resid="Nope.Label"'), base).join()).toMatch(
      /Nope.Label is not defined/,
    );
    expect(checkManifest(xml.replace('</OfficeApp>', ''), base).join()).toMatch(/XML/);
    expect(checkManifest(xml, 'https://provmap.example.org/excel').join()).toMatch(/unexpected host/);
  });

  it('parses attributes and nesting, and refuses mismatched tags', () => {
    expect(parseXml('<a x="1"><b y=\'2\'/>t</a>')).toMatchObject({
      name: 'a',
      attrs: { x: '1' },
      children: [{ name: 'b', attrs: { y: '2' } }],
    });
    expect(() => parseXml('<a><b></a>')).toThrow();
  });

  it('turns the package version into four numbers', () => {
    expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(manifestVersion('2.3.4-beta.1')).toBe('2.3.4.0');
  });

  it('draws icons as real PNGs of the asked size', () => {
    const png = Buffer.from(iconPng(32));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(32);
  });
});

describe('functions.json', () => {
  it('is generated from the JSDoc with the ids the runtime associates, taking ranges as matrices', async () => {
    const { generateCustomFunctionsMetadata } = (await import('custom-functions-metadata')) as unknown as {
      generateCustomFunctionsMetadata(file: string): Promise<{ metadataJson: string; errors: string[] }>;
    };
    const result = await generateCustomFunctionsMetadata('excel-addin/functions/functions.ts');
    expect(result.errors).toEqual([]);
    const meta = JSON.parse(result.metadataJson) as {
      functions: {
        id: string;
        parameters: { name: string; dimensionality?: string; optional?: boolean }[];
      }[];
    };
    expect(meta.functions.map((f) => f.id).sort()).toEqual(Object.keys(CUSTOM_FUNCTIONS).sort());
    for (const f of meta.functions) {
      expect(f.parameters.filter((p) => p.name !== 'scale').every((p) => p.dimensionality === 'matrix')).toBe(
        true,
      );
      expect(f.parameters.find((p) => p.name === 'scale')?.optional).toBe(true);
    }
  });
});
