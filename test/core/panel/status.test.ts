// The current sheet at a glance: who to act on, with the cell that shows them.
import { describe, expect, it } from 'vitest';
import { sheetStatus } from '../../../core/panel/index.js';
import { resolveSettings } from '../../../core/settings.js';
import type { Grid } from '../../../core/grid.js';

const settings = resolveSettings({ tolerance: { 'nc-sublevels': 0.5 } });
const XSS = '<img src=x onerror=alert(1)>';

const map: Grid = {
  sheet: 'Class 4',
  values: [
    ['Year 4 provision'],
    ['Intervention', 'Pupil', 'Entry', 'Target', 'Exit data'],
    ['Reading boost', 'Ava', '2c', '+1 sub-level', '2b'], // met
    ['Reading boost', 'Ben', '2b', '+1 sub-level', '2b'], // not met
    ['Reading boost', 'Cal', '2a', '+1 sub-level', null], // no exit yet
    ['Handwriting', XSS, '3c', 'Neater letters', '3b'], // target not measurable
  ],
  merges: [],
};

// Baseline 2c, target 4c: six sub-levels over two steps of the year, so three are expected by AP1.
const tracker: Grid = {
  sheet: 'Reading',
  values: [
    ['Pupil', 'Baseline', 'AP1', 'AP2', 'Target'],
    ['Ava', '2c', '3c', null, '4c'], // on the line: on track
    ['Ben', '2c', '2a', null, '4c'], // one sub-level below: slightly behind (tolerance 0.5)
    ['Cal', '2c', '2c', null, '4c'], // three below: off track
    ['Dee', '2c', null, null, '4c'], // nothing since the baseline: no data
  ],
  merges: [],
};

describe('sheetStatus on a provision map', () => {
  const s = sheetStatus(map, { settings });

  it('counts and lists each kind of thing to act on, with the pupil’s cell', () => {
    expect(s.kind).toBe('provision');
    expect(s.title).toBe('Year 4 provision');
    expect(s.pupils).toBe(4);
    expect(s.offTrack).toEqual([
      { pupil: 'Ben', detail: 'Reading boost: target not met', sheet: 'Class 4', cell: 'B4' },
    ]);
    expect(s.withoutExit).toEqual([
      { pupil: 'Cal', detail: 'Reading boost: no exit data', sheet: 'Class 4', cell: 'B5' },
    ]);
    expect(s.unmeasurable).toHaveLength(1);
    expect(s.counts).toEqual({ offTrack: 1, slightlyBehind: 0, withoutExit: 1, unmeasurableTargets: 1 });
  });

  it('keeps a pupil’s name exactly as typed, markup and all, as plain data', () => {
    expect(s.unmeasurable[0]).toMatchObject({ pupil: XSS, cell: 'B6' });
    expect(s.unmeasurable[0]!.detail).toContain('Neater letters');
  });

  it('passes the import diagnostics on with their cells', () => {
    expect(s.diagnostics.some((d) => d.code === 'UNMEASURABLE_TARGET' && d.cell === 'D6')).toBe(true);
  });
});

describe('sheetStatus on a tracker', () => {
  // A school with three assessment points a year: this sheet holds the whole year.
  const threeAYear = { ...settings, assessmentPointsPerYear: 3 };
  const s = sheetStatus(tracker, { settings: threeAYear, owned: true });
  it('lists pupils off track and slightly behind by the straight line to their target', () => {
    expect(s.kind).toBe('tracking');
    expect(s.owned).toBe(true);
    expect(s.offTrack.map((i) => i.pupil)).toEqual(['Cal']);
    expect(s.slightlyBehind.map((i) => i.pupil)).toEqual(['Ben']);
    expect(s.offTrack[0]!.cell).toBe('A4');
    expect(s.offTrack[0]!.detail).toMatch(/off track \(now 2c, expected 3c\)/);
    expect(s.counts.offTrack + s.counts.slightlyBehind).toBe(2);
  });

  it('follows the tolerance in settings', () => {
    const loose = sheetStatus(tracker, {
      settings: resolveSettings({ tolerance: { 'nc-sublevels': 1 }, assessmentPointsPerYear: 3 }),
    });
    expect(loose.slightlyBehind).toHaveLength(0);
    expect(loose.offTrack.map((i) => i.pupil)).toEqual(['Cal']);
  });

  it('judges a sheet part way through a year of six points by where the line is now', () => {
    // AP1 of six: 2c + 6 * 1/5 = 1.2 sub-levels up. Ava (+3) and Ben (+2) are ahead; Cal (+0) is 1.2
    // behind, more than twice the 0.5 tolerance: off track.
    const early = sheetStatus(tracker, { settings: { ...settings, assessmentPointsPerYear: 6 } });
    expect(early.slightlyBehind).toEqual([]);
    expect(early.offTrack.map((i) => i.pupil)).toEqual(['Cal']);
    expect(early.offTrack[0]!.detail).toMatch(/expected 2b/);
  });
});

describe('sheetStatus on other sheets', () => {
  it('reads a sheet with no table as kind none, without throwing', () => {
    const s = sheetStatus(
      { sheet: 'Notes', values: [['to do'], ['ring parents']], merges: [] },
      { settings },
    );
    expect(s.kind).toBe('none');
    expect(s.counts).toEqual({ offTrack: 0, slightlyBehind: 0, withoutExit: 0, unmeasurableTargets: 0 });
  });

  it('counts the pupils of a class list', () => {
    const s = sheetStatus(
      {
        sheet: 'MIS',
        values: [
          ['Legal Surname', 'Forename', 'UPN', 'Year Group'],
          ['Smith', 'Ava', 'A123456789012', 'Year 4'],
          ['Jones', 'Ben', 'B123456789012', 'Year 4'],
        ],
        merges: [],
      },
      { settings },
    );
    expect(s.kind).toBe('class-list');
    expect(s.pupils).toBe(2);
  });
});
