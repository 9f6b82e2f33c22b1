// Runs the provmap command line in-process or as a real process, capturing stdout, stderr and the exit code.

import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../../cli/program.js';
import { workbookFromGrids } from '../../cli/xlsx/new-workbook.js';
import type { Grid } from '../../core/grid.js';
import { ROOT } from './paths.js';

export { ROOT };

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `provmap <argv>` in this process. */
export async function provmap(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

/** Runs `provmap <argv>` as its own Node process (through tsx, as `npm run provmap` does). */
export async function provmapProcess(...argv: string[]): Promise<CliRun> {
  const result = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'cli', 'provmap.ts'), ...argv],
    {
      cwd: ROOT,
      timeout: 120_000,
    },
  ).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({
      code: e.code ?? -1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
    }),
  );
  return result;
}

/** A new empty folder for one test. */
export function freshDir(prefix = 'provmap-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes grids as a teacher's .xlsx file and returns its path. */
export async function writeTeacherFile(dir: string, name: string, grids: readonly Grid[]): Promise<string> {
  const path = join(dir, name);
  await workbookFromGrids(grids).xlsx.writeFile(path);
  return path;
}

/** Files in a folder, sorted (to prove no output or temporary file was left behind). */
export function filesIn(dir: string): string[] {
  return readdirSync(dir).sort();
}
