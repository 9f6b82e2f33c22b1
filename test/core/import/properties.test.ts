// Properties of the whole import: messy sheets never make it throw (other than "no table"), it never
// changes what it reads, and every diagnostic points at a real cell.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseA1Range, type CellValue, type Grid } from '../../../core/grid.js';
import {
  importSheet,
  parseDate,
  parseFlag,
  parseLeuvenPair,
  parseRatio,
  parseSenStatus,
  parseTarget,
  parseYearGroup,
  pupilKey,
} from '../../../core/import/index.js';
import { ScaleRegistry } from '../../../core/scales/index.js';
import { NoTableFoundError } from '../../../core/errors.js';
import { defaultOptions } from './fixtures.js';

const HEADERS = [
  'Intervention',
  'Pupils',
  'Pupil',
  'Name',
  'UPN',
  'Year',
  'SEN',
  'PP',
  'Entry',
  'Exit',
  'Target',
  'Baseline',
  'AP1',
  'Autumn 1',
  'Group size',
  'Frequency/duration',
  'Staff',
  'Scale',
  'Subject',
  'Area of need',
  'Date of birth',
  'Notes',
];
const VALUES = [
  'Amy',
  'Joe\nDan',
  '2c',
  '2b\n2a',
  '1   2',
  'abs',
  'n/a',
  'K',
  'Y',
  'Year 3',
  '1:6',
  '3 x 15 mins',
  'Daily',
  '+1 sub-level',
  'Target 2b',
  'NC sub-levels',
  'Leuven well-being',
  '=SUM(A1)',
  '',
  ' ',
  '04/03/2015',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...HEADERS, ...VALUES),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 50000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
);

const grid: fc.Arbitrary<Grid> = fc
  .array(fc.array(cell, { maxLength: 8 }), { maxLength: 10 })
  .chain((values) =>
    fc.record({
      sheet: fc.constant('Random'),
      values: fc.constant(values),
      merges: fc.array(
        fc.record({ top: fc.nat(9), left: fc.nat(7), h: fc.nat(3), w: fc.nat(2) }).map((m) => ({
          top: m.top,
          left: m.left,
          bottom: m.top + m.h,
          right: m.left + m.w,
        })),
        { maxLength: 3 },
      ),
    }),
  );

describe('import on any sheet', () => {
  it('throws nothing but NoTableFoundError, leaves the grid as it was, and addresses real cells', () => {
    fc.assert(
      fc.property(grid, (g) => {
        const before = JSON.stringify(g);
        try {
          const result = importSheet(g, defaultOptions());
          for (const d of result.diagnostics) {
            expect(d.sheet).toBe('Random');
            expect(() => parseA1Range(d.cell)).not.toThrow();
          }
        } catch (e) {
          expect(e).toBeInstanceOf(NoTableFoundError);
        }
        expect(JSON.stringify(g)).toBe(before);
      }),
      { numRuns: 1500 },
    );
  });

  it('always finds a table under a header of known columns', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...VALUES), { minLength: 4, maxLength: 4 }), { maxLength: 6 }),
        (rows) => {
          const result = importSheet(
            { sheet: 'S', values: [['Intervention', 'Pupils', 'Entry', 'Exit'], ...rows], merges: [] },
            defaultOptions(),
          );
          expect(result.kind).toBe('provision');
          expect(result.headerRow).toBe(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads any single cell with every value reader without throwing', () => {
    const scales = new ScaleRegistry().all();
    fc.assert(
      fc.property(cell, fc.constantFrom(null, ...scales), (v, scale) => {
        parseRatio(v);
        parseLeuvenPair(v);
        parseYearGroup(v);
        parseSenStatus(v);
        parseFlag(v);
        const date = parseDate(v);
        if (date !== null) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (typeof v === 'string') expect(parseTarget(v, scale).text).toBe(v.trim());
      }),
      { numRuns: 3000 },
    );
  });

  it('gives one pupil key whatever the case and spacing of a name', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Amy', 'van', 'der', 'Berg', "O'Neil", 'Ávila'), {
          minLength: 1,
          maxLength: 4,
        }),
        (words) => {
          const name = words.join(' ');
          expect(pupilKey(`  ${words.join('   ').toUpperCase()} `, null)).toBe(pupilKey(name, null));
          expect(pupilKey(name, null)).toBe(`name:${name.toLowerCase()}`);
        },
      ),
    );
  });
});
