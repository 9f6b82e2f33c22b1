// cli/xlsx/ must run in a browser (the Excel task pane reuses it): it bundles for the browser with no Node
// module, and the browser bundle reads a real workbook.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { workbookFromGrids } from '../../../cli/xlsx/new-workbook.js';
import { ROOT } from '../../support/paths.js';

describe('cli/xlsx in a browser bundle', () => {
  it('bundles for the browser without any Node module, and reads a workbook', async () => {
    const result = await build({
      entryPoints: [join(ROOT, 'cli', 'xlsx', 'index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => i.startsWith('node:') || i.includes('cli/io/'))).toEqual([]);
    expect(inputs.some((i) => i.includes('exceljs/dist/exceljs.min.js'))).toBe(true);

    const file = join(mkdtempSync(join(tmpdir(), 'provmap-browser-')), 'xlsx.mjs');
    writeFileSync(file, result.outputFiles[0]!.text);
    const xlsx = (await import(pathToFileURL(file).href)) as typeof import('../../../cli/xlsx/index.js');
    const bytes = await workbookFromGrids([
      {
        sheet: 'Class 4B',
        values: [
          ['Name', 'Entry'],
          ['Amy', '2b'],
        ],
        merges: [],
      },
    ]).xlsx.writeBuffer();
    const wb = await xlsx.loadWorkbook(new Uint8Array(bytes as ArrayBuffer));
    expect(xlsx.readGrids(wb, ['Class 4B'])[0]!.values).toEqual([
      ['Name', 'Entry'],
      ['Amy', '2b'],
    ]);
  }, 60_000);
});
