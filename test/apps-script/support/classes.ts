// Teacher sheets of any size, for round-trip counts: a provision map with one row per pupil (interventions
// merged down their rows, as teachers lay them out) and an assessment sheet with one row per pupil.

import type { InitialSheet } from '../../contract/harness.js';

const NC = ['1a', '2c', '2b', '2a', '3c', '3b', '3a', '4c'];
const INTERVENTIONS = [
  ['Comprehension group', '1:6', '3 x 15 mins x 6 weeks', 'HLTA'],
  ['Numeracy', '1:6', '4 x 20 mins x 6 weeks', 'HLTA'],
  ['Phonics catch-up', '1:4', '5 x 10 mins x 8 weeks', 'TA'],
  ['Precision teaching', '1:1', '3 x 10 mins x 10 weeks', 'TA'],
];

const name = (i: number): string =>
  `Pupil${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)} Surname${i}`;

/** A class provision map of `pupils` rows, split over four interventions. */
export function provisionSheet(pupils: number, sheet = 'Class 5'): InitialSheet {
  const per = Math.ceil(pupils / INTERVENTIONS.length);
  const values: (string | number | null)[][] = [
    [`${sheet} provision map`, null, null, null, null, null, null, null],
    [
      'Intervention',
      'Group size',
      'Frequency/duration',
      'Staff',
      'Pupil',
      'Entry data',
      'Intervention target',
      'Exit data',
    ],
  ];
  const merges: InitialSheet['merges'] = [];
  for (let i = 0; i < pupils; i++) {
    const block = Math.floor(i / per);
    const first = i % per === 0;
    const [iv, ratio, freq, staff] = INTERVENTIONS[block]!;
    // Every pupil of an intervention fares alike (met, partly met, not met, pending), so the figures per
    // intervention, and so the shape of every generated sheet, are the same for any class size.
    const entry = 1 + (i % 3);
    const exit = [entry + 3, entry + 1, entry, null][block]!;
    values.push([
      first ? iv! : null,
      first ? ratio! : null,
      first ? freq! : null,
      first ? staff! : null,
      name(i),
      NC[entry]!,
      first ? 'Plus two sub-levels.' : null,
      exit === null ? null : NC[exit]!,
    ]);
  }
  for (let b = 0; b < INTERVENTIONS.length; b++) {
    const top = 2 + b * per;
    const bottom = Math.min(top + per - 1, 1 + pupils);
    if (bottom > top) for (const col of [0, 1, 2, 3, 6]) merges.push({ top, left: col, bottom, right: col });
  }
  return { name: sheet, values, merges };
}

/** An assessment sheet: one row per pupil, reading scores at three points and a target. */
export function assessmentSheet(pupils: number, sheet = 'Assessments'): InitialSheet {
  const values: (string | number | null)[][] = [['Pupil', 'Year', 'Subject', 'Sept', 'Dec', 'Mar', 'Target']];
  for (let i = 0; i < pupils; i++)
    values.push([name(i), 'Y5', 'Reading', NC[i % 4]!, NC[(i % 4) + 1]!, null, NC[(i % 4) + 3]!]);
  return { name: sheet, values };
}
