// Reading ages in years and months, one step per month from 4y 0m to 16y 11m.

import type { ScaleDefinition, ScaleStep } from './types.js';
import type { Reading, ScaleReader, StepLookup } from './reader.js';

export const READING_AGE_MIN_MONTHS = 4 * 12;
export const READING_AGE_MAX_MONTHS = 16 * 12 + 11;

/** The label of a reading age in months: 87 -> "7y 3m". */
export function readingAgeLabel(months: number): string {
  return `${Math.floor(months / 12)}y ${months % 12}m`;
}

const STEPS: ScaleStep[] = Array.from(
  { length: READING_AGE_MAX_MONTHS - READING_AGE_MIN_MONTHS + 1 },
  (_, i) => ({ label: readingAgeLabel(READING_AGE_MIN_MONTHS + i) }),
);

/**
 * 4y 0m .. 16y 11m, 156 steps of a month. Expected 12 months a year: a reading age keeping pace with
 * chronological age. Tolerance 3 months, about the error of a reading test.
 */
export const READING_AGE: ScaleDefinition = {
  id: 'reading-age',
  name: 'Reading ages',
  stepName: 'month',
  steps: STEPS,
  parser: 'reading-age',
  tolerance: 3,
  expectedStepsPerYear: { default: 12 },
};

const YEARS = '(?:y|yr|yrs|year|years)';
const MONTHS = '(?:m|mth|mths|mnth|mnths|mo|mos|month|months)';
/** "7y 3m", "7 y 3 m", "7yrs 3mths", "7 years, 3 months", "7y", "7y 3". */
const UNITS = new RegExp(`^(\\d{1,2}) ?${YEARS}\\.?(?:,? ?(\\d{1,2}) ?(?:${MONTHS}\\.?)?)?$`);
/** "7:03", "7-03", "7.03", "7.3", "7.10": months as written after the separator. */
const SEPARATED = /^(\d{1,2}) ?[:.-] ?(\d{1,2})$/;

function fromParts(years: number, months: number, text: string, find: StepLookup): Reading {
  if (months > 11) return { reason: `${text}: months must be 0 to 11; write it as ${years}y 11m or less.` };
  return find(readingAgeLabel(years * 12 + months)) ?? null;
}

/** Reads reading ages as teachers write them; a number whose months read two ways is refused. */
export const READING_AGE_READER: ScaleReader = {
  text(norm, find) {
    const m = UNITS.exec(norm) ?? SEPARATED.exec(norm);
    if (m) return fromParts(Number(m[1]), Number(m[2] ?? 0), norm, find);
    return /^\d{1,2}$/.test(norm) ? fromParts(Number(norm), 0, norm, find) : null;
  },
  number(n, find) {
    if (n < 0) return null;
    if (Number.isInteger(n)) return fromParts(n, 0, String(n), find);
    const time = timeOfDay(n);
    if (time !== null) return { reason: time };
    const [whole, decimals] = String(n).split('.');
    if (whole === undefined || decimals === undefined || decimals.length > 2)
      return { reason: `${n} is not a reading age; write years and months, such as 7y 3m.` };
    if (decimals === '1')
      return {
        reason: `${n} could be ${whole}y 1m or ${whole}y 10m (a number drops the trailing 0); write ${whole}y 1m or ${whole}y 10m.`,
      };
    return fromParts(Number(whole), Number(decimals), String(n), find);
  },
};

/** Reason for a fraction of a day: what a spreadsheet stores when "7:03" was taken as a time. */
function timeOfDay(n: number): string | null {
  const minutes = Math.round(n * 1440);
  if (n <= 0 || n >= 1 || Math.abs(n * 1440 - minutes) > 1e-6) return null;
  const hh = Math.floor(minutes / 60);
  const mm = String(minutes % 60).padStart(2, '0');
  return `The spreadsheet stored ${hh}:${mm} as a time of day; format the column as plain text and type ${hh}:${mm}, or write ${hh}y ${minutes % 60}m.`;
}
