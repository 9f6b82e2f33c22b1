// Properties of resumable collation over random class maps with many near-collisions of names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collate, type ClassMapInput, type SchoolMap } from '../../../core/collate/index.js';
import type { Enrolment, Pupil } from '../../../core/model/types.js';
import { enrolment, intervention, plusOne, pupil, schedule } from '../evaluate/builders.js';

const pupilArb = fc.record({
  name: fc.constantFrom('Amy', 'Sam', 'Joe', 'Amy Smith', 'Sam Jones', 'Li'),
  upn: fc.constantFrom(null, null, null, 'U1', 'U2', 'U3'),
  dateOfBirth: fc.constantFrom(null, null, '2016-01-01', '2015-05-05'),
  group: fc.constantFrom(null, null, '3A', '3B'),
  year: fc.constantFrom(null, 3, 4),
  sen: fc.constantFrom(null, 'N' as const, 'K' as const, 'E' as const),
  pp: fc.constantFrom(null, true, false),
});

const interventionIds = ['numeracy', 'reading', 'nurture'] as const;

const mapArb = fc.record({
  pupils: fc.array(fc.record({ p: pupilArb, in: fc.subarray([...interventionIds], { minLength: 1 }) }), {
    minLength: 1,
    maxLength: 4,
  }),
  group: fc.constantFrom(null, '3A', '3B'),
  cells: fc.boolean(),
  weeks: fc.constantFrom(6, 10),
  strategies: fc.subarray(['word banks', 'visual timetables']),
});

const inputsArb = fc.array(mapArb, { minLength: 1, maxLength: 6 }).map((maps) =>
  maps.map((m, index): ClassMapInput => {
    const source = `M${index}`;
    const pupils: Pupil[] = m.pupils.map(({ p }, row) => pupil(p.name, { ...p, id: `p${row}` }));
    const enrolments: Enrolment[] = m.pupils.flatMap(({ in: ids }, row) =>
      ids.map((id) =>
        enrolment(`p${row}`, id, 'nc-sublevels', '2c', plusOne, '2b', {
          source: m.cells ? { sheet: source, cell: `A${row + 2}` } : null,
        }),
      ),
    );
    const interventions = interventionIds.map((id) =>
      intervention(id, { schedule: schedule(`3 x 15 mins x ${m.weeks} weeks`, 3, 15, m.weeks) }),
    );
    return {
      source,
      group: m.group,
      map: { title: null, strategies: m.strategies, pupils, interventions, enrolments },
    };
  }),
);

/** Collates chunk after chunk, each with the previous result as existing. */
function inChunks(chunks: readonly (readonly ClassMapInput[])[]): SchoolMap {
  let existing: SchoolMap | undefined;
  for (const chunk of chunks) existing = collate(chunk, existing ? { existing } : {}).school;
  return existing!;
}

function split<T>(items: readonly T[], cuts: readonly boolean[]): T[][] {
  const out: T[][] = [[]];
  items.forEach((item, i) => {
    if (i > 0 && cuts[i]) out.push([]);
    out[out.length - 1]!.push(item);
  });
  return out;
}

describe('resumable collation (fast-check)', () => {
  it('any split of the maps into chunks gives the same school map as one collation', () => {
    fc.assert(
      fc.property(inputsArb, fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (inputs, cuts) => {
        expect(inChunks(split(inputs, cuts))).toEqual(collate(inputs).school);
      }),
      { numRuns: 300 },
    );
  });

  it('re-collating the last chunk of a run (a retried chunk) changes nothing', () => {
    fc.assert(
      fc.property(inputsArb, fc.nat(), (inputs, at) => {
        const k = inputs.length === 1 ? 1 : 1 + (at % (inputs.length - 1));
        const first = collate(inputs.slice(0, k)).school;
        const resumed = collate(inputs.slice(Math.max(0, k - 1)), { existing: first }).school;
        const all = collate(inputs).school;
        expect(resumed).toEqual(all);
        expect(collate(inputs, { existing: all }).school).toEqual(all);
        const middle = inputs[at % inputs.length]!;
        expect(collate([middle], { existing: all }).school).toEqual(all);
      }),
      { numRuns: 300 },
    );
  });

  it('never merges two pupils with different UPNs, and keeps every row', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const { school } = collate(inputs);
        expect(school.enrolments).toHaveLength(inputs.reduce((n, i) => n + i.map.enrolments.length, 0));
        const ids = new Set(school.pupils.map((p) => p.id));
        expect(ids.size).toBe(school.pupils.length);
        for (const e of school.enrolments) expect(ids.has(e.pupilId)).toBe(true);
        inputs.forEach((input) => {
          const rows = school.enrolments.filter((e) => e.mapSource === input.source);
          input.map.enrolments.forEach((e, i) => {
            const mapUpn = input.map.pupils.find((p) => p.id === e.pupilId)?.upn ?? null;
            const schoolUpn = school.pupils.find((p) => p.id === rows[i]!.pupilId)?.upn ?? null;
            if (mapUpn !== null) expect(schoolUpn).toBe(mapUpn);
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});
