// Many class maps -> one school map: pupils matched across maps, interventions merged, rows kept per map.
//
// Collation is a fold over the inputs in order whose whole state is the SchoolMap itself, so
// collate([A, B, C]) equals collate([C], { existing: collate([A, B]) }). A source collated again replaces
// its earlier rows and strategies: its rows are re-matched to the pupils they named before, pupils and
// interventions only it referred to are rebuilt from its new rows (or dropped), and details that other
// maps also gave stay merged (first value wins; a full collation without `existing` re-reads them all).
// Interventions with the same id are one intervention: details merge field by field like pupils', and a
// difference (another schedule or staff) keeps the first map's value with a CONFLICTING_VALUE warning;
// groups delivered separately should be named apart ("Numeracy 3B") to be costed apart.
// A pupil listed for the same intervention on the same scale by two maps keeps both rows (each belongs to
// its own map) with a DUPLICATE_PUPIL warning. Matching rules: pupil-index.ts.

import { Diagnostics, type Diagnostic } from '../diagnostics.js';
import type { Enrolment, Pupil, SourceRef } from '../model/types.js';
import { mergeIntervention, mergePupil } from './merge.js';
import { noteAmbiguous, noteConflicts, noteDuplicate } from './notices.js';
import { placeholderIntervention, placeholderPupil } from './placeholders.js';
import { PupilIndex } from './pupil-index.js';
import type { ClassMapInput, SchoolEnrolment, SchoolMap } from './school-map.js';
import { finishState, loadState, setRows, tripleKey, type CollationState } from './state.js';

/** Collates class maps into a school map, continuing from `existing` when given (which is not changed). */
export function collate(
  inputs: readonly ClassMapInput[],
  options: { existing?: SchoolMap } = {},
): { school: SchoolMap; diagnostics: Diagnostic[] } {
  const state = loadState(options.existing);
  const diagnostics = new Diagnostics();
  for (const input of inputs) apply(state, input, diagnostics);
  return { school: finishState(state), diagnostics: diagnostics.items };
}

/** What the rest of the school map says, apart from the source being collated. */
interface Context {
  input: ClassMapInput;
  diags: Diagnostics;
  /** Pupils and interventions only this source referred to: rebuilt from its new rows on first use. */
  pendingPupils: Set<string>;
  pendingInterventions: Set<string>;
  /** The school pupil each of the source's earlier rows named, by rowKey. */
  previousPupil: Map<string, string>;
}

/** Identifies a row across two collations of the same source: its intervention and its cell (or index). */
function rowKey(e: Enrolment, index: number): string {
  return `${e.interventionId}\u0000${e.source ? `${e.source.sheet}!${e.source.cell}` : `#${index}`}`;
}

function apply(state: CollationState, input: ClassMapInput, diags: Diagnostics): void {
  const { source, map } = input;
  const previousRows = state.rows.get(source) ?? [];
  if (!state.sources.includes(source)) state.sources.push(source);
  setRows(state, source, []);
  state.strategies.delete(source);
  const ctx: Context = {
    input,
    diags,
    pendingPupils: new Set(previousRows.map((r) => r.pupilId).filter((id) => !state.pupilRefs.has(id))),
    pendingInterventions: new Set(
      previousRows.map((r) => r.interventionId).filter((id) => !state.interventionRefs.has(id)),
    ),
    previousPupil: new Map(previousRows.map((r, i) => [rowKey(r, i), r.pupilId])),
  };

  const schoolIdOf = applyPupils(state, ctx);
  applyInterventions(state, ctx);
  setRows(
    state,
    source,
    map.enrolments.map((e): SchoolEnrolment => {
      const pupilId = schoolIdOf.get(e.pupilId)!;
      const other = state.triples.get(tripleKey(pupilId, e))?.[0];
      if (other !== undefined) {
        const pupil = state.pupils.get(pupilId)?.name ?? pupilId;
        const intervention = state.interventions.get(e.interventionId)?.name ?? e.interventionId;
        noteDuplicate(diags, e.source ?? { sheet: source, cell: 'A1' }, pupil, intervention, other);
      }
      return { ...e, pupilId, source: e.source, mapSource: source };
    }),
  );
  if (map.strategies.length > 0) state.strategies.set(source, [...map.strategies]);
  for (const id of ctx.pendingPupils) state.pupils.remove(id);
  for (const id of ctx.pendingInterventions) state.interventions.delete(id);
}

/** Matches each pupil with rows to a school pupil (enriched from the class list first); map id -> school id. */
function applyPupils(state: CollationState, ctx: Context): Map<string, string> {
  const { input, diags } = ctx;
  const { map } = input;
  const rowsOf = new Map<string, number[]>();
  map.enrolments.forEach((e, i) => {
    const list = rowsOf.get(e.pupilId);
    if (list) list.push(i);
    else rowsOf.set(e.pupilId, [i]);
  });
  const classList = input.classList ? new PupilIndex(input.classList.pupils) : null;
  const listed = new Map(map.pupils.map((p) => [p.id, p]));
  const schoolIdOf = new Map<string, string>();
  for (const mapId of orderedIds(map.pupils, map.enrolments, (e) => e.pupilId)) {
    const raw = listed.get(mapId) ?? placeholderPupil(mapId);
    const rowIndexes = rowsOf.get(mapId) ?? [];
    const at: SourceRef = raw.source ??
      map.enrolments[rowIndexes[0] ?? -1]?.source ?? { sheet: input.source, cell: 'A1' };
    const groupAssumed = raw.group === null && !!input.group;
    let row: Pupil = groupAssumed ? { ...raw, group: input.group ?? null } : raw;
    if (classList) {
      const found = classList.match(row, { forename: true });
      if (found.kind === 'match') {
        const merged = mergePupil(found.pupil, row, groupAssumed);
        noteConflicts(diags, at, row.name, merged.conflicts, 'the class list');
        row = { ...merged.pupil, id: raw.id, source: raw.source ?? merged.pupil.source };
      } else if (found.kind === 'ambiguous')
        noteAmbiguous(diags, at, row, found.candidates, 'the class list');
    }
    const previousId = rowIndexes
      .map((i) => ctx.previousPupil.get(rowKey(map.enrolments[i]!, i)))
      .find((id) => id !== undefined);
    const previous = previousId === undefined ? undefined : state.pupils.get(previousId);
    const found = state.pupils.match(row, previous ? { previous } : {});
    let id: string;
    if (found.kind === 'match') {
      id = found.pupil.id;
      if (ctx.pendingPupils.delete(id)) state.pupils.put({ ...row, id });
      else {
        const merged = mergePupil(found.pupil, row, groupAssumed);
        noteConflicts(diags, at, row.name, merged.conflicts, 'a map collated earlier');
        state.pupils.put(merged.pupil);
      }
    } else {
      if (found.kind === 'ambiguous') noteAmbiguous(diags, at, row, found.candidates, 'the school');
      id = state.pupils.freshId(row);
      state.pupils.put({ ...row, id });
    }
    schoolIdOf.set(mapId, id);
  }
  return schoolIdOf;
}

/** Merges each intervention with rows into the school's intervention of the same id. */
function applyInterventions(state: CollationState, ctx: Context): void {
  const { map, source } = ctx.input;
  const own = new Map(map.interventions.map((i) => [i.id, i]));
  for (const id of orderedIds(map.interventions, map.enrolments, (e) => e.interventionId)) {
    const raw = own.get(id) ?? placeholderIntervention(id);
    const known = state.interventions.get(id);
    if (!known || ctx.pendingInterventions.delete(id)) state.interventions.set(id, raw);
    else {
      const merged = mergeIntervention(known, raw);
      const at = raw.source ?? { sheet: source, cell: 'A1' };
      noteConflicts(ctx.diags, at, raw.name, merged.conflicts, 'a map collated earlier');
      state.interventions.set(id, merged.intervention);
    }
  }
}

/** Ids of the listed things that have rows, in list order, then ids rows name that are not listed. */
function orderedIds<T extends { id: string }>(
  listed: readonly T[],
  rows: readonly Enrolment[],
  idOf: (e: Enrolment) => string,
): string[] {
  const used = new Set(rows.map(idOf));
  const ids = listed.map((x) => x.id).filter((id) => used.has(id));
  const seen = new Set(ids);
  for (const e of rows) {
    const id = idOf(e);
    if (!seen.has(id)) {
      seen.add(id);
      ids.push(id);
    }
  }
  return ids;
}
