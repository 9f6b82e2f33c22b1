// The teacher's corrections to the set-up preview, written into a copy of the sheet's grid.
import { describe, expect, it } from 'vitest';
import { SEED_PROVISION_MAP } from '../../../core/examples/index.js';
import { SettingsError, UnknownScaleError, NoTableFoundError } from '../../../core/errors.js';
import { importSheet } from '../../../core/import/index.js';
import { correctSource, OWN_COLUMN_PREFIX, previewStructure } from '../../../core/panel/index.js';
import { ScaleRegistry } from '../../../core/scales/index.js';
import { resolveSettings } from '../../../core/settings.js';
import { blockMap, deepCopy, springTracker } from './grids.js';

const settings = resolveSettings();
const scales = new ScaleRegistry();
const read = (g: Parameters<typeof importSheet>[0]) => importSheet(g, { scales, settings });

describe('correctSource', () => {
  it('returns the very same grid when nothing was corrected', () => {
    const g = blockMap();
    expect(correctSource(g, {}, { settings })).toBe(g);
    expect(correctSource(g, { columns: {} }, { settings })).toBe(g);
  });

  it('makes import read a column the teacher named, and never changes the sheet’s own grid', () => {
    const g = blockMap();
    const before = deepCopy(g);
    const fixed = correctSource(g, { columns: { '4': 'exit' } }, { settings });
    expect(g).toEqual(before);
    expect(fixed.values[0]![4]).toBe('Exit data');
    const r = read(fixed);
    if (r.kind !== 'provision') throw new Error(r.kind);
    const withExit = r.map.enrolments.filter((e) => e.exit !== null).length;
    const typed = g.values.slice(1).filter((row) => row[4] !== null && row[4] !== '').length;
    expect(withExit).toBe(typed);
    const original = read(g);
    if (original.kind !== 'provision') throw new Error(original.kind);
    expect(original.map.enrolments.every((e) => e.exit === null)).toBe(true);
  });

  it('moves a field: the column it came from becomes the teacher’s own', () => {
    const g = blockMap();
    // The teacher says column C is the target and D their own notes.
    const fixed = correctSource(g, { columns: { '2': 'target' } }, { settings });
    expect(fixed.values[0]![2]).toBe('Target');
    expect(fixed.values[0]![3]).toBe(`${OWN_COLUMN_PREFIX}Target`);
    const p = previewStructure(fixed, { settings });
    expect(p.columns.find((c) => c.index === 2)!.field).toBe('target');
    expect(p.columns.find((c) => c.index === 3)!.field).toBeNull();
  });

  it('turns a recognised column into the teacher’s own', () => {
    const fixed = correctSource(blockMap(), { columns: { '3': null } }, { settings });
    expect(fixed.values[0]![3]).toBe(`${OWN_COLUMN_PREFIX}Target`);
    expect(previewStructure(fixed, { settings }).columns.find((c) => c.index === 3)!.field).toBeNull();
  });

  it('names a column newly marked as an assessment point for its place', () => {
    const fixed = correctSource(springTracker(), { columns: { '2': 'point' } }, { settings });
    const r = read(fixed);
    if (r.kind !== 'tracking') throw new Error(r.kind);
    expect(r.tracker.pointLabels).toEqual(['Baseline', 'AP1']);
    expect(r.tracker.subjects[0]!.points.map((p) => p?.label ?? null)).toEqual(['2c', '2a']);
  });

  it('puts every graded row on the chosen scale with a Scale column, and no blank row gains one', () => {
    const g = deepCopy(SEED_PROVISION_MAP);
    g.values.push([null, null, null, null, null, null, null, null, null]);
    const fixed = correctSource(g, { scaleId: 'nc-sublevels' }, { settings });
    const headerRow = g.values.findIndex((r) => r[0] === 'Intervention');
    const col = fixed.values[headerRow]!.indexOf('Scale');
    expect(col).toBeGreaterThanOrEqual(9);
    const filled = fixed.values.slice(headerRow + 1).filter((r) => r[col] === 'NC sub-levels').length;
    const dataRows = g.values
      .slice(headerRow + 1)
      .filter((r) => r.some((v) => v !== null && v !== '')).length;
    expect(filled).toBe(dataRows);
    expect(fixed.values.at(-1)!.every((v) => v === null)).toBe(true);
    // Rows above the table are untouched.
    expect(fixed.values.slice(0, headerRow)).toEqual(g.values.slice(0, headerRow));
    const r = read(fixed);
    if (r.kind !== 'provision') throw new Error(r.kind);
    expect(new Set(r.map.enrolments.map((e) => e.scaleId))).toEqual(new Set(['nc-sublevels']));
  });

  it('settles a tracker whose grades read on two scales: 2-5 look like Leuven, the teacher says GCSE', () => {
    const t = {
      sheet: 'Maths',
      values: [
        ['Pupil', 'Baseline', 'AP1', 'Target'],
        ['Ava', '3', '4', '5'],
        ['Ben', '2', '2', '4'],
      ],
      merges: [],
    };
    const before = read(t);
    if (before.kind !== 'tracking') throw new Error(before.kind);
    expect(before.tracker.subjects.every((s) => s.scaleId === 'gcse-9-1')).toBe(false);
    const after = read(correctSource(t, { scaleId: 'gcse-9-1' }, { settings }));
    if (after.kind !== 'tracking') throw new Error(after.kind);
    expect(after.tracker.subjects.map((s) => s.scaleId)).toEqual(['gcse-9-1', 'gcse-9-1']);
    expect(String(after.tracker.subjects[0]!.target?.label)).toBe('5');
  });

  it('writes the chosen scale into a Scale column the sheet already has', () => {
    const g = blockMap();
    g.values[0]![5] = 'Scale';
    const fixed = correctSource(g, { scaleId: 'gcse-9-1' }, { settings });
    expect(fixed.values[0]).toHaveLength(6);
    expect(fixed.values.slice(1).map((r) => r[5])).toEqual(Array(4).fill(scales.get('gcse-9-1').name));
  });

  it('refuses corrections that cannot apply, with typed errors', () => {
    expect(() => correctSource(blockMap(), { columns: { '4': 'dateOfBirth' } }, { settings })).toThrow(
      SettingsError,
    );
    expect(() => correctSource(blockMap(), { columns: { x: 'exit' } }, { settings })).toThrow(SettingsError);
    expect(() => correctSource(blockMap(), { scaleId: 'no-such-scale' }, { settings })).toThrow(
      UnknownScaleError,
    );
    expect(() =>
      correctSource(
        { sheet: 'Empty', values: [['hello']], merges: [] },
        { scaleId: 'nc-sublevels' },
        { settings },
      ),
    ).toThrow(NoTableFoundError);
  });
});
