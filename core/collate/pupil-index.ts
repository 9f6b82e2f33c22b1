// Pupils of the school map indexed for matching, and the matching rules themselves.
//
// A pupil row from a class map is the same pupil as one already collated when, in this order:
//   0. (a source collated again) the row's earlier match, if still the same name or UPN and compatible;
//   1. both have the same UPN;
//   2. same name and same date of birth;
//   3. same name and same class;
//   4. same name and same year (and the classes, where both are known, agree);
//   5. same name, and nothing known about the two contradicts it (class, year);
//   6. (class lists only) the row gives a forename alone and it is the forename of one listed pupil.
// Names compare after nameKey (case, accents, punctuation, "Surname, Forename"). Two pupils whose UPNs or
// dates of birth are both known and differ are never the same pupil. The first rule that finds anyone
// decides: one candidate is a match; two or more (e.g. a name alone that matches pupils in 3A and 3B) is
// ambiguous, and the row is kept apart rather than merged with a guess.

import type { Pupil } from '../model/types.js';
import { forenameKey, groupKey, nameKey, upnKey } from './keys.js';

export type MatchRule =
  | 'previous row'
  | 'upn'
  | 'name and date of birth'
  | 'name and class'
  | 'name and year'
  | 'name'
  | 'forename';

export type MatchResult =
  | { kind: 'match'; pupil: Pupil; rule: MatchRule }
  | { kind: 'none' }
  | { kind: 'ambiguous'; candidates: Pupil[] };

/** True when nothing decisive (UPN, date of birth) says the two are different pupils. */
export function compatible(a: Pupil, b: Pupil): boolean {
  const ua = upnKey(a.upn);
  const ub = upnKey(b.upn);
  if (ua !== null && ub !== null && ua !== ub) return false;
  return !(a.dateOfBirth !== null && b.dateOfBirth !== null && a.dateOfBirth !== b.dateOfBirth);
}

function groupsDiffer(a: Pupil, b: Pupil): boolean {
  const ga = groupKey(a.group);
  const gb = groupKey(b.group);
  return ga !== null && gb !== null && ga !== gb;
}

function yearsDiffer(a: Pupil, b: Pupil): boolean {
  return a.year !== null && b.year !== null && a.year !== b.year;
}

/** The name rules (2-5) in order, each a test of a same-named candidate against the row. */
const NAME_RULES: readonly { rule: MatchRule; test: (row: Pupil, c: Pupil) => boolean }[] = [
  {
    rule: 'name and date of birth',
    test: (row, c) => row.dateOfBirth !== null && row.dateOfBirth === c.dateOfBirth,
  },
  {
    rule: 'name and class',
    test: (row, c) => groupKey(row.group) !== null && groupKey(row.group) === groupKey(c.group),
  },
  {
    rule: 'name and year',
    test: (row, c) => row.year !== null && row.year === c.year && !groupsDiffer(row, c),
  },
  { rule: 'name', test: (row, c) => !groupsDiffer(row, c) && !yearsDiffer(row, c) },
];

/** Pupils by id, UPN and name key. Pupils are replaced, never mutated, so the indexes stay true. */
export class PupilIndex {
  private readonly byId = new Map<string, Pupil>();
  private readonly byUpn = new Map<string, Pupil>();
  private readonly byName = new Map<string, Pupil[]>();

  constructor(pupils: Iterable<Pupil> = []) {
    for (const p of pupils) this.put(p);
  }

  get(id: string): Pupil | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  all(): Pupil[] {
    return [...this.byId.values()];
  }

  /** An unused id for a new pupil: the UPN, else the name key plus the class key; "#2"... if taken. */
  freshId(p: Pupil): string {
    const group = groupKey(p.group);
    const base = upnKey(p.upn) ?? (`${nameKey(p.name)}${group ? `|${group}` : ''}` || 'pupil');
    let id = base;
    for (let n = 2; this.byId.has(id); n++) id = `${base}#${n}`;
    return id;
  }

  /** Adds a pupil, or replaces the one with the same id. */
  put(p: Pupil): void {
    this.remove(p.id);
    this.byId.set(p.id, p);
    const upn = upnKey(p.upn);
    if (upn !== null && !this.byUpn.has(upn)) this.byUpn.set(upn, p);
    const key = nameKey(p.name);
    this.byName.set(key, [...(this.byName.get(key) ?? []), p]);
  }

  remove(id: string): void {
    const old = this.byId.get(id);
    if (!old) return;
    this.byId.delete(id);
    const upn = upnKey(old.upn);
    if (upn !== null && this.byUpn.get(upn)?.id === id) this.byUpn.delete(upn);
    const key = nameKey(old.name);
    const rest = (this.byName.get(key) ?? []).filter((p) => p.id !== id);
    if (rest.length > 0) this.byName.set(key, rest);
    else this.byName.delete(key);
  }

  /**
   * Finds the pupil a row names (rules at the top of this file). `previous` is the pupil this row was
   * matched to when its source was last collated: it wins when still compatible and same-named (or same
   * UPN), so re-collating a source never re-decides its rows. `forename` enables rule 6.
   */
  match(row: Pupil, options: { previous?: Pupil; forename?: boolean } = {}): MatchResult {
    const { previous } = options;
    const upn = upnKey(row.upn);
    if (
      previous &&
      this.byId.get(previous.id) === previous &&
      compatible(row, previous) &&
      ((upn !== null && upn === upnKey(previous.upn)) || nameKey(row.name) === nameKey(previous.name))
    )
      return { kind: 'match', pupil: previous, rule: 'previous row' };
    const byUpn = upn === null ? undefined : this.byUpn.get(upn);
    if (byUpn) return { kind: 'match', pupil: byUpn, rule: 'upn' };
    const named = (this.byName.get(nameKey(row.name)) ?? []).filter((c) => compatible(row, c));
    for (const { rule, test } of NAME_RULES) {
      const found = decide(
        named.filter((c) => test(row, c)),
        rule,
      );
      if (found) return found;
    }
    const forename = nameKey(row.name);
    if (options.forename && forename !== '' && !forename.includes(' ')) {
      const byForename = this.all().filter(
        (c) =>
          forenameKey(c.name) === forename &&
          compatible(row, c) &&
          !groupsDiffer(row, c) &&
          !yearsDiffer(row, c),
      );
      const found = decide(byForename, 'forename');
      if (found) return found;
    }
    return { kind: 'none' };
  }
}

function decide(candidates: Pupil[], rule: MatchRule): MatchResult | null {
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return { kind: 'match', pupil: candidates[0]!, rule };
  return { kind: 'ambiguous', candidates };
}
