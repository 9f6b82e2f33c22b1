// Who a row of an owned table is about, and which row of the sheet is which generated row on a re-run:
// two different children with one name (told apart by UPN or class) are never made one row.

import { groupKey, upnKey } from '../collate/keys.js';
import { cellText, type CellValue } from '../grid.js';
import { collapseWhiteSpace } from '../white-space.js';

/** The pupil a row is about, and what else must agree for two rows to be one. */
export interface RowIdentity {
  /** The rest of the row's key (subject, or intervention and scale), '' when there is none. */
  scope: string;
  /** The pupil's name, compared loosely (case and spaces). */
  name: string;
  /** UPN, upper case without spaces; null when not known. */
  upn: string | null;
  /** Class, compared as collation compares classes ("Class 3B", "3 b" and "3B" are one); null when not known. */
  group: string | null;
  /** A detail that only breaks ties between otherwise identical rows (a tracker row's scale). */
  detail?: string;
}

const SEP = '\u0001';

/** Lower-case, single-spaced, trimmed text. */
function loose(value: CellValue): string {
  return collapseWhiteSpace(cellText(value).toLowerCase());
}

/** The identity of a row from its cells; `scope` lists the other cells of its key. */
export function rowIdentity(
  scope: readonly CellValue[],
  name: CellValue,
  upn: CellValue,
  group: CellValue,
  detail?: CellValue,
): RowIdentity {
  const id: RowIdentity = {
    scope: scope.map(loose).join(SEP),
    name: loose(name),
    upn: upnKey(cellText(upn)),
    group: groupKey(cellText(group)),
  };
  if (detail !== undefined) id.detail = loose(detail);
  return id;
}

/**
 * rowKey for the rows of one table: a table repeats each pupil's name, UPN and class, and a few subjects,
 * down many rows, so each distinct cell value is normalised once.
 */
export function rowKeys(): (
  scope: readonly CellValue[],
  name: CellValue,
  upn: CellValue,
  group: CellValue,
) => string {
  const loosened = new Map<CellValue, string>();
  const upns = new Map<CellValue, string>();
  const groups = new Map<CellValue, string>();
  const once = (seen: Map<CellValue, string>, value: CellValue, f: (v: CellValue) => string): string => {
    let out = seen.get(value);
    if (out === undefined) seen.set(value, (out = f(value)));
    return out;
  };
  const looseOnce = (v: CellValue): string => once(loosened, v, loose);
  const upnOf = (v: CellValue): string => upnKey(cellText(v)) ?? '';
  const groupOf = (v: CellValue): string => groupKey(cellText(v)) ?? '';
  return (scope, name, upn, group) => {
    const s = scope.length === 1 ? looseOnce(scope[0]!) : scope.map(looseOnce).join(SEP);
    return `${s}${SEP}${looseOnce(name)}${SEP}${once(upns, upn, upnOf)}${SEP}${once(groups, group, groupOf)}`;
  };
}

/** identityKey(rowIdentity(scope, name, upn, group)), without building the identity. */
export function rowKey(
  scope: readonly CellValue[],
  name: CellValue,
  upn: CellValue,
  group: CellValue,
): string {
  const u = upnKey(cellText(upn)) ?? '';
  const s = scope.length === 1 ? loose(scope[0]!) : scope.map(loose).join(SEP);
  return `${s}${SEP}${loose(name)}${SEP}${u}${SEP}${groupKey(cellText(group)) ?? ''}`;
}

/** The identity as a row key: scope, name, UPN and class (the detail is left out). */
export function identityKey(id: RowIdentity): string {
  return [id.scope, id.name, id.upn ?? '', id.group ?? ''].join(SEP);
}

/** True when something known about both says they are different children: their UPNs, or their classes. */
export function identitiesDiffer(a: RowIdentity, b: RowIdentity): boolean {
  if (a.upn !== null && b.upn !== null && a.upn !== b.upn) return true;
  return a.group !== null && b.group !== null && a.group !== b.group;
}

/**
 * For each existing row, the index of the generated row it is, or -1; no generated row is used twice.
 * Rows need the same scope, and the rules are tried in order, each over every row before the next:
 *   1. the same name, UPN, class and detail; then the same name, UPN and class (repeats paired in order);
 *   2. the same UPN, both known;
 *   3. the same name and class, both classes known, UPNs not known to differ;
 *   4. the same name, nothing known to differ, and no other row on either side that could be the one.
 * Rules 3 and 4 decide only when a single candidate is left, so a guess never merges two children.
 */
export function matchRows(existing: readonly RowIdentity[], generated: readonly RowIdentity[]): number[] {
  const match = existing.map(() => -1);
  const claimed = new Set<number>();
  const index = (key: (id: RowIdentity) => string | null): Map<string, number[]> => {
    const out = new Map<string, number[]>();
    generated.forEach((g, i) => {
      const k = key(g);
      if (k === null) return;
      const list = out.get(k);
      if (list) list.push(i);
      else out.set(k, [i]);
    });
    return out;
  };
  const pairInOrder = (key: (id: RowIdentity) => string | null): void => {
    const byKey = index(key);
    existing.forEach((e, i) => {
      const k = match[i] === -1 ? key(e) : null;
      const found = k === null ? undefined : byKey.get(k)?.find((g) => !claimed.has(g));
      if (found === undefined) return;
      match[i] = found;
      claimed.add(found);
    });
  };
  const exact = (id: RowIdentity): string => identityKey(id);
  pairInOrder((id) => `${exact(id)}${SEP}${id.detail ?? ''}`);
  pairInOrder(exact);
  pairInOrder((id) => (id.upn === null ? null : `${id.scope}${SEP}${id.upn}`));

  const byName = index((id) => `${id.scope}${SEP}${id.name}`);
  const open = (e: RowIdentity): number[] =>
    (byName.get(`${e.scope}${SEP}${e.name}`) ?? []).filter(
      (g) => !claimed.has(g) && !identitiesDiffer(e, generated[g]!),
    );
  // Rule 3: same name and class.
  existing.forEach((e, i) => {
    if (match[i] !== -1 || e.group === null) return;
    const found = open(e).filter((g) => generated[g]!.group === e.group);
    if (found.length !== 1) return;
    match[i] = found[0]!;
    claimed.add(found[0]!);
  });
  // Rule 4: the name alone, only when it is unambiguous both ways.
  const candidates = existing.map((e, i) => (match[i] === -1 ? open(e) : []));
  const suitors = new Map<number, number>();
  for (const list of candidates) for (const g of list) suitors.set(g, (suitors.get(g) ?? 0) + 1);
  candidates.forEach((list, i) => {
    const g = list[0];
    if (list.length !== 1 || g === undefined || suitors.get(g) !== 1 || claimed.has(g)) return;
    match[i] = g;
    claimed.add(g);
  });
  return match;
}
