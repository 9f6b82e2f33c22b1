// The whole-school map is every class map's rows under one header, merges moved with their rows, and reads
// back as one provision map holding every class's interventions.

import { describe, expect, it } from 'vitest';
import {
  PROVISION_PREAMBLE_ROWS,
  generateSchool,
  provisionMapGrid,
  wholeSchoolMapGrid,
  WHOLE_SCHOOL_MAP_SHEET,
} from '../../../bench/generate/index.js';
import { importSheet } from '../../../core/import/index.js';
import { ScaleRegistry } from '../../../core/scales/index.js';
import { resolveSettings } from '../../../core/settings.js';

const school = generateSchool({ seed: 7, pupils: 90 });
const body = PROVISION_PREAMBLE_ROWS + 1;

describe('wholeSchoolMapGrid', () => {
  for (const layout of ['outcomes', 'row-per-pupil'] as const)
    it(`stacks the ${layout} class maps under one header, with their merges`, () => {
      const maps = school.classes.map((c) => provisionMapGrid(school, c, { layout }));
      const grid = wholeSchoolMapGrid(maps, 'Whole school');
      expect(grid.sheet).toBe(WHOLE_SCHOOL_MAP_SHEET);
      expect(grid.values[0]![0]).toBe('Whole school');
      expect(grid.values[PROVISION_PREAMBLE_ROWS]).toEqual(maps[0]!.values[PROVISION_PREAMBLE_ROWS]);
      expect(grid.values.slice(body)).toEqual(maps.flatMap((m) => m.values.slice(body)));
      const bodyMerges = maps.reduce((n, m) => n + m.merges.filter((x) => x.top >= body).length, 0);
      expect(grid.merges.filter((m) => m.top >= body)).toHaveLength(bodyMerges);
      // Every merged block still covers cells that hold the same rows as in its class map.
      let offset = body;
      for (const map of maps) {
        for (const m of map.merges.filter((x) => x.top >= body)) {
          const moved = { ...m, top: m.top - body + offset, bottom: m.bottom - body + offset };
          expect(grid.merges).toContainEqual(moved);
          expect(grid.values[moved.top]).toEqual(map.values[m.top]);
        }
        offset += map.values.length - body;
      }
    });

  it('reads back as one provision map with every class’s interventions and places', () => {
    const maps = school.classes.map((c) => provisionMapGrid(school, c));
    const scales = new ScaleRegistry();
    const settings = resolveSettings();
    const perClass = maps.map((m) => importSheet(m, { scales, settings }));
    const whole = importSheet(wholeSchoolMapGrid(maps, 'Whole school'), { scales, settings });
    if (whole.kind !== 'provision') throw new Error(whole.kind);
    const names = new Set<string>();
    let places = 0;
    for (const r of perClass) {
      if (r.kind !== 'provision') throw new Error(r.kind);
      for (const i of r.map.interventions) names.add(i.name);
      places += r.map.enrolments.length;
    }
    // An intervention run in several classes is one intervention with every class's pupils in it.
    expect(new Set(whole.map.interventions.map((i) => i.name))).toEqual(names);
    expect(whole.map.enrolments).toHaveLength(places);
  });

  it('refuses an empty list of maps', () => {
    expect(() => wholeSchoolMapGrid([], 'x')).toThrow();
  });
});
