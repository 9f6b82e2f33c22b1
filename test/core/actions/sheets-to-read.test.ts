import { describe, expect, it } from 'vitest';
import { collationCandidates, sheetsToRead } from '../../../core/actions/index.js';
import type { SheetInfo } from '../../../core/host.js';

const info = (name: string, extra: Partial<SheetInfo> = {}): SheetInfo => ({
  name,
  rows: 20,
  columns: 8,
  hidden: false,
  ...extra,
});

const sheets = [
  info('Class 3B'),
  info('Class 4C'),
  info('Summary'),
  info('Provision Map'),
  info('Pupils'),
  info('Scales'),
  info('Instructions'),
  info('Old', { hidden: true }),
  info('Empty', { rows: 0, columns: 0 }),
  info('School Map'),
];

describe('what a host reads first', () => {
  it('reads the source, then the owned sheets structure merges with (only those that exist)', () => {
    expect(sheetsToRead('structure', sheets, { source: 'Class 3B' })).toEqual([
      'Class 3B',
      'Provision Map',
      'Pupils',
      'Scales',
    ]);
  });

  it('reads every owned sheet to re-evaluate', () => {
    expect(sheetsToRead('reevaluate', sheets)).toEqual([
      'Provision Map',
      'Pupils',
      'School Map',
      'Summary',
      'Scales',
    ]);
  });

  it('reads the School Map, the Pupils sheet (SEN and other details) and the class maps to collate', () => {
    expect(sheetsToRead('collate', sheets)).toEqual([
      'School Map',
      'Pupils',
      'Scales',
      'Class 3B',
      'Class 4C',
    ]);
  });

  it('reads the Tracker (and what records need) to add a point, and the maps to review', () => {
    expect(sheetsToRead('add-point', [info('Tracker'), info('Pupils')])).toEqual(['Tracker', 'Pupils']);
    expect(sheetsToRead('review', sheets)).toEqual(['Provision Map', 'Pupils', 'School Map']);
    expect(sheetsToRead('summary', sheets)).toEqual(['School Map', 'Provision Map', 'Pupils']);
  });
});

describe('collation candidates', () => {
  it("offers class tabs, never provmap's own, hidden, blank or cover sheets", () => {
    expect(collationCandidates(sheets)).toEqual(['Class 3B', 'Class 4C']);
    expect(collationCandidates([info('Year 5 provision'), info('Dashboard 2024'), info('READ ME')])).toEqual([
      'Year 5 provision',
    ]);
  });
});
