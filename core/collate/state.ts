// The state collation folds over: exactly what a SchoolMap holds, indexed for matching.

import type { Enrolment, Intervention, Pupil } from '../model/types.js';
import { PupilIndex } from './pupil-index.js';
import type { SchoolEnrolment, SchoolMap } from './school-map.js';

/**
 * A school map being built: rows and strategies by source, pupils and interventions by id, and how many
 * rows refer to each pupil, intervention and pupil/intervention/scale triple (kept by setRows).
 */
export interface CollationState {
  sources: string[];
  rows: Map<string, SchoolEnrolment[]>;
  strategies: Map<string, string[]>;
  pupils: PupilIndex;
  interventions: Map<string, Intervention>;
  pupilRefs: Map<string, number>;
  interventionRefs: Map<string, number>;
  /** The sources of the rows listing each triple (one entry per row). */
  triples: Map<string, string[]>;
}

/** Key of a pupil in an intervention on a scale: two rows with one key list the same thing twice. */
export function tripleKey(pupilId: string, e: Enrolment): string {
  return `${pupilId}\u0000${e.interventionId}\u0000${e.scaleId ?? ''}`;
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  const n = (counts.get(key) ?? 0) + by;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
}

/** Replaces a source's rows (an empty list removes them), keeping the reference counts true. */
export function setRows(state: CollationState, source: string, rows: SchoolEnrolment[]): void {
  for (const r of state.rows.get(source) ?? []) {
    bump(state.pupilRefs, r.pupilId, -1);
    bump(state.interventionRefs, r.interventionId, -1);
    const key = tripleKey(r.pupilId, r);
    const list = state.triples.get(key) ?? [];
    list.splice(list.indexOf(source), 1);
    if (list.length === 0) state.triples.delete(key);
  }
  if (rows.length === 0) state.rows.delete(source);
  else state.rows.set(source, rows);
  for (const r of rows) {
    bump(state.pupilRefs, r.pupilId, 1);
    bump(state.interventionRefs, r.interventionId, 1);
    const key = tripleKey(r.pupilId, r);
    const list = state.triples.get(key);
    if (list) list.push(source);
    else state.triples.set(key, [source]);
  }
}

/** State from an earlier result (never changed: pupils and interventions are replaced, not mutated). */
export function loadState(existing: SchoolMap | undefined): CollationState {
  const state: CollationState = {
    sources: [...(existing?.sources ?? [])],
    rows: new Map(),
    strategies: new Map(),
    pupils: new PupilIndex(existing?.pupils ?? []),
    interventions: new Map((existing?.interventions ?? []).map((i) => [i.id, i])),
    pupilRefs: new Map(),
    interventionRefs: new Map(),
    triples: new Map(),
  };
  const bySource = new Map<string, SchoolEnrolment[]>();
  for (const row of existing?.enrolments ?? []) {
    if (!state.sources.includes(row.mapSource)) state.sources.push(row.mapSource);
    const list = bySource.get(row.mapSource);
    if (list) list.push(row);
    else bySource.set(row.mapSource, [row]);
  }
  for (const [source, rows] of bySource) setRows(state, source, rows);
  for (const s of existing?.strategies ?? []) state.strategies.set(s.source, [...s.strategies]);
  return state;
}

/**
 * The school map: rows by source order then row; pupils and interventions that rows refer to, in order
 * of their first row; strategies in source order.
 */
export function finishState(state: CollationState): SchoolMap {
  const enrolments = state.sources.flatMap((s) => state.rows.get(s) ?? []);
  const pupils = new Map<string, Pupil>();
  const interventions = new Map<string, Intervention>();
  for (const e of enrolments) {
    const p = state.pupils.get(e.pupilId);
    if (p && !pupils.has(p.id)) pupils.set(p.id, p);
    const i = state.interventions.get(e.interventionId);
    if (i && !interventions.has(i.id)) interventions.set(i.id, i);
  }
  const strategies = state.sources.flatMap((source) => {
    const list = state.strategies.get(source);
    return list && list.length > 0 ? [{ source, strategies: list }] : [];
  });
  return {
    pupils: [...pupils.values()],
    interventions: [...interventions.values()],
    enrolments,
    strategies,
    sources: [...state.sources],
  };
}
