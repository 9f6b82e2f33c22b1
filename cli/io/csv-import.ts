// Reads CSV text into a Grid: delimiter (, ; tab) detected, BOM dropped, quoted newlines kept.

import { parse } from 'csv-parse/sync';
import type { CellValue, Grid } from '../../core/grid.js';

const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

function records(text: string, delimiter: string, toLine?: number): string[][] {
  return parse(text, {
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    ...(toLine ? { to_line: toLine } : {}),
  }) as string[][];
}

/**
 * The delimiter that splits the first lines most consistently into more than one column; ',' when none
 * does (a one-column file).
 */
export function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    let rows: string[][];
    try {
      rows = records(text.slice(0, 64 * 1024), d, 30);
    } catch {
      continue;
    }
    const counts = new Map<number, number>();
    for (const r of rows) if (r.length > 1) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    // Rows sharing the commonest width, weighted by that width: a table, not a stray comma in prose.
    for (const [width, n] of counts) {
      const score = n * width;
      if (score > bestScore) {
        best = d;
        bestScore = score;
      }
    }
  }
  return best;
}

/**
 * A CSV field as a cell: empty is blank, plain decimal numbers become numbers (but not "007", which is an
 * identifier), everything else stays text as written, including dates such as 02/09/2024 for core to read.
 */
export function csvValue(field: string): CellValue {
  if (field === '') return null;
  const t = field.trim();
  if (/^-?(0|[1-9]\d*)(\.\d+)?$/.test(t) && t.length <= 15) return Number(t);
  return field;
}

/** Parses CSV text into a Grid named `sheet`, rows padded to the widest. */
export function parseCsv(text: string, sheet: string, delimiter: Delimiter = detectDelimiter(text)): Grid {
  const rows = records(text, delimiter);
  while (rows.length > 0 && rows[rows.length - 1]!.every((f) => f === '')) rows.pop();
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, i) => csvValue(r[i] ?? '')));
  return { sheet, values, merges: [] };
}
