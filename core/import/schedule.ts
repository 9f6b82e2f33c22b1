// Reads how often and how long an intervention runs: "3 x 15 mins x 6 weeks", "Daily x 10 mins".

import type { Schedule } from '../model/types.js';
import type { Settings } from '../settings.js';
import { COUNT_PATTERN, numberFromWord, oneLine } from './text.js';

/** School days in a week: "daily" means this many sessions a week. */
export const SCHOOL_DAYS_PER_WEEK = 5;

/** Terms in a school year, for "for a year". */
const TERMS_PER_YEAR = 3;

// A count followed by a unit: digits may touch the unit ("30min"), words may not ("aweek").
const COUNT_BEFORE_UNIT = `(\\d+(?:\\.\\d+)?\\s*|${COUNT_PATTERN}\\s+)`;
// Consumed text is replaced by this mark so neighbours never join into a new token.
const MARK = ' | ';

/** Words that carry no meaning of their own once the numbers around them have been read. */
const FILLER = new Set([
  'x',
  'for',
  'of',
  'per',
  'and',
  'over',
  'the',
  'a',
  'an',
  'session',
  'sessions',
  'each',
  'every',
  'with',
  'times',
  'time',
  'week',
  'weeks',
  'in',
  'at',
  'on',
  'approx',
  'approximately',
  'about',
  'around',
]);

interface Found {
  minutes: number | null;
  weeks: number | null;
  count: number | null;
  countSeen: number;
  daily: boolean;
  weekly: boolean;
  fortnightly: boolean;
  days: Set<string>;
  notes: string[];
}

/**
 * Reads a schedule written the way teachers write them. Returns null when nothing in it can be read
 * (no sessions, minutes or weeks) or when a number is left that no unit explains ("3x15").
 * "Daily" is five sessions a week, "weekly" one (unless a count is given), "for a term" is
 * `settings.weeksPerTerm` weeks; bracketed text and leftover words become the note.
 */
export function parseSchedule(text: string, settings: Settings): Schedule | null {
  const written = oneLine(text);
  if (written === '') return null;
  const f: Found = {
    minutes: null,
    weeks: null,
    count: null,
    countSeen: 0,
    daily: false,
    weekly: false,
    fortnightly: false,
    days: new Set(),
    notes: [],
  };
  let s = written.replace(/[([]([^)\]]*)[)\]]/g, (_m, inner: string) => {
    if (inner.trim() !== '') f.notes.push(inner.trim());
    return MARK;
  });
  // A time of day ("9am") is a note; it goes before digits and letters are pulled apart.
  s = s.replace(/\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b/gi, (m) => {
    f.notes.push(m.trim());
    return MARK;
  });
  s = s
    .replace(/[×*]/g, ' x ')
    .replace(/([a-z])(\d)/gi, '$1 $2')
    .replace(/(\d)([a-z])/gi, '$1 $2');
  const take = (re: RegExp, use: (m: (string | undefined)[]) => void): void => {
    s = s.replace(re, (...args: unknown[]) => {
      // replace() passes the match, its groups (undefined when unmatched), then the offset.
      const end = args.findIndex((a) => typeof a === 'number');
      use(args.slice(0, end) as (string | undefined)[]);
      return MARK;
    });
  };
  const addWeeks = (w: number): void => {
    f.weeks = (f.weeks ?? 0) + w;
  };
  const addMinutes = (m: number): void => {
    f.minutes = (f.minutes ?? 0) + m;
  };
  const wpt = settings.weeksPerTerm;

  take(/\bhalf\s+an?\s+hour\b|\bhalf[\s-]hour\b/gi, () => addMinutes(30));
  take(/\bhour[\s-]long\b/gi, () => addMinutes(60));
  take(new RegExp(`\\b${COUNT_BEFORE_UNIT}-?\\s*(?:hours?|hrs?|h)\\b`, 'gi'), (m) =>
    addMinutes((numberFromWord(m[1]!) ?? 0) * 60),
  );
  take(/\b(\d+(?:\.\d+)?)\s*-?\s*(?:minutes?|mins?|m)\b/gi, (m) => addMinutes(Number(m[1])));
  take(/\b(?:for\s+)?(?:(?:a|one|1)\s+)?half[\s-]+(?:a\s+)?term\b/gi, () => addWeeks(wpt / 2));
  take(new RegExp(`\\b(?:for\\s+)?(?:the\\s+|${COUNT_BEFORE_UNIT})terms?\\b`, 'gi'), (m) =>
    addWeeks((m[1] === undefined ? 1 : (numberFromWord(m[1]) ?? 1)) * wpt),
  );
  take(/\b(?:for\s+)?(?:a|one|the|the\s+whole|all(?:\s+the)?)\s+(?:school\s+)?year\b/gi, () =>
    addWeeks(TERMS_PER_YEAR * wpt),
  );
  take(/\bfor\s+(?:a|one)\s+week\b/gi, () => addWeeks(1));
  take(
    /\bfortnightly\b|\b(?:every|each|per|a)\s+(?:fortnight|other\s+week|two\s+weeks|2\s+weeks)\b/gi,
    () => {
      f.fortnightly = true;
    },
  );
  take(/\bweekly\b|\b(?:per|a|each|every)\s+(?:week|wk)\b|\/\s*(?:week|wk|w)\b|\bp\/?w\b/gi, () => {
    f.weekly = true;
  });
  take(
    /\bdaily\b|\beveryday\b|\b(?:every|each|per|a)\s+(?:day|morning|afternoon|lunchtime)\b|\/\s*day\b/gi,
    () => {
      f.daily = true;
    },
  );
  take(new RegExp(`\\b${COUNT_BEFORE_UNIT}(?:weeks?|wks?|wk|w)\\b`, 'gi'), (m) =>
    addWeeks(numberFromWord(m[1]!) ?? 0),
  );
  take(/\b(mon|tue|wed|thu|fri)[a-z]*\b/gi, (m) => f.days.add(m[1]!.toLowerCase()));
  // A count may stand apart from its noun where a length was taken out: "three [20-minute] sessions".
  take(
    new RegExp(
      `\\b(${COUNT_PATTERN})\\s*(?:\\|\\s*)?(?:x|times|sessions?|lessons?|slots?)\\b|\\bx\\s*(\\d+)\\b|\\b(once|twice|thrice)\\b`,
      'gi',
    ),
    (m) => {
      f.countSeen += 1;
      f.count = numberFromWord(m[1] ?? '') ?? numberFromWord(m[2] ?? '') ?? numberFromWord(m[3] ?? '');
    },
  );

  const leftover = s.split(/[\s|,;/&+.:-]+/).filter((w) => w !== '' && !FILLER.has(w.toLowerCase()));
  if (leftover.some((w) => /\d/.test(w)) || f.countSeen > 1) return null;
  if (leftover.length > 0) f.notes.push(leftover.join(' '));

  const sessionsPerWeek = sessionsFrom(f);
  if (sessionsPerWeek === null && f.minutes === null && f.weeks === null) return null;
  return {
    text: written,
    sessionsPerWeek,
    minutesPerSession: f.minutes,
    weeks: f.weeks,
    note: f.notes.length > 0 ? f.notes.join('; ') : null,
  };
}

function sessionsFrom(f: Found): number | null {
  if (f.daily) return (f.count ?? 1) * SCHOOL_DAYS_PER_WEEK;
  if (f.fortnightly) return (f.count ?? 1) / 2;
  if (f.count !== null) return f.count;
  if (f.days.size > 0) return f.days.size;
  if (f.weekly) return 1;
  return null;
}

/** A schedule for text that could not be read: the text is kept, every part unknown. */
export function unreadSchedule(text: string): Schedule {
  return { text: oneLine(text), sessionsPerWeek: null, minutesPerSession: null, weeks: null, note: null };
}
