// The CLI end to end on files: structure a whole-school tracker, evaluate the result, collate every class's
// map file. The CLI is bundled fresh (as scripts/build-cli.mjs does) so a stale dist/ cannot skew it.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { workbookFromGrids } from '../../cli/xlsx/new-workbook.js';
import { measureProcess } from './process.js';
import { benchSheets } from './school-sheets.js';
import type { CliTiming } from './types.js';

async function bundleCli(dir: string): Promise<string> {
  const outfile = join(dir, 'provmap.mjs');
  await build({
    entryPoints: ['cli/provmap.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}

/** Times the three CLI runs at one size; input files are written first and not timed. */
export async function measureCli(pupils: number): Promise<CliTiming[]> {
  const dir = mkdtempSync(join(tmpdir(), 'provmap-bench-'));
  // Node resolves the CLI's external packages by walking up from the bundle, so it sits in the repo (out/ is
  // ignored by git).
  mkdirSync(join(process.cwd(), 'out'), { recursive: true });
  const binDir = mkdtempSync(join(process.cwd(), 'out', 'bench-cli-'));
  try {
    const cli = await bundleCli(binDir);
    const { tracker, maps } = benchSheets(pupils);
    const school = join(dir, 'school.xlsx');
    await workbookFromGrids([tracker]).xlsx.writeFile(school);
    mkdirSync(join(dir, 'maps'));
    const mapFiles: string[] = [];
    for (const m of maps) {
      const file = join(dir, 'maps', `${m.sheet}.xlsx`);
      await workbookFromGrids([m]).xlsx.writeFile(file);
      mapFiles.push(file);
    }
    const runs: [string, string[]][] = [
      [
        'structure tracker',
        ['structure', school, '--sheet', tracker.sheet, '-o', join(dir, 'structured.xlsx'), '--json'],
      ],
      ['evaluate', ['evaluate', join(dir, 'structured.xlsx'), '-o', join(dir, 'evaluated.xlsx'), '--json']],
      ['collate class maps', ['collate', ...mapFiles, '-o', join(dir, 'school-map.xlsx'), '--json']],
    ];
    const out: CliTiming[] = [];
    for (const [name, args] of runs) {
      const r = await measureProcess(process.execPath, [cli, ...args]);
      out.push({ case: name, pupils, ms: r.ms, peakMb: r.peakMb, exitCode: r.exitCode });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(binDir, { recursive: true, force: true });
  }
}
