// Works out a tracker's subject when it has no Subject column: from its title, else its sheet name.

import { collapse } from './text.js';

/** The subject of a tracker that names none. */
export const DEFAULT_SUBJECT = 'General';

/** Words in a title that name a subject, and the subject's name. More specific words come first. */
export const SUBJECT_WORDS: readonly { words: readonly string[]; subject: string }[] = [
  { words: ['handwriting'], subject: 'Handwriting' },
  { words: ['reading'], subject: 'Reading' },
  { words: ['writing'], subject: 'Writing' },
  { words: ['maths', 'mathematics', 'math', 'numeracy'], subject: 'Maths' },
  { words: ['spelling', 'spellings'], subject: 'Spelling' },
  { words: ['phonics'], subject: 'Phonics' },
  { words: ['gps', 'spag', 'grammar'], subject: 'Grammar, punctuation and spelling' },
  { words: ['english', 'literacy'], subject: 'English' },
  { words: ['science'], subject: 'Science' },
  { words: ['well-being', 'wellbeing'], subject: 'Well-being' },
];

/** The subject a title or sheet name names ("Year 4 Reading tracker" -> "Reading"), or null. */
export function subjectFromText(text: string | null): string | null {
  if (text === null) return null;
  const t = ` ${collapse(text).replace(/[^a-z0-9-]+/g, ' ')} `;
  for (const entry of SUBJECT_WORDS) if (entry.words.some((w) => t.includes(` ${w} `))) return entry.subject;
  return null;
}

/** A tracker's subject from its title, else its sheet name, else "General". */
export function fallbackSubject(title: string | null, sheet: string): string {
  return subjectFromText(title) ?? subjectFromText(sheet) ?? DEFAULT_SUBJECT;
}
