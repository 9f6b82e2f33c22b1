// detectSheetKind and the forced kind: which table a sheet holds, where its header is, and how sure.

import { describe, expect, it } from 'vitest';
import { detectSheetKind, importSheet } from '../../../core/import/index.js';
import { NoTableFoundError } from '../../../core/errors.js';
import { defaultOptions, gridOf, loadGrid } from './fixtures.js';

describe('detectSheetKind', () => {
  it.each([
    ['seed-audit', 'provision', 1],
    ['seed-evaluated-map', 'provision', 3],
    ['one-row-per-pupil-merged', 'provision', 2],
    ['provmap-provision-map', 'provision', 3],
    ['provmap-school-map', 'provision', 2],
    ['tracker-title-rows', 'tracking', 3],
    ['tracker-subjects', 'tracking', 0],
    ['provmap-tracker', 'tracking', 2],
    ['mis-class-list', 'class-list', 3],
    ['provmap-pupils', 'class-list', 2],
  ])('%s is a %s table with its header on row %d', (scenario, kind, headerRow) => {
    expect(detectSheetKind(loadGrid(scenario))).toMatchObject({ kind, headerRow });
  });

  it('is fully confident when every header is known, less so with columns of the teacher’s own', () => {
    expect(detectSheetKind(loadGrid('seed-evaluated-map'))?.confidence).toBe(1);
    const c = detectSheetKind(loadGrid('mis-class-list'))!.confidence;
    expect(c).toBeLessThan(1);
    expect(c).toBeGreaterThan(0.9);
  });

  it('finds nothing on an empty sheet or a sheet of prose', () => {
    expect(detectSheetKind(gridOf([]))).toBeNull();
    expect(
      detectSheetKind(gridOf([['Notes from the meeting'], ['Intervention reviews next week']])),
    ).toBeNull();
  });

  it('needs the columns that make each kind', () => {
    // Names and points make a tracker; names and a detail make a class list.
    expect(detectSheetKind(gridOf([['Name', 'Autumn 1']]))?.kind).toBe('tracking');
    expect(detectSheetKind(gridOf([['Name', 'UPN']]))?.kind).toBe('class-list');
    expect(detectSheetKind(gridOf([['Intervention', 'Staff']]))?.kind).toBe('provision');
    // One known column is not a header.
    expect(detectSheetKind(gridOf([['Name', 'Shoe size']]))).toBeNull();
  });

  it('never takes a sheet with an Intervention column for a tracker', () => {
    expect(
      detectSheetKind(gridOf([['Intervention', 'Pupil', 'Baseline', 'Autumn 1', 'Spring 1']]))?.kind,
    ).toBe('provision');
  });
});

describe('importSheet with a forced kind', () => {
  it('reads the header of that kind', () => {
    const grid = gridOf([
      ['Name', 'UPN', 'Baseline', 'Autumn 1'],
      ['Amy', 'A123456789012', '2c', '2b'],
    ]);
    expect(importSheet(grid, defaultOptions()).kind).toBe('tracking');
    const asList = importSheet(grid, defaultOptions({ kind: 'class-list' }));
    expect(asList.kind).toBe('class-list');
    expect(asList.kind === 'class-list' && asList.classList.pupils.map((p) => p.upn)).toEqual([
      'A123456789012',
    ]);
  });

  it('throws NoTableFoundError when the kind has no header, or nothing is found', () => {
    const list = loadGrid('mis-class-list');
    expect(() => importSheet(list, defaultOptions({ kind: 'provision' }))).toThrow(NoTableFoundError);
    const err = (() => {
      try {
        importSheet(gridOf([['hello']], [], 'Notes'), defaultOptions());
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(NoTableFoundError);
    expect((err as NoTableFoundError).code).toBe('NO_TABLE_FOUND');
    expect((err as NoTableFoundError).sheet).toBe('Notes');
  });
});
