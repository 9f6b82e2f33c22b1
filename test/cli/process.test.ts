// The command as a real process: exit codes, and stdout holding nothing but the JSON report.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleWorkbook } from '../../core/examples/index.js';
import { ROOT, filesIn, freshDir, provmapProcess, writeTeacherFile } from '../support/cli-run.js';

let dir: string;
let teacher: string;

beforeAll(async () => {
  dir = freshDir();
  teacher = await writeTeacherFile(dir, 'class-3.xlsx', exampleWorkbook());
});

describe('provmap as a process', () => {
  it('prints only the JSON report on stdout and exits 0', async () => {
    const r = await provmapProcess('structure', teacher, '-o', join(dir, 'out.xlsx'), '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('enrolments');
  });

  it('exits 1 with prose on stderr and no output file', async () => {
    const r = await provmapProcess(
      'structure',
      join(dir, 'missing.xlsx'),
      '-o',
      join(dir, 'never.xlsx'),
      '--json',
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Cannot find the file/);
    expect(existsSync(join(dir, 'never.xlsx'))).toBe(false);
  });

  it('builds into dist/cli/provmap.mjs, a runnable bin with a shebang', async () => {
    await promisify(execFile)(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], {
      cwd: ROOT,
      timeout: 120_000,
    });
    const bin = join(ROOT, 'dist', 'cli', 'provmap.mjs');
    const before = filesIn(dir);
    const { stdout } = await promisify(execFile)(
      bin,
      ['structure', teacher, '-o', join(dir, 'built.xlsx'), '--json'],
      { cwd: ROOT },
    );
    expect(JSON.parse(stdout)).toHaveProperty('interventions');
    expect(filesIn(dir)).toEqual([...before, 'built.xlsx'].sort());
  }, 120_000);
});
