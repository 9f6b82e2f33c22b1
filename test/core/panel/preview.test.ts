// The set-up preview: what import finds on sheets a teacher might have.
import { describe, expect, it } from 'vitest';
import { SEED_PROVISION_MAP } from '../../../core/examples/index.js';
import { previewStructure } from '../../../core/panel/index.js';
import { ScaleRegistry } from '../../../core/scales/index.js';
import { resolveSettings } from '../../../core/settings.js';
import { blockMap, springTracker } from './grids.js';

const settings = resolveSettings();
const scales = new ScaleRegistry();

/** Lines of a multi-line cell, as a teacher lists pupils. */
const lines = (v: unknown): string[] =>
  String(v ?? '')
    .split('\n')
    .filter((l) => l.trim() !== '');

describe('previewStructure', () => {
  it('shows the seed map as a provision map with each column named', () => {
    const p = previewStructure(SEED_PROVISION_MAP, { settings });
    expect(p.kind).toBe('provision');
    const headerRow = SEED_PROVISION_MAP.values.findIndex((r) => r[0] === 'Intervention');
    expect(p.headerRow).toBe(headerRow);
    expect(p.columns.map((c) => c.field)).toEqual([
      'intervention',
      'groupSize',
      'schedule',
      'staff',
      'pupil',
      'entry',
      'target',
      'exit',
      'outcome',
    ]);
    expect(p.columns.map((c) => c.letter).join('')).toBe('ABCDEFGHI');
    // Multi-line header text reads on one line.
    expect(p.columns[2]!.header).toBe('Frequency/ duration');
  });

  it('counts pupils and interventions the way the sheet lists them', () => {
    const p = previewStructure(SEED_PROVISION_MAP, { settings });
    const rows = SEED_PROVISION_MAP.values.slice(p.headerRow! + 1);
    const names = new Set(rows.flatMap((r) => lines(r[4])));
    expect(p.counts.pupils).toBe(names.size);
    expect(p.counts.interventions).toBe(rows.length);
  });

  it('reports the scales each intervention was read on, most used first', () => {
    const p = previewStructure(SEED_PROVISION_MAP, { settings });
    const rows = SEED_PROVISION_MAP.values.slice(p.headerRow! + 1);
    const leuvenRow = rows.find((r) => String(r[0]).startsWith('Social'))!;
    const ncPupils = rows.filter((r) => r !== leuvenRow).flatMap((r) => lines(r[4])).length;
    const leuvenPupils = lines(leuvenRow[4]).length;
    expect(p.scalesUsed[0]).toEqual({ id: 'nc-sublevels', name: 'NC sub-levels', count: ncPupils });
    expect(
      p.scalesUsed
        .slice(1)
        .map((s) => [s.id, s.count])
        .sort(),
    ).toEqual([
      ['leuven-involvement', leuvenPupils],
      ['leuven-wellbeing', leuvenPupils],
    ]);
    expect(p.scaleOptions.map((s) => s.id)).toEqual(scales.all().map((s) => s.id));
  });

  it('leaves a column it does not know as the teacher’s own', () => {
    const p = previewStructure(blockMap(), { settings });
    expect(p.columns.find((c) => c.letter === 'E')).toMatchObject({
      header: 'End of block',
      field: null,
      fieldLabel: null,
    });
  });

  it('marks a tracker’s point columns and can be forced to another kind', () => {
    const t = previewStructure(springTracker(), { settings });
    expect(t.kind).toBe('tracking');
    expect(t.columns.map((c) => c.field)).toEqual(['pupil', 'point', null, 'target']);
    const withYear = springTracker();
    withYear.values.forEach((row, i) => row.push(i === 0 ? 'Year' : 4));
    expect(previewStructure(withYear, { settings }).kind).toBe('tracking');
    const asList = previewStructure(withYear, { settings, kind: 'class-list' });
    expect(asList.kind).toBe('class-list');
    expect(asList.counts.pupils).toBe(withYear.values.length - 1);
  });

  it('says plainly when a sheet holds no table, without throwing', () => {
    const p = previewStructure(
      { sheet: 'Notes', values: [['Shopping list'], ['milk']], merges: [] },
      { settings },
    );
    expect(p.kind).toBe('none');
    expect(p.headerRow).toBeNull();
    expect(p.diagnostics).toHaveLength(1);
    expect(p.diagnostics[0]).toMatchObject({ sheet: 'Notes', cell: 'A1', severity: 'error' });
  });
});
