// Long single-file runs say what they are doing on stderr; short ones stay quiet; stdout stays one report.

import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { Progress, PROGRESS_FROM_BYTES, PROGRESS_FROM_ROWS } from '../../cli/commands/progress.js';
import type { Grid } from '../../core/grid.js';
import { freshDir, provmap, writeTeacherFile } from '../support/cli-run.js';

/** A reading tracker with `n` pupils. */
function tracker(n: number): Grid {
  const grades = ['2c', '2b', '2a', '3c'];
  return {
    sheet: 'Year 3 reading',
    values: [
      ['Name', 'Subject', 'Baseline', 'Autumn 2', 'Target'],
      ...Array.from({ length: n }, (_, i) => [
        `Pupil ${i + 1}`,
        'Reading',
        grades[i % 3]!,
        grades[(i % 3) + 1]!,
        '3c',
      ]),
    ],
    merges: [],
  };
}

const LARGE = PROGRESS_FROM_ROWS + 100;

let dir: string;
let large: string;
let small: string;

beforeAll(async () => {
  dir = freshDir();
  large = await writeTeacherFile(dir, 'year-3.xlsx', [tracker(LARGE)]);
  small = await writeTeacherFile(dir, 'class-3.xlsx', [tracker(20)]);
});

describe('progress on stderr', () => {
  it(`structure prints its stages for a sheet of more than ${PROGRESS_FROM_ROWS} rows, and keeps --json clean`, async () => {
    const out = join(dir, 'year-3-tracker.xlsx');
    const r = await provmap('structure', large, '-o', out, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('tracking');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      `Structuring ${(LARGE + 1).toLocaleString('en-GB')} rows of "Year 3 reading"...`,
      `Writing ${out}...`,
      expect.stringMatching(/^Done in \d+ s\.$/),
    ]);
  });

  it('evaluate, add-point and review print their stages on a large structured workbook', async () => {
    const structured = join(dir, 'year-3-structured.xlsx');
    expect((await provmap('structure', large, '-o', structured)).code).toBe(0);
    for (const [command, stage] of [
      ['evaluate', 'Evaluating'],
      ['add-point', 'Adding an assessment point'],
      ['review', 'Building the review'],
    ] as const) {
      const out = join(dir, `${command}.xlsx`);
      const r = await provmap(command, structured, '-o', out);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(
        new RegExp(
          `^${stage} \\([\\d,]+ rows\\)\\.\\.\\.\\nWriting .*${command}\\.xlsx\\.\\.\\.\\nDone in \\d+ s\\.\\n$`,
        ),
      );
      expect(r.stdout).toContain(`Wrote ${out}`);
    }
  }, 60_000);

  it(`structure says it is reading a file of ${PROGRESS_FROM_BYTES / 1024} KB or more before reading it`, async () => {
    const zip = await JSZip.loadAsync(readFileSync(small));
    // A saved thumbnail, as Excel can store one: bytes that do not compress.
    zip.file('docProps/thumbnail.jpeg', randomBytes(PROGRESS_FROM_BYTES + 1024));
    const heavy = join(dir, 'class-3-heavy.xlsx');
    writeFileSync(heavy, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const out = join(dir, 'class-3-heavy-structured.xlsx');
    const r = await provmap('structure', heavy, '-o', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n').slice(0, 3)).toEqual([
      `Reading ${heavy}...`,
      'Structuring 21 rows of "Year 3 reading"...',
      `Writing ${out}...`,
    ]);
  });

  it('small runs print nothing on stderr', async () => {
    const structured = join(dir, 'class-3-structured.xlsx');
    const r = await provmap('structure', small, '-o', structured);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const e = await provmap('evaluate', structured, '-o', join(dir, 'class-3-evaluated.xlsx'));
    expect(e.code).toBe(0);
    expect(e.stderr).toBe('');
  });
});

describe('Progress', () => {
  it('stays quiet until the input turns out large, then stays on', () => {
    const lines: string[] = [];
    const p = new Progress({ stdout: () => undefined, stderr: (t) => void lines.push(t) });
    p.whenLarge(false).stage('Reading...');
    p.whenLarge(true).stage('Structuring...');
    p.whenLarge(false).stage('Writing...');
    expect(lines).toEqual(['Structuring...\n', 'Writing...\n']);
  });
});
