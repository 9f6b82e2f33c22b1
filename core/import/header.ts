// Finds a table's header row and says what kind of table it heads and which column is which.

import type { Grid } from '../grid.js';
import type { FieldId } from './columns.js';
import { meaningFor, meaningReader, type HeaderMeaning } from './header-meaning.js';
import { oneLine, textOf } from './text.js';
import type { ColumnMap, SheetDetection, SheetKind } from './types.js';

/** Headers are looked for in this many rows from the top (titles and strategy blocks sit above them). */
export const HEADER_SCAN_ROWS = 50;

/** Fewest recognised columns that make a header. */
const MIN_RECOGNISED = 2;

/** Kinds in the order that wins a tie: a map names interventions, a tracker points, a list only pupils. */
const KINDS: readonly SheetKind[] = ['provision', 'tracking', 'class-list'];

const NAME_FIELDS: readonly FieldId[] = ['pupil', 'forename', 'surname', 'preferredForename'];
const PUPIL_DETAIL_FIELDS: readonly FieldId[] = [
  'upn',
  'year',
  'group',
  'sen',
  'pp',
  'eal',
  'lookedAfter',
  'gender',
  'dateOfBirth',
];

/** A header row read as one kind of table. */
export interface TableLayout {
  kind: SheetKind;
  headerRow: number;
  /** Recognised columns (fields and assessment points). */
  score: number;
  confidence: number;
  /** Each recognised field's column (the first, when a header repeats). */
  fields: Partial<Record<FieldId, number>>;
  /** A tracker's assessment point columns, in order, with their labels as written. */
  points: { col: number; label: string }[];
  /** Columns whose header provmap does not know. */
  unknown: number[];
  /** Header text of every non-blank header cell, on one line, by column. */
  headers: ReadonlyMap<number, string>;
  /** Leftmost non-blank header column. */
  left: number;
}

/** How a header cell's text is read (meaningFor, or a reader that remembers texts it has seen). */
type MeaningOf = (kind: SheetKind, text: string) => HeaderMeaning;

/** Reads `row` as the header of a `kind` table; null when it lacks the columns that kind needs. */
export function readHeader(
  grid: Grid,
  row: number,
  kind: SheetKind,
  meaningOf: MeaningOf = meaningFor,
): TableLayout | null {
  const cells = grid.values[row] ?? [];
  const headers = new Map<number, string>();
  const fields: Partial<Record<FieldId, number>> = {};
  const points: { col: number; label: string }[] = [];
  const unknown: number[] = [];
  cells.forEach((value, col) => {
    const text = oneLine(textOf(value));
    if (text === '') return;
    headers.set(col, text);
    const meaning = meaningOf(kind, text);
    if (meaning.kind === 'point') points.push({ col, label: text });
    else if (meaning.kind === 'field' && fields[meaning.field] === undefined) fields[meaning.field] = col;
    else unknown.push(col);
  });
  const has = (f: FieldId): boolean => fields[f] !== undefined;
  const recognised = Object.keys(fields).length + points.length;
  if (recognised < MIN_RECOGNISED || !meetsNeeds(kind, has, points.length)) return null;
  return {
    kind,
    headerRow: row,
    score: recognised,
    confidence: Math.round((recognised / headers.size) * 100) / 100,
    fields,
    points,
    unknown,
    headers,
    left: Math.min(...headers.keys()),
  };
}

function meetsNeeds(kind: SheetKind, has: (f: FieldId) => boolean, points: number): boolean {
  const named = NAME_FIELDS.some(has);
  switch (kind) {
    case 'provision':
      return has('intervention') && (has('pupil') || has('schedule') || has('groupSize') || has('staff'));
    case 'tracking':
      return named && points > 0;
    case 'class-list':
      return named && PUPIL_DETAIL_FIELDS.some(has);
  }
}

/**
 * The best header in the top rows: most recognised columns, then the earliest row, then provision over
 * tracking over class list. With `kind`, only that kind is considered. A row with an Intervention column
 * is never a tracker or class list header.
 */
export function findTable(grid: Grid, kind?: SheetKind): TableLayout | null {
  let best: TableLayout | null = null;
  const last = Math.min(grid.values.length, HEADER_SCAN_ROWS);
  // Every row is read as each kind of header: each distinct text is matched against the table once.
  const meaningOf = meaningReader();
  for (let row = 0; row < last; row++) {
    const provision = readHeader(grid, row, 'provision', meaningOf);
    const interventionColumn = readsIntervention(grid, row, meaningOf);
    for (const k of KINDS) {
      if (kind !== undefined && k !== kind) continue;
      if (k !== 'provision' && interventionColumn) continue;
      const layout = k === 'provision' ? provision : readHeader(grid, row, k, meaningOf);
      if (layout && (best === null || layout.score > best.score)) best = layout;
    }
  }
  return best;
}

function readsIntervention(grid: Grid, row: number, meaningOf: MeaningOf): boolean {
  return (grid.values[row] ?? []).some((v) => {
    const m = meaningOf('provision', textOf(v));
    return m.kind === 'field' && m.field === 'intervention';
  });
}

/** Which kind of table the sheet holds and where its header is, or null when none is recognised. */
export function detectSheetKind(grid: Grid): SheetDetection | null {
  const t = findTable(grid);
  return t ? { kind: t.kind, headerRow: t.headerRow, confidence: t.confidence } : null;
}

/** The public column map of a layout: fields by id, points as `point:<n>`, and unknown columns. */
export function columnMapOf(t: TableLayout): ColumnMap {
  const fields: Record<string, number> = {};
  for (const [id, col] of Object.entries(t.fields)) if (col !== undefined) fields[id] = col;
  t.points.forEach((p, i) => {
    fields[`point:${i}`] = p.col;
  });
  return { fields, unknown: [...t.unknown] };
}
