// The interventions synthetic classes run: the seed guidance's four, plus others common in English schools.

import type { GradeScale } from './grades.js';

/** An intervention a class can run, with how it is measured and written. */
export interface InterventionTemplate {
  name: string;
  /** "1:6" as written in the Group size column. */
  ratio: string;
  /** Frequency/duration as written, multi-line like the seed's "4 x 20 mins x 6 weeks\n(early am)". */
  schedule: string;
  staff: string;
  scale: GradeScale;
  /** Lines of the Intervention target cell; the first is the measurable one. */
  target: readonly string[];
  /** Steps of progress a typical pupil makes over the intervention. */
  gain: number;
  /** Pupils who most need it: literacy, numeracy or social/emotional. */
  focus: 'literacy' | 'numeracy' | 'social';
}

// prettier-ignore
export const INTERVENTIONS: readonly InterventionTemplate[] = [
  { name: 'Comprehension group', ratio: '1:6', schedule: '3 x 15 mins x 6 weeks', staff: 'HLTA', scale: 'nc-sublevels', gain: 1, focus: 'literacy',
    target: ['Plus one sub-level.', 'To use expression in reading.', 'To demonstrate understanding of text in conversation.'] },
  { name: 'Numeracy', ratio: '1:6', schedule: '4 x 20 mins x 6 weeks\n(early am)', staff: 'HLTA', scale: 'nc-sublevels', gain: 1, focus: 'numeracy',
    target: ['Plus one sub-level.', 'To be able to use multiplication facts (2, 5, 10) confidently.', 'To use the 24-hour clock.'] },
  { name: 'Paired reading', ratio: '1:6', schedule: 'Daily x 10 mins', staff: 'HLTA', scale: 'nc-sublevels', gain: 1, focus: 'literacy',
    target: ['Plus one sub-level.', 'To re-engage with text. To read with expression.'] },
  { name: 'Social skills', ratio: '1:6', schedule: '3 x 15 mins', staff: 'TA', scale: 'leuven', gain: 1, focus: 'social',
    target: ['Leuven targets.', 'To work on: independent targets, organisational skills, working with others.'] },
  { name: 'Phonics catch-up', ratio: '1:4', schedule: '5 x 15 mins x 8 weeks', staff: 'TA', scale: 'nc-sublevels', gain: 1, focus: 'literacy',
    target: ['Plus one sub-level.', 'To blend CVC words.'] },
  { name: 'Precision teaching', ratio: '1:1', schedule: 'Daily x 10 mins x 10 weeks', staff: 'TA', scale: 'standardised-score', gain: 4, focus: 'literacy',
    target: ['Plus 5 points.', 'To read 20 high-frequency words at sight.'] },
  { name: 'Reading boost', ratio: '1:3', schedule: '3 x 20 mins x 10 weeks', staff: 'HLTA', scale: 'reading-age', gain: 6, focus: 'literacy',
    target: ['Plus 6 months.', 'To read aloud with fluency.'] },
  { name: 'Maths mastery boost', ratio: '1:4', schedule: '2 x 30 mins x 12 weeks', staff: 'Teacher', scale: 'standardised-score', gain: 4, focus: 'numeracy',
    target: ['Plus 4 points.', 'To recall number bonds to 20.'] },
  { name: 'Nurture group', ratio: '1:8', schedule: 'Weekly x 60 mins x 12 weeks', staff: 'TA', scale: 'leuven', gain: 1, focus: 'social',
    target: ['Leuven targets.', 'To join in with group activities.'] },
  { name: 'Talk Boost', ratio: '1:4', schedule: '3 x 30 mins x 10 weeks', staff: 'TA', scale: 'nc-sublevels', gain: 1, focus: 'literacy',
    target: ['Plus one sub-level.', 'To use full sentences when answering questions.'] },
];
