// Formula-looking pupil names stay text in the output file, checked independently with openpyxl.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../core/grid.js';
import { SHEET } from '../../core/plan/sheet-names.js';
import { freshDir, provmap, writeTeacherFile } from '../support/cli-run.js';
import { hasOpenpyxl, inspectedSheet, inspectXlsx } from '../support/inspect-xlsx.js';
import type { InspectedCell } from '../support/inspect-xlsx.js';

const NAMES = ['=HYPERLINK("http://example.invalid","x")', '+Smith', '-Dan', '@Riley', '=1+1'];

const risky: Grid = {
  sheet: 'Class 5 provision',
  values: [
    [
      'Intervention',
      'Group size',
      'Frequency/duration',
      'Staff',
      'Pupils',
      'Entry data',
      'Target',
      'Exit data',
    ],
    [
      'Numeracy',
      '1:6',
      '4 x 20 mins x 6 weeks',
      'HLTA',
      NAMES.join('\n'),
      '3c\n3c\n3b\n3c\n3c',
      'Plus one sub-level',
      '3b\n3b\n3b\n3c\n3a',
    ],
  ],
  merges: [],
};

const run = hasOpenpyxl() || process.env.CI ? describe : describe.skip;

run('formula-looking names', () => {
  it('are written as text cells, never as formulas', async () => {
    const d = freshDir();
    const input = await writeTeacherFile(d, 'class-5.xlsx', [risky]);
    const out = join(d, 'out.xlsx');
    const r = await provmap('structure', input, '-o', out);
    expect(r.code, r.stderr).toBe(0);
    const wb = await inspectXlsx(out);
    const all: InspectedCell[] = wb.sheets.flatMap((s) => s.cells.flat());
    const formulas = all.filter(
      (c): c is { formula: string } => c !== null && typeof c === 'object' && 'formula' in c,
    );
    for (const name of ['HYPERLINK', 'Smith', 'Riley'])
      expect(
        formulas.some((f) => f.formula.includes(name)),
        name,
      ).toBe(false);
    const map = inspectedSheet(wb, SHEET.provisionMap).cells.flat();
    for (const name of NAMES) expect(map, name).toContain(name);
  });
});
