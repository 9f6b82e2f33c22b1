import { describe, expect, it } from 'vitest';
import { differentPupils, distinctPupils, PupilRoster } from '../../../core/actions/pupil-roster.js';
import type { Diagnostic } from '../../../core/diagnostics.js';
import type { Pupil } from '../../../core/model/types.js';

const pupil = (name: string, extra: Partial<Pupil> = {}): Pupil => ({
  id: extra.upn ? `upn:${extra.upn}` : `name:${name.toLowerCase()}`,
  name,
  upn: null,
  year: null,
  group: null,
  sen: null,
  pp: null,
  eal: null,
  lookedAfter: null,
  gender: null,
  dateOfBirth: null,
  source: { sheet: 'Provision Map', cell: 'F9' },
  ...extra,
});

const jack2B = pupil('Jack Mills', { upn: 'N938200122037', group: '2B', year: 2 });
const jack4A = pupil('Jack Mills', { upn: 'H938200120011', group: '4A', year: 4 });

describe('telling pupils apart', () => {
  it('knows two children are different by UPN, class, year or date of birth', () => {
    expect(differentPupils(jack2B, jack4A)).toBe(true);
    expect(differentPupils(pupil('Amy', { year: 3 }), pupil('Amy', { year: 4 }))).toBe(true);
    expect(
      differentPupils(
        pupil('Amy', { dateOfBirth: '2016-01-01' }),
        pupil('Amy', { dateOfBirth: '2016-02-01' }),
      ),
    ).toBe(true);
    expect(differentPupils(jack2B, pupil('Jack Mills'))).toBe(false);
  });

  it('keeps two children with one name apart, and merges readings of one child', () => {
    const out = distinctPupils([jack2B, jack4A, pupil('Jack Mills', { upn: 'H938200120011', sen: 'K' })]);
    expect(out.pupils.map((p) => [p.upn, p.group, p.sen])).toEqual([
      ['N938200122037', '2B', null],
      ['H938200120011', '4A', 'K'],
    ]);
    expect(out.of).toEqual([0, 1, 1]);
  });

  it('gives a bare name to the one child it can be, whatever the order it was read in', () => {
    const amy = pupil('Amy');
    const out = distinctPupils([amy, pupil('Amy', { upn: 'A1', group: '3B' }), pupil('Bob')]);
    expect(out.pupils.map((p) => [p.name, p.upn])).toEqual([
      ['Amy', 'A1'],
      ['Bob', null],
    ]);
    expect(out.of).toEqual([0, 0, 1]);
  });

  it('matches by name and class when the UPN is missing on one side', () => {
    const out = distinctPupils([jack2B, jack4A, pupil('Jack Mills', { group: '4A', pp: true })]);
    expect(out.pupils).toHaveLength(2);
    expect(out.of).toEqual([0, 1, 1]);
    expect(out.pupils[1]!.pp).toBe(true);
  });

  it('keeps a bare name that could be either child apart, and says so', () => {
    const diagnostics: Diagnostic[] = [];
    const out = distinctPupils([pupil('Jack Mills'), jack2B, jack4A], diagnostics);
    expect(out.pupils.map((p) => p.upn)).toEqual([null, 'N938200122037', 'H938200120011']);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'AMBIGUOUS_PUPIL',
        sheet: 'Provision Map',
        cell: 'F9',
        severity: 'warning',
      }),
    ]);
    expect(diagnostics[0]!.message).toContain('2B N938200122037; 4A H938200120011');
  });

  it('looks a reading up without guessing', () => {
    const roster = new PupilRoster(distinctPupils([jack2B, jack4A, pupil('Amy', { group: '3B' })]).pupils);
    expect(roster.lookup(pupil('Jack Mills', { upn: 'H938200120011' }))?.group).toBe('4A');
    expect(roster.lookup(pupil('jack  mills', { group: '2b' }))?.upn).toBe('N938200122037');
    expect(roster.lookup(pupil('Jack Mills'))).toBeNull();
    expect(roster.find(pupil('Jack Mills')).kind).toBe('ambiguous');
    expect(roster.lookup(pupil('Amy'))?.group).toBe('3B');
    expect(roster.find(pupil('Zoe')).kind).toBe('none');
  });
});
