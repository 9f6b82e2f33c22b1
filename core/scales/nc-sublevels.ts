// National Curriculum levels as sub-levels, with P-scales and W below them (the pre-2014 levels).

import type { ScaleDefinition, ScaleStep } from './types.js';
import type { ScaleReader } from './reader.js';

const P_SCALES: ScaleStep[] = [
  ...[1, 2, 3].flatMap((p) =>
    (['i', 'ii'] as const).map((r) => ({ label: `P${p}${r}`, aliases: [`P${p}(${r})`, `P${p} ${r}`] })),
  ),
  ...[4, 5, 6, 7, 8].map((p) => ({ label: `P${p}` })),
];

const SUB_LEVELS: ScaleStep[] = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((level) =>
  (['c', 'b', 'a'] as const).map((sub) => ({ label: `${level}${sub}` })),
);

/**
 * Ascending: P1i..P3ii, P4..P8, W (working towards level 1), 1c..8a. 36 steps.
 *
 * Tolerance 0.5: a tracker is on track within half a sub-level of its line, so one whole sub-level
 * behind is already "slightly behind". Expected progress: the old national expectation was two whole
 * levels (six sub-levels) across KS2, 1.5 a year, and most schools tracked 2 a year as "good"; KS1
 * pupils usually move from W or 1c to 2b in two years (about 2.5 a year), rounded to 3 as schools did.
 * Whole numbers so a proposed target lands on a step. Settings override per key stage.
 */
export const NC_SUBLEVELS: ScaleDefinition = {
  id: 'nc-sublevels',
  name: 'NC sub-levels',
  stepName: 'sub-level',
  steps: [...P_SCALES, { label: 'W', aliases: ['working towards level 1'] }, ...SUB_LEVELS],
  parser: 'nc',
  tolerance: 0.5,
  expectedStepsPerYear: { KS1: 3, KS2: 2, KS3: 2, default: 2 },
};

const LEVEL_PREFIX = /^(?:nc\s*)?(?:level|lev|lvl|l)\.?\s*(?=\d)/;

const WHOLE_LEVEL = (level: string): string =>
  `${level} is a whole level; write a sub-level such as ${level}c, ${level}b or ${level}a.`;

/** Reads "2C", "2 c", "L2c", "Level 2c", "lvl 2c", "p1(i)", "P1 i"; refuses whole levels and "3b+". */
export const NC_READER: ScaleReader = {
  text(norm, find) {
    const s = norm
      .replace(LEVEL_PREFIX, '')
      .replace(/\s+/g, '')
      .replace(/\((i{1,2})\)$/, '$1');
    const step = find(s);
    if (step !== undefined) return step;
    let m = /^([1-8])$/.exec(s);
    if (m) return { reason: WHOLE_LEVEL(m[1]!) };
    m = /^([1-8])([abc])([+-]+)$/.exec(s);
    if (m)
      return {
        reason: `${m[1]}${m[2]}${m[3]} is between sub-levels; write the sub-level reached, such as ${m[1]}${m[2]}.`,
      };
    m = /^p([1-3])$/.exec(s);
    if (m) return { reason: `P${m[1]} has two parts; write P${m[1]}i or P${m[1]}ii.` };
    return null;
  },
  number(n) {
    if (Number.isInteger(n) && n >= 1 && n <= 8) return { reason: WHOLE_LEVEL(String(n)) };
    return null;
  },
};
