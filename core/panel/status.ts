// The current sheet at a glance: who is off track, what has no exit data, which targets cannot be measured.

import { NoTableFoundError } from '../errors.js';
import { evaluateMap, evaluateTracker } from '../evaluate/index.js';
import type { Grid } from '../grid.js';
import { importSheet } from '../import/index.js';
import type { Pupil, SourceRef } from '../model/types.js';
import { reportDiagnostics } from '../report.js';
import { ScaleRegistry } from '../scales/index.js';
import type { Settings } from '../settings.js';
import type { SheetStatus, StatusItem } from './types.js';

/** What sheetStatus needs besides the grid. */
export interface StatusOptions {
  settings: Settings;
  /** True when the sheet is one of provmap's own (Provision Map, Tracker...). */
  owned?: boolean;
  scales?: ScaleRegistry;
}

function empty(grid: Grid, owned: boolean): SheetStatus {
  return {
    sheet: grid.sheet,
    kind: 'none',
    title: null,
    owned,
    pupils: 0,
    counts: { offTrack: 0, slightlyBehind: 0, withoutExit: 0, unmeasurableTargets: 0 },
    offTrack: [],
    slightlyBehind: [],
    withoutExit: [],
    unmeasurable: [],
    diagnostics: [],
  };
}

function item(
  pupils: ReadonlyMap<string, Pupil>,
  pupilId: string,
  detail: string,
  source: SourceRef | null,
  sheet: string,
): StatusItem {
  return {
    pupil: pupils.get(pupilId)?.name ?? pupilId,
    detail,
    sheet: source?.sheet ?? sheet,
    cell: source?.cell ?? null,
  };
}

/**
 * The teacher's view of one sheet. Provision maps: enrolments whose target was not met, with no exit
 * data yet, and whose target is not measurable. Trackers: pupils off track and slightly behind (per
 * subject). A sheet with no table gives kind 'none'. Evaluation follows core/evaluate/rules.ts.
 */
export function sheetStatus(grid: Grid, options: StatusOptions): SheetStatus {
  const { settings } = options;
  const owned = options.owned ?? false;
  const scales = options.scales ?? new ScaleRegistry(settings.schoolScales);
  let result;
  try {
    result = importSheet(grid, { scales, settings });
  } catch (e) {
    if (e instanceof NoTableFoundError) return empty(grid, owned);
    throw e;
  }
  const status = empty(grid, owned);
  status.kind = result.kind;
  status.diagnostics = reportDiagnostics(result.diagnostics);
  if (result.kind === 'provision') {
    const { map } = result;
    const pupils = new Map(map.pupils.map((p) => [p.id, p]));
    const interventions = new Map(map.interventions.map((i) => [i.id, i.name]));
    const evaluation = evaluateMap(map, scales, settings);
    // A Leuven pair gives one pupil two rows in one intervention: name the scale so they read apart.
    const scalesOf = new Map<string, Set<string | null>>();
    for (const e of map.enrolments)
      scalesOf.set(e.interventionId, (scalesOf.get(e.interventionId) ?? new Set()).add(e.scaleId));
    map.enrolments.forEach((e, i) => {
      const ev = evaluation.enrolments[i]!;
      const base = interventions.get(e.interventionId) ?? e.interventionId;
      const scaleName = e.scaleId ? (scales.find(e.scaleId)?.name ?? e.scaleId) : null;
      const name =
        (scalesOf.get(e.interventionId)?.size ?? 0) > 1 && scaleName ? `${base} (${scaleName})` : base;
      const at = (detail: string): StatusItem =>
        item(pupils, e.pupilId, `${name}: ${detail}`, e.source, grid.sheet);
      if (ev.status === 'not met') status.offTrack.push(at('target not met'));
      else if (ev.status === 'pending') status.withoutExit.push(at('no exit data'));
      else if (ev.status === 'no target')
        status.unmeasurable.push(at(e.target.text ? `“${e.target.text}”` : 'no target'));
    });
    status.title = map.title;
    status.pupils = map.pupils.length;
  } else if (result.kind === 'tracking') {
    const { tracker } = result;
    const pupils = new Map(tracker.pupils.map((p) => [p.id, p]));
    const evaluations = evaluateTracker(tracker, scales, settings);
    tracker.subjects.forEach((s, i) => {
      const ev = evaluations[i]!;
      const now = ev.latest ? `${ev.latest.label}` : '–';
      const expected = ev.expectedGrade ? `, expected ${ev.expectedGrade.label}` : '';
      const detail = `${s.subject}: ${ev.status} (now ${now}${expected})`;
      if (ev.status === 'off track')
        status.offTrack.push(item(pupils, s.pupilId, detail, s.source, grid.sheet));
      else if (ev.status === 'slightly behind')
        status.slightlyBehind.push(item(pupils, s.pupilId, detail, s.source, grid.sheet));
    });
    status.title = tracker.title;
    status.pupils = tracker.pupils.length;
  } else {
    status.pupils = result.classList.pupils.length;
  }
  status.counts = {
    offTrack: status.offTrack.length,
    slightlyBehind: status.slightlyBehind.length,
    withoutExit: status.withoutExit.length,
    unmeasurableTargets: status.unmeasurable.length,
  };
  return status;
}
