// Which of the pupils the sheets name are one child. Two children with one name, told apart by UPN, class,
// year or date of birth, are never merged; a bare name that could be either is kept apart and reported.

import type { Diagnostic } from '../diagnostics.js';
import type { Pupil } from '../model/types.js';
import { SHEET } from '../plan/sheet-names.js';
import { identitiesDiffer, identityKey, rowIdentity, type RowIdentity } from '../plan/row-identity.js';

/** Which known pupil a reading is: one, none, or several it could equally be. */
export type PupilMatch =
  { kind: 'match'; index: number } | { kind: 'none' } | { kind: 'ambiguous'; candidates: number[] };

function identityOf(p: Pupil): RowIdentity {
  return rowIdentity([], p.name, p.upn, p.group);
}

/** True when something known about both (UPN, class, year, date of birth) says they are different children. */
export function differentPupils(a: Pupil, b: Pupil): boolean {
  return differ(a, identityOf(a), b, identityOf(b));
}

/** differentPupils, given each pupil's identity. */
function differ(a: Pupil, aId: RowIdentity, b: Pupil, bId: RowIdentity): boolean {
  return (
    identitiesDiffer(aId, bId) ||
    (a.year !== null && b.year !== null && a.year !== b.year) ||
    (a.dateOfBirth !== null && b.dateOfBirth !== null && a.dateOfBirth !== b.dateOfBirth)
  );
}

/** A pupil's details, with blanks filled from another reading of the same child. */
export function fillIn(a: Pupil, b: Pupil): Pupil {
  return {
    ...a,
    upn: a.upn ?? b.upn,
    year: a.year ?? b.year,
    group: a.group ?? b.group,
    sen: a.sen ?? b.sen,
    pp: a.pp ?? b.pp,
    eal: a.eal ?? b.eal,
    lookedAfter: a.lookedAfter ?? b.lookedAfter,
    gender: a.gender ?? b.gender,
    dateOfBirth: a.dateOfBirth ?? b.dateOfBirth,
  };
}

/** The pupil found, or an ambiguous match when more than one was. */
function matchOf(found: readonly number[]): PupilMatch {
  return found.length === 1
    ? { kind: 'match', index: found[0]! }
    : { kind: 'ambiguous', candidates: [...found] };
}

/**
 * Pupils known so far. A reading is the pupil found by the first of these rules that finds anyone, among
 * pupils nothing known says are different: (1) the same name, UPN and class; (2) the same UPN; (3) the
 * same name and class; (4) the same name. Two or more found by one rule is ambiguous: never a guess.
 */
export class PupilRoster {
  readonly pupils: Pupil[] = [];
  /** Each pupil's identity and identity key, by index (worked out once per pupil, not per comparison). */
  private readonly ids: RowIdentity[] = [];
  private readonly keys: string[] = [];
  private readonly byName = new Map<string, number[]>();
  private readonly byUpn = new Map<string, number[]>();

  /** A roster of pupils already told apart (see distinctPupils): they are indexed, not matched. */
  constructor(pupils: Iterable<Pupil> = []) {
    for (const p of pupils) this.push(p);
  }

  /** The known pupil a reading is, by the rules above. */
  find(p: Pupil): PupilMatch {
    const id = identityOf(p);
    const key = identityKey(id);
    const named = (this.byName.get(id.name) ?? []).filter((i) => this.fits(p, id, i));
    // The rules in order; the first that finds anyone decides.
    const exact = named.filter((i) => this.keys[i] === key);
    if (exact.length > 0) return matchOf(exact);
    if (id.upn !== null) {
      const sameUpn = (this.byUpn.get(id.upn) ?? []).filter((i) => this.fits(p, id, i));
      if (sameUpn.length > 0) return matchOf(sameUpn);
    }
    if (id.group !== null) {
      const sameGroup = named.filter((i) => this.ids[i]!.group === id.group);
      if (sameGroup.length > 0) return matchOf(sameGroup);
    }
    return named.length > 0 ? matchOf(named) : { kind: 'none' };
  }

  /** The known pupil a reading is, or null when it is nobody known or could be several. */
  lookup(p: Pupil): Pupil | null {
    const m = this.find(p);
    return m.kind === 'match' ? this.pupils[m.index]! : null;
  }

  /**
   * Adds a reading: merged into the pupil it is (blanks filled in), else added as a new pupil, apart from
   * any it could equally be. Returns the pupil's index and how it was found.
   */
  add(p: Pupil): { index: number; match: PupilMatch } {
    const match = this.find(p);
    if (match.kind === 'match') {
      const merged = fillIn(this.pupils[match.index]!, p);
      this.pupils[match.index] = merged;
      this.identify(merged, match.index);
      this.index(match.index);
      return { index: match.index, match };
    }
    return { index: this.push(p), match };
  }

  private push(p: Pupil): number {
    this.pupils.push(p);
    const index = this.pupils.length - 1;
    const name = this.identify(p, index).name;
    const named = this.byName.get(name);
    if (named) named.push(index);
    else this.byName.set(name, [index]);
    this.index(index);
    return index;
  }

  /** True when nothing known says the reading (and its identity) and known pupil i are different children. */
  private fits(p: Pupil, id: RowIdentity, i: number): boolean {
    return !differ(p, id, this.pupils[i]!, this.ids[i]!);
  }

  private identify(p: Pupil, i: number): RowIdentity {
    const id = identityOf(p);
    this.ids[i] = id;
    this.keys[i] = identityKey(id);
    return id;
  }

  private index(i: number): void {
    const upn = this.ids[i]!.upn;
    if (upn === null) return;
    const list = this.byUpn.get(upn);
    if (!list) this.byUpn.set(upn, [i]);
    else if (!list.includes(i)) list.push(i);
  }
}

/** How much a reading says about who the child is: a UPN first, then a class, then a bare name. */
function specificity(p: Pupil): number {
  return p.upn ? 0 : p.group ? 1 : 2;
}

/**
 * The distinct pupils among `pupils`, and for each reading the index of its pupil. Readings that say more
 * are placed first, so a bare name meets every child it could be; the pupils come out in the order first
 * read. A name that could be several children is kept apart, with an AMBIGUOUS_PUPIL diagnostic.
 */
export function distinctPupils(
  pupils: readonly Pupil[],
  diagnostics: Diagnostic[] = [],
): { pupils: Pupil[]; of: number[] } {
  const roster = new PupilRoster();
  const at: number[] = pupils.map(() => -1);
  const order = pupils.map((_, i) => i).sort((a, b) => specificity(pupils[a]!) - specificity(pupils[b]!));
  for (const i of order) {
    const p = pupils[i]!;
    const { index, match } = roster.add(p);
    at[i] = index;
    if (match.kind === 'ambiguous')
      diagnostics.push(
        ambiguous(
          p,
          match.candidates.map((c) => roster.pupils[c]!),
        ),
      );
  }
  // Back to the order the pupils were first read in.
  const first = roster.pupils.map(() => Infinity);
  at.forEach((index, i) => (first[index] = Math.min(first[index]!, i)));
  const sorted = roster.pupils.map((_, i) => i).sort((a, b) => first[a]! - first[b]!);
  const place = new Map(sorted.map((index, k) => [index, k]));
  return { pupils: sorted.map((i) => roster.pupils[i]!), of: at.map((index) => place.get(index)!) };
}

function ambiguous(p: Pupil, candidates: readonly Pupil[]): Diagnostic {
  const who = candidates.map((c) => [c.group, c.upn].filter((x) => x).join(' ') || 'no class given');
  return {
    sheet: p.source?.sheet ?? SHEET.pupils,
    cell: p.source?.cell ?? 'A1',
    code: 'AMBIGUOUS_PUPIL',
    severity: 'warning',
    message: `"${p.name}" could be any of ${candidates.length} pupils of that name (${who.join('; ')}), so it was kept on a Pupils row of its own.`,
    hint: 'Write the pupil’s UPN or class beside the name, so provmap can tell which child it is.',
  };
}
