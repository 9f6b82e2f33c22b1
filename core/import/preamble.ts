// Reads the rows above a table's header: the title, and class-wide (wave 1) teaching strategies.

import type { Grid } from '../grid.js';
import { oneLine, textOf } from './text.js';

/** Row openings that mark a strategies row: "Teaching strategies: visual timetables, ...". */
export const STRATEGY_OPENINGS: readonly RegExp[] = [
  /^teaching\s+strateg(?:y|ies)\b/i,
  /^class(?:room)?\s+strateg(?:y|ies)\b/i,
  /^wave\s*(?:1|one)\b/i,
  /^quality[\s-]+first\b/i,
];

/** What the rows above a header say. */
export interface Preamble {
  title: string | null;
  strategies: string[];
}

/**
 * The title (the first text row that is not a strategies row) and the strategies, split on commas,
 * semicolons and line breaks, in order, from every strategies row above `headerRow`.
 */
export function readPreamble(grid: Grid, headerRow: number): Preamble {
  let title: string | null = null;
  const strategies: string[] = [];
  for (let row = 0; row < headerRow; row++) {
    const texts = (grid.values[row] ?? []).map((v) => textOf(v)).filter((t) => t !== '');
    if (texts.length === 0) continue;
    const joined = texts.join(', ');
    if (STRATEGY_OPENINGS.some((re) => re.test(joined))) strategies.push(...splitStrategies(joined));
    else title ??= oneLine(texts[0]!);
  }
  return { title, strategies };
}

/** The items of a strategies row, without its opening words ("Teaching strategies:"). */
export function splitStrategies(text: string): string[] {
  const colon = text.indexOf(':');
  let body: string;
  if (colon >= 0) body = text.slice(colon + 1);
  else {
    body = text;
    for (const re of STRATEGY_OPENINGS) body = body.replace(re, '');
    body = body.replace(/^(?:\s*(?:teaching|strateg(?:y|ies)|provision)\b)+/i, '').replace(/^[\s–—-]+/, '');
  }
  return body
    .split(/[,;\r\n]+/)
    .map((s) =>
      oneLine(s)
        .replace(/^[•·*–—-]\s*/, '')
        .replace(/[.]+$/, '')
        .trim(),
    )
    .filter((s) => s !== '');
}
