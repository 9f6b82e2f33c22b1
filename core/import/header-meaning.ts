// What a header cell names, by the column table in columns.ts: a field, an assessment point, or nothing.

import { FIELDS, KIND_FIELDS, POINT_PATTERNS, type FieldId } from './columns.js';
import type { SheetKind } from './types.js';

/** A header's comparison key: lower case, bracketed text dropped, punctuation as single spaces. */
export function headerKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[^a-z0-9%&]+/g, ' ')
    .trim();
}

/** What a header cell names: a field, an assessment point, or nothing provmap knows. */
export type HeaderMeaning = { kind: 'field'; field: FieldId } | { kind: 'point' } | { kind: 'unknown' };

interface HeaderIndex {
  /** Every header -> the first field (in FIELDS order) that has it. */
  exact: ReadonlyMap<string, FieldId>;
  /** The same for the headers of qualified fields only. */
  qualified: ReadonlyMap<string, FieldId>;
}

let index: HeaderIndex | null = null;

/** The column table as lookups, built once from the constant FIELDS. */
function headerIndex(): HeaderIndex {
  if (index) return index;
  const exact = new Map<string, FieldId>();
  const qualified = new Map<string, FieldId>();
  for (const f of FIELDS) {
    for (const h of f.headers) {
      if (!exact.has(h)) exact.set(h, f.id);
      if (f.qualified === true && !qualified.has(h)) qualified.set(h, f.id);
    }
  }
  index = { exact, qualified };
  return index;
}

/** fieldOf for a non-empty key (see headerKey). */
function fieldOfKey(key: string): FieldId | null {
  const { exact, qualified } = headerIndex();
  // A whole-key match is longer than any qualified header the key goes on from, so it always wins.
  const whole = exact.get(key);
  if (whole !== undefined) return whole;
  // Keys are single-spaced: each space ends a candidate qualified header, the longest tried first.
  for (let at = key.lastIndexOf(' '); at > 0; at = key.lastIndexOf(' ', at - 1)) {
    const id = qualified.get(key.slice(0, at));
    // A qualifier is words, never a number: "Year 3" is a value, not a header.
    const next = key.charCodeAt(at + 1);
    if (id !== undefined && !(next >= 48 && next <= 57)) return id;
  }
  return null;
}

/**
 * What a header names. The longest matching header over every field wins, so "Pupil premium" is the PP
 * column and never a pupil column. Qualified fields also match a header that goes on with more words.
 */
export function fieldOf(text: string): FieldId | null {
  const key = headerKey(text);
  return key === '' ? null : fieldOfKey(key);
}

/** True when the header names an assessment point of a tracker. */
export function isPointHeader(text: string): boolean {
  const key = headerKey(text);
  return POINT_PATTERNS.some((p) => p.test(key));
}

/** What a header means on a sheet of the given kind (trackers read point headers first). */
export function meaningFor(kind: SheetKind, text: string): HeaderMeaning {
  if (kind === 'tracking' && isPointHeader(text)) return { kind: 'point' };
  const field = fieldOf(text);
  if (field !== null && KIND_FIELDS[kind].includes(field)) return { kind: 'field', field };
  return { kind: 'unknown' };
}

/**
 * meaningFor with each text's point and field worked out once: for scanning many rows of one sheet,
 * where the same values recur under every kind tried.
 */
export function meaningReader(): (kind: SheetKind, text: string) => HeaderMeaning {
  const known = new Map<string, { point?: boolean; field: FieldId | null }>();
  return (kind, text) => {
    let m = known.get(text);
    if (!m) known.set(text, (m = { field: fieldOf(text) }));
    if (kind === 'tracking' && (m.point ??= isPointHeader(text))) return { kind: 'point' };
    const field = m.field;
    if (field !== null && KIND_FIELDS[kind].includes(field)) return { kind: 'field', field };
    return { kind: 'unknown' };
  };
}
