// Collation as a resumable job: each processChunk call collates the next class maps into the School Map
// and moves a cursor kept in the spreadsheet's store (ids and names of sources only, never pupil data).

import { calendarDate, collateMaps, sheetsToRead, type MapSource } from '../../core/actions/index.js';
import type { MaybePromise } from '../../core/host.js';
import { detectSheetKind } from '../../core/import/index.js';
import { actionOutcome } from '../../core/panel/index.js';
import { isOwnedSheet, SHEET } from '../../core/plan/sheet-names.js';
import type { DiagnosticReport } from '../../core/report.js';
import type { Settings } from '../../core/settings.js';
import type { ClassMapSource, CollationProgress, CollationState } from '../bridge.js';
import type { PanelServerDeps } from './deps.js';
import { mapSeries, step } from './maybe.js';

/** Store key of the one collation job a workbook has at a time. */
export const JOB_KEY = 'provmap.collation';

interface StoredJob {
  id: string;
  sources: ClassMapSource[];
  cursor: number;
  state: CollationState;
}

const DEFAULT_BUDGET_MS = 20_000;

function label(source: ClassMapSource): string {
  return source.name;
}

function progress(job: StoredJob, diagnostics: DiagnosticReport[] = []): CollationProgress {
  return {
    jobId: job.id,
    state: job.state,
    done: job.cursor,
    total: job.sources.length,
    next: job.state === 'running' ? (job.sources[job.cursor] ? label(job.sources[job.cursor]!) : null) : null,
    diagnostics,
    outcome: null,
  };
}

function readJob(deps: PanelServerDeps, id: string): MaybePromise<StoredJob | null> {
  return step(deps.store.get(JOB_KEY), (json) => {
    if (!json) return null;
    try {
      const job = JSON.parse(json) as StoredJob;
      return job.id === id ? job : null;
    } catch {
      return null;
    }
  });
}

function writeJob(deps: PanelServerDeps, job: StoredJob): MaybePromise<void> {
  return deps.store.set(JOB_KEY, JSON.stringify(job));
}

/** A job that is gone (replaced by a newer one, or never existed) reads as cancelled. */
function gone(id: string): CollationProgress {
  return { jobId: id, state: 'cancelled', done: 0, total: 0, next: null, diagnostics: [], outcome: null };
}

let counter = 0;

/** Starts a job over the chosen class maps; replaces any earlier job of this workbook. */
export function startCollation(
  deps: PanelServerDeps,
  sources: readonly ClassMapSource[],
): MaybePromise<CollationProgress> {
  const now = deps.now?.() ?? Date.now();
  counter += 1;
  const job: StoredJob = {
    id: `c${now.toString(36)}${counter.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`,
    sources: sources.map((s) =>
      s.kind === 'tab' ? { kind: 'tab', name: s.name } : { kind: 'file', id: s.id, name: s.name },
    ),
    cursor: 0,
    state: sources.length === 0 ? 'done' : 'running',
  };
  return step(writeJob(deps, job), () => progress(job));
}

/** Stops a job: the class maps collated so far stay in the School Map. */
export function cancelCollation(deps: PanelServerDeps, id: string): MaybePromise<CollationProgress> {
  return step(readJob(deps, id), (job) => {
    if (!job) return gone(id);
    if (job.state !== 'running') return progress(job);
    const stopped: StoredJob = { ...job, state: 'cancelled' };
    return step(writeJob(deps, stopped), () => progress(stopped));
  });
}

function skipped(sheet: string, what: string): DiagnosticReport {
  return {
    sheet,
    cell: 'A1',
    code: 'NO_HEADER',
    severity: 'warning',
    message: `${what} has no provision map provmap can read, so it was left out.`,
    hint: 'Check that it has a header row with Intervention and Pupils columns.',
  };
}

/** The maps one source gives: a tab's grid, or the provision-map sheets of a picked file. */
function readSource(
  deps: PanelServerDeps,
  source: ClassMapSource,
): MaybePromise<{ maps: MapSource[]; diagnostics: DiagnosticReport[] }> {
  if (source.kind === 'tab')
    return step(deps.host.readGrids([source.name]), ([grid]) => {
      if (grid && detectSheetKind(grid)?.kind === 'provision')
        return { maps: [{ source: source.name, grid }], diagnostics: [] };
      return { maps: [], diagnostics: [skipped(source.name, `The sheet ${source.name}`)] };
    });
  const files = deps.files;
  if (!files) return { maps: [], diagnostics: [skipped(source.name, `The file ${source.name}`)] };
  return step(files.read(source.id), (book) => {
    // A file provmap structured gives its Provision Map (the teacher's original beside it is not counted
    // twice), as the command line does; the file's own Pupils sheet brings SEN, pupil premium, EAL and
    // year (tabs use this workbook's).
    const structured = book.grids.filter((g) => g.sheet === SHEET.provisionMap);
    const pupils = book.grids.find((g) => g.sheet === SHEET.pupils);
    const maps: MapSource[] = (
      structured.length > 0
        ? structured
        : book.grids.filter((g) => !isOwnedSheet(g.sheet) && detectSheetKind(g)?.kind === 'provision')
    ).map((grid) => ({ source: `${book.name} › ${grid.sheet}`, grid, ...(pupils ? { pupils } : {}) }));
    return { maps, diagnostics: maps.length > 0 ? [] : [skipped(book.name, `The file ${book.name}`)] };
  });
}

/**
 * Collates the next class maps: reads sources until the time budget is spent (at least one), collates
 * them into the School Map that is already there, writes, and moves the cursor.
 */
export function processChunk(
  deps: PanelServerDeps,
  id: string,
  settings: Settings,
): MaybePromise<CollationProgress> {
  const clock = deps.now ?? Date.now;
  const started = clock();
  const budget = deps.chunkBudgetMs ?? DEFAULT_BUDGET_MS;
  return step(readJob(deps, id), (job) => {
    if (!job) return gone(id);
    if (job.state !== 'running') return progress(job);
    const pending = job.sources.slice(job.cursor);
    const taken: ClassMapSource[] = [];
    const read = mapSeries(pending, (source) => {
      if (taken.length > 0 && clock() - started >= budget) return null;
      taken.push(source);
      return readSource(deps, source);
    });
    return step(read, (results) => {
      const chunk = results.filter((r): r is NonNullable<typeof r> => r !== null);
      const maps = chunk.flatMap((r) => r.maps);
      const diagnostics = chunk.flatMap((r) => r.diagnostics);
      const advance = (
        outcome: CollationProgress['outcome'],
        more: DiagnosticReport[],
      ): MaybePromise<CollationProgress> =>
        // Re-read the job: a cancel may have arrived while this chunk was working; it must survive.
        step(readJob(deps, id), (latest) => {
          const base = latest ?? job;
          const cursor = Math.min(base.sources.length, job.cursor + taken.length);
          const state: CollationState =
            base.state === 'cancelled' ? 'cancelled' : cursor >= base.sources.length ? 'done' : 'running';
          const next: StoredJob = { ...base, cursor, state };
          return step(writeJob(deps, next), () => ({
            ...progress(next, [...diagnostics, ...more]),
            outcome,
          }));
        });
      if (maps.length === 0) return advance(null, []);
      return step(deps.host.listSheets(), (sheets) =>
        // Only provmap's own sheets: the class maps of this chunk were read above.
        step(deps.host.readGrids(sheetsToRead('collate', sheets).filter(isOwnedSheet)), (workbook) => {
          const result = collateMaps({ workbook, maps, settings, today: calendarDate(new Date()) });
          return step(deps.host.applyPlan(result.plan), (applied) =>
            advance(
              actionOutcome('collate', result.report, applied, result.plan.activeSheet),
              result.report.diagnostics,
            ),
          );
        }),
      );
    });
  });
}
