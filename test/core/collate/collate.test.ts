import { describe, expect, it } from 'vitest';
import { collate, type ClassMapInput } from '../../../core/collate/index.js';
import type { Intervention, ProvisionMap, Pupil } from '../../../core/model/types.js';
import { enrolment, intervention, plusOne, pupil, schedule, seedMap } from '../evaluate/builders.js';

const maths = intervention('Numeracy', {
  schedule: schedule('4 x 20 mins x 6 weeks', 4, 20, 6),
  staff: 'HLTA',
});
const nurture = intervention('Nurture group', { id: 'nurture group' });

/** A class map where every pupil is in `interventions` (default: Numeracy) on NC sub-levels. */
function classMap(
  source: string,
  pupils: Pupil[],
  group: string | null = null,
  interventions: Intervention[] = [maths],
): ClassMapInput {
  const map: ProvisionMap = {
    title: source,
    strategies: [],
    pupils,
    interventions,
    enrolments: pupils.flatMap((p, row) =>
      interventions.map((i) =>
        enrolment(p.id, i.id, 'nc-sublevels', '2c', plusOne, null, {
          source: { sheet: source, cell: `A${row + 2}` },
        }),
      ),
    ),
  };
  return { source, map, group };
}

const names = (ps: readonly Pupil[]) => ps.map((p) => p.name);

describe('pupil matching across class maps', () => {
  it('1. the same UPN is the same pupil, whatever the spelling', () => {
    const { school, diagnostics } = collate([
      classMap('3A', [pupil('Thomas Hill', { upn: 'H801200001001' })]),
      classMap('3B', [pupil('Tom Hill', { upn: 'h801200001001 ' })]),
    ]);
    expect(names(school.pupils)).toEqual(['Thomas Hill']);
    expect(school.enrolments.map((e) => e.pupilId)).toEqual([school.pupils[0]!.id, school.pupils[0]!.id]);
    expect(diagnostics.filter((d) => d.code === 'AMBIGUOUS_PUPIL')).toEqual([]);
  });

  it('2. the same name and date of birth is the same pupil, even across classes', () => {
    const { school } = collate([
      classMap('3A', [pupil('Amy Smith', { dateOfBirth: '2016-03-01' })], '3A'),
      classMap('Nurture', [pupil('amy  SMITH', { dateOfBirth: '2016-03-01' })], 'Nurture'),
    ]);
    expect(school.pupils).toHaveLength(1);
  });

  it('different UPNs or dates of birth are different pupils, even with the same name and class', () => {
    const { school } = collate([
      classMap('A', [
        pupil('Sam Lee', { upn: 'U1', group: '3A' }),
        pupil('Sam Lee', { id: 'sam2', upn: 'U2', group: '3A' }),
      ]),
      classMap('B', [
        pupil('Sam Lee', { dateOfBirth: '2016-01-01', group: '4C' }),
        pupil('Sam Lee', { id: 'sam3', dateOfBirth: '2015-01-01', group: '4C' }),
      ]),
    ]);
    expect(school.pupils).toHaveLength(4);
    expect(new Set(school.pupils.map((p) => p.id)).size).toBe(4);
  });

  it('3. the same name and class is the same pupil ("Class 3B" and "3b" are one class)', () => {
    const { school } = collate([
      classMap('Map 1', [pupil('Jo Bloggs')], 'Class 3B'),
      classMap('Map 2', [pupil('Jo Bloggs')], '3b'),
    ]);
    expect(school.pupils).toHaveLength(1);
  });

  it('4. the same name and year is the same pupil when classes do not contradict it', () => {
    const { school } = collate([
      classMap('Year 3 maths', [pupil('Jo Bloggs', { year: 3 })]),
      classMap('3B', [pupil('Jo Bloggs', { year: 3 })], '3B'),
      classMap('4C', [pupil('Jo Bloggs', { year: 4 })], '4C'),
    ]);
    expect(school.pupils.map((p) => [p.year, p.group])).toEqual([
      [3, '3B'],
      [4, '4C'],
    ]);
  });

  it('the same name in two different classes is two pupils', () => {
    const { school, diagnostics } = collate([
      classMap('3A', [pupil('Amy')], '3A'),
      classMap('3B', [pupil('Amy')], '3B'),
    ]);
    expect(school.pupils.map((p) => p.group)).toEqual(['3A', '3B']);
    expect(diagnostics).toEqual([]);
  });

  it('a name alone matching pupils in two classes is kept apart, with the cell and a hint', () => {
    const { school, diagnostics } = collate([
      classMap('3A', [pupil('Amy')], '3A'),
      classMap('3B', [pupil('Amy')], '3B'),
      classMap('Lunch club', [pupil('Bob'), pupil('Amy')]),
    ]);
    expect(school.pupils.map((p) => `${p.name}:${p.group}`)).toEqual([
      'Amy:3A',
      'Amy:3B',
      'Bob:null',
      'Amy:null',
    ]);
    const ambiguous = diagnostics.filter((d) => d.code === 'AMBIGUOUS_PUPIL');
    expect(ambiguous).toHaveLength(1);
    expect(ambiguous[0]).toMatchObject({ sheet: 'Lunch club', cell: 'A3', severity: 'warning' });
    expect(ambiguous[0]!.message).toContain('3A');
    expect(ambiguous[0]!.message).toContain('3B');
    expect(ambiguous[0]!.hint).toMatch(/UPN or class/);
  });

  it('5. a name alone matching one pupil is that pupil', () => {
    const { school } = collate([
      classMap('3A', [pupil('Amy')], '3A'),
      classMap('Lunch club', [pupil('Amy')]),
    ]);
    expect(school.pupils).toHaveLength(1);
    expect(school.enrolments.map((e) => e.mapSource)).toEqual(['3A', 'Lunch club']);
  });
});

describe('merging pupil details', () => {
  it('fills unknown details field by field; a conflict warns and keeps the first', () => {
    const { school, diagnostics } = collate([
      classMap(
        '3A',
        [pupil('Amy Smith', { sen: 'K', pp: null, source: { sheet: 'Provision Map', cell: 'B7' } })],
        '3A',
      ),
      classMap(
        'Nurture',
        [pupil('Amy Smith', { sen: 'E', pp: true, year: 3, source: { sheet: 'Nurture', cell: 'C4' } })],
        null,
        [nurture],
      ),
    ]);
    expect(school.pupils).toHaveLength(1);
    expect(school.pupils[0]).toMatchObject({
      sen: 'K',
      pp: true,
      year: 3,
      group: '3A',
      source: { sheet: 'Provision Map', cell: 'B7' },
    });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'CONFLICTING_VALUE',
      severity: 'warning',
      sheet: 'Nurture',
      cell: 'C4',
    });
    expect(diagnostics[0]!.message).toMatch(/SEN status is E here but K/);
  });

  it("a class assumed from the map's name does not conflict with a pupil's own class", () => {
    const { school, diagnostics } = collate([
      classMap('3A', [pupil('Amy Smith', { upn: 'U1' })], '3A'),
      classMap('Nurture', [pupil('Amy Smith', { upn: 'U1' })], 'Nurture', [nurture]),
    ]);
    expect(school.pupils[0]!.group).toBe('3A');
    expect(diagnostics).toEqual([]);
  });

  it('a class list fills in details, matching a forename alone when it is unique', () => {
    const input = classMap('3B', [pupil('Amy'), pupil('Sam'), pupil('Joe', { sen: 'K' })], '3B');
    input.classList = {
      pupils: [
        pupil('Amy Smith', { id: 'l1', upn: 'U1', pp: true, sen: 'N', group: '3B' }),
        pupil('Sam Jones', { id: 'l2', upn: 'U2', group: '3B' }),
        pupil('Sam Patel', { id: 'l3', upn: 'U3', group: '3B' }),
        pupil('Joe Bloggs', { id: 'l4', upn: 'U4', sen: 'E', group: '3B' }),
      ],
    };
    const { school, diagnostics } = collate([input]);
    expect(school.pupils.map((p) => [p.name, p.upn, p.sen])).toEqual([
      ['Amy Smith', 'U1', 'N'],
      ['Sam', null, null],
      ['Joe Bloggs', 'U4', 'E'],
    ]);
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['AMBIGUOUS_PUPIL', 'CONFLICTING_VALUE']);
    expect(diagnostics.find((d) => d.code === 'AMBIGUOUS_PUPIL')!.message).toMatch(/class list/);
  });
});

describe('interventions, rows and order', () => {
  it('one intervention per id; a different schedule warns and keeps the first', () => {
    const other = {
      ...maths,
      schedule: schedule('3 x 15 mins x 6 weeks', 3, 15, 6),
      staff: 'hlta',
      area: 'cognition and learning' as const,
    };
    const { school, diagnostics } = collate([
      classMap('3A', [pupil('Amy')], '3A'),
      classMap('3B', [pupil('Bob')], '3B', [other]),
    ]);
    expect(school.interventions).toHaveLength(1);
    expect(school.interventions[0]).toMatchObject({
      schedule: maths.schedule,
      staff: 'HLTA',
      area: 'cognition and learning',
    });
    expect(diagnostics.map((d) => [d.code, d.message.split(':')[1]?.trim().split(' ')[0]])).toEqual([
      ['CONFLICTING_VALUE', 'frequency/duration'],
    ]);
  });

  it('the same schedule written differently is not a conflict', () => {
    const same = { ...maths, schedule: schedule('4x20min x 6wks', 4, 20, 6) };
    const { diagnostics } = collate([
      classMap('3A', [pupil('Amy')], '3A'),
      classMap('3B', [pupil('Bob')], '3B', [same]),
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('keeps both rows when two maps list a pupil in the same intervention, and warns', () => {
    const { school, diagnostics } = collate([
      classMap('3A', [pupil('Amy', { upn: 'U1' })]),
      classMap('Moved', [pupil('Amy', { upn: 'U1' })]),
    ]);
    expect(school.enrolments).toHaveLength(2);
    expect(diagnostics.map((d) => d.code)).toEqual(['DUPLICATE_PUPIL']);
    expect(diagnostics[0]!.message).toContain('3A');
  });

  it('orders rows by source then row, pupils and interventions by first row, and keeps strategies per map', () => {
    const reading = intervention('Reading');
    const a = classMap('A', [pupil('Zed'), pupil('Amy')], 'A', [reading, maths]);
    a.map.strategies = ['word banks'];
    const b = classMap('B', [pupil('Bob'), pupil('Zed')], 'A', [maths]);
    const { school } = collate([a, b]);
    expect(school.sources).toEqual(['A', 'B']);
    expect(school.enrolments.map((e) => `${e.mapSource}:${e.pupilId}:${e.interventionId}`)).toEqual([
      'A:zed|a:reading',
      'A:zed|a:numeracy',
      'A:amy|a:reading',
      'A:amy|a:numeracy',
      'B:bob|a:numeracy',
      'B:zed|a:numeracy',
    ]);
    expect(names(school.pupils)).toEqual(['Zed', 'Amy', 'Bob']);
    expect(school.interventions.map((i) => i.id)).toEqual(['reading', 'numeracy']);
    expect(school.strategies).toEqual([{ source: 'A', strategies: ['word banks'] }]);
    expect(school.enrolments[0]!.source).toEqual({ sheet: 'A', cell: 'A2' });
  });

  it('leaves out pupils and interventions without rows, and keeps rows naming unlisted ones', () => {
    const input = classMap('A', [pupil('Amy')], 'A', [maths]);
    input.map.interventions.push(intervention('Planned'));
    input.map.pupils.push(pupil('Nobody'));
    input.map.enrolments.push(enrolment('ghost', 'mystery', null, null, plusOne, null));
    const { school } = collate([input]);
    expect(names(school.pupils)).toEqual(['Amy', 'ghost']);
    expect(school.interventions.map((i) => i.name)).toEqual(['Numeracy', 'mystery']);
    expect(school.enrolments).toHaveLength(2);
  });

  it('collates the seed map on its own without losing a row', () => {
    const map = seedMap();
    const { school, diagnostics } = collate([{ source: 'Seed', map }]);
    expect(diagnostics).toEqual([]);
    expect(school.enrolments).toHaveLength(map.enrolments.length);
    expect(school.pupils).toHaveLength(map.pupils.length);
    expect(school.interventions).toHaveLength(map.interventions.length);
  });
});

describe('idempotence and resuming', () => {
  const a = classMap('A', [pupil('Amy', { group: null }), pupil('Sam')], '3A');
  const b = classMap('B', [pupil('Amy'), pupil('Sam', { upn: 'U9' })], null);
  const c = classMap('C', [pupil('Sam', { upn: 'U9' }), pupil('Amy', { sen: 'K' })], '3C');

  it('collating again with the result as existing changes nothing', () => {
    const once = collate([a, b, c]).school;
    expect(collate([a, b, c], { existing: once }).school).toEqual(once);
    expect(collate([b], { existing: once }).school).toEqual(once);
    expect(collate([], { existing: once }).school).toEqual(once);
  });

  it('A,B then B,C equals A,B,C, with no duplicate pupils or rows', () => {
    const all = collate([a, b, c]).school;
    const first = collate([a, b]).school;
    const snapshot = structuredClone(first);
    const resumed = collate([b, c], { existing: first }).school;
    expect(resumed).toEqual(all);
    expect(first).toEqual(snapshot);
    expect(resumed.enrolments).toHaveLength(6);
  });

  it('a source collated again replaces its rows, and what only it said goes with them', () => {
    const first = collate([a, b]).school;
    const edited = classMap('B', [pupil('Sam', { upn: 'U9', sen: 'E' })], null);
    const replaced = collate([edited], { existing: first }).school;
    expect(replaced).toEqual(collate([a, edited]).school);
    expect(replaced.enrolments.filter((e) => e.mapSource === 'B')).toHaveLength(1);
  });

  it('a corrected detail of a pupil only the replaced source lists is taken, without a conflict', () => {
    const before = classMap('B', [pupil('Ben', { sen: 'K', year: 4 })], '3B');
    const after = classMap('B', [pupil('Ben', { sen: 'E' })], '3B');
    const first = collate([a, before]).school;
    const { school, diagnostics } = collate([after], { existing: first });
    expect(school.pupils.find((p) => p.name === 'Ben')).toMatchObject({ sen: 'E', year: null });
    expect(diagnostics).toEqual([]);
    expect(school).toEqual(collate([a, after]).school);
  });
});
