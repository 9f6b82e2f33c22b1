// The generated sheets read as real ones do: MIS class lists cleanly, trackers with exactly their slips
// reported, and provision maps in the seed's layouts with every pupil placed.

import { describe, expect, it } from 'vitest';
import {
  CLASS_LIST_HEADER,
  POINT_LABELS,
  SUBJECTS,
  classListGrid,
  classTrackerGrid,
  displayName,
  generateSchool,
  provisionMapGrid,
  schoolTrackerGrid,
  type ProvisionLayout,
} from '../../../bench/generate/index.js';
import { importSheet } from '../../../core/import/index.js';
import { ScaleRegistry } from '../../../core/scales/index.js';
import { resolveSettings } from '../../../core/settings.js';

const scales = new ScaleRegistry();
const settings = resolveSettings();
const school = generateSchool({ seed: 77, pupils: 300 });

describe('generated sheets', () => {
  it('class list: the MIS headers, SEN as "K - SEN Support", and every pupil read with no diagnostic', () => {
    const grid = classListGrid(school);
    expect(grid.values[0]).toEqual([...CLASS_LIST_HEADER]);
    expect(grid.values.slice(1).some((r) => r[6] === 'K - SEN Support')).toBe(true);
    const r = importSheet(grid, { scales, settings });
    expect(r.kind).toBe('class-list');
    expect(r.diagnostics).toEqual([]);
    if (r.kind !== 'class-list') return;
    expect(r.classList.pupils.map((p) => p.upn)).toEqual(school.pupils.map((p) => p.upn));
    const senOf = new Map(r.classList.pupils.map((p) => [p.upn, p.sen]));
    expect(school.pupils.every((p) => senOf.get(p.upn) === p.sen)).toBe(true);
  });

  it('trackers: 10 subjects x 6 points per pupil, and exactly the typo cells reported as unknown grades', () => {
    for (const cls of school.classes.slice(0, 4)) {
      const t = classTrackerGrid(school, cls, { messRate: 0.05 });
      expect(t.grid.values).toHaveLength(2 + cls.pupils.length * SUBJECTS.length);
      expect(t.grid.values[1]!.slice(7, 13)).toEqual([...POINT_LABELS]);
      const r = importSheet(t.grid, { scales, settings });
      expect(r.kind).toBe('tracking');
      if (r.kind !== 'tracking') return;
      expect(r.tracker.pupils).toHaveLength(cls.pupils.length);
      expect(r.tracker.subjects).toHaveLength(cls.pupils.length * SUBJECTS.length);
      const typos = Object.entries(t.messCells)
        .filter(([, k]) => k === 'typo')
        .map(([cell]) => cell)
        .sort();
      const unknown = r.diagnostics
        .filter((d) => d.code === 'UNKNOWN_GRADE')
        .map((d) => d.cell)
        .sort();
      expect(unknown).toEqual(typos);
    }
  });

  it('a whole-school tracker holds 10 rows per pupil (3,000 pupils: 30,002 rows)', () => {
    const big = schoolTrackerGrid(generateSchool({ seed: 1, pupils: 3000 }), { messRate: 0 });
    expect(big.grid.values).toHaveLength(30_002);
    expect(big.mess).toEqual({});
  });

  for (const layout of ['audit', 'targets', 'outcomes', 'row-per-pupil'] as ProvisionLayout[])
    it(`provision maps in the "${layout}" layout: merged title and strategies rows, every pupil placed`, () => {
      const cls = school.classes[3]!;
      const grid = provisionMapGrid(school, cls, { layout });
      expect(grid.merges.slice(0, 2)).toEqual([
        { top: 0, left: 0, bottom: 0, right: grid.values[3]!.length - 1 },
        { top: 1, left: 0, bottom: 1, right: grid.values[3]!.length - 1 },
      ]);
      expect(String(grid.values[1]![0])).toMatch(/^Teaching strategies:/);
      const r = importSheet(grid, { scales, settings });
      expect(r.kind).toBe('provision');
      if (r.kind !== 'provision') return;
      expect(r.map.interventions).toHaveLength(4);
      const names = new Set(cls.pupils.map(displayName));
      expect(r.map.pupils.length).toBeGreaterThan(0);
      for (const p of r.map.pupils) expect(names).toContain(p.name);
      if (layout !== 'audit') expect(r.map.enrolments.some((e) => e.entry !== null)).toBe(true);
      if (layout === 'outcomes' || layout === 'row-per-pupil')
        expect(r.map.enrolments.some((e) => e.exit !== null)).toBe(true);
    });
});
