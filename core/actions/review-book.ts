// What the pupil progress review looks at: pupils off track or slightly behind in a subject, and
// enrolments not met, partly met, or still pending after their intervention ended.

import { evaluateMap } from '../evaluate/index.js';
import type { Intervention, Pupil } from '../model/types.js';
import {
  keepReviewRow,
  readReview,
  REVIEW_COLUMNS,
  reviewIdentity,
  reviewKey,
  reviewRows,
  reviewSheet,
  type ReviewItem,
} from '../plan/review-sheet.js';
import { SHEET } from '../plan/sheet-names.js';
import { mergeRows } from '../plan/table.js';
import type { SheetPlan } from '../plan/types.js';
import type { ActionContext } from './context.js';
import type { ProvisionBook } from './provision-book.js';
import { distinctPupils, PupilRoster } from './pupil-roster.js';
import type { SchoolBook } from './school-book.js';
import type { TrackerBook } from './tracker-book.js';

interface Items {
  /** Items that need review now. */
  flagged: ReviewItem[];
  /** Every item, to refresh rows people kept. */
  all: ReviewItem[];
}

type MapLike = {
  pupils: readonly Pupil[];
  interventions: readonly Intervention[];
  enrolments: ProvisionBook['map']['enrolments'];
};

function enrolmentItems(
  ctx: ActionContext,
  map: MapLike,
  statuses: readonly { status: string; progress: number | null; target: string | number | null }[],
  known: PupilRoster,
  out: Items,
): void {
  const pupils = new Map(map.pupils.map((p) => [p.id, p]));
  const interventions = new Map(map.interventions.map((i) => [i.id, i]));
  map.enrolments.forEach((e, index) => {
    const ev = statuses[index]!;
    const pupil = pupils.get(e.pupilId);
    const intervention = interventions.get(e.interventionId);
    const ended = !!intervention?.end && intervention.end < ctx.today;
    const item: ReviewItem = {
      pupil: pupil?.name ?? e.pupilId,
      group: classOf(pupil, known),
      provision: intervention?.name ?? e.interventionId,
      scale: e.scaleId ? (ctx.scales.find(e.scaleId)?.name ?? null) : null,
      from: e.entry?.label ?? null,
      target: ev.target,
      now: e.exit?.label ?? null,
      progress: ev.progress,
      status: ev.status,
    };
    out.all.push(item);
    if (ev.status === 'not met' || ev.status === 'partly met' || (ev.status === 'pending' && ended))
      out.flagged.push(item);
  });
}

/** A pupil's class: their own, else that of the one child on the Pupils sheet they are. */
function classOf(pupil: Pupil | undefined, known: PupilRoster): string | null {
  return pupil ? (pupil.group ?? known.lookup(pupil)?.group ?? null) : null;
}

/** Review items from whichever books the workbook has. */
export function reviewItems(
  ctx: ActionContext,
  parts: {
    provision?: ProvisionBook | null;
    tracker?: TrackerBook | null;
    school?: SchoolBook | null;
    pupils?: readonly Pupil[];
  },
): Items {
  const out: Items = { flagged: [], all: [] };
  const known = new PupilRoster(distinctPupils(parts.pupils ?? []).pupils);
  if (parts.provision) {
    const ev = parts.provision.evaluation.enrolments.map((e) => ({
      ...e,
      target: e.targetGrade?.label ?? null,
    }));
    enrolmentItems(ctx, parts.provision.map, ev, known, out);
  }
  if (parts.school) {
    const evaluation = evaluateMap(parts.school.school, ctx.scales, ctx.settings);
    const ev = evaluation.enrolments.map((e) => ({ ...e, target: e.targetGrade?.label ?? null }));
    enrolmentItems(ctx, parts.school.school, ev, known, out);
  }
  if (parts.tracker) {
    const t = parts.tracker.tracker;
    const pupils = new Map(t.pupils.map((p) => [p.id, p]));
    t.subjects.forEach((s, i) => {
      const ev = parts.tracker!.evaluations[i]!;
      const pupil = pupils.get(s.pupilId);
      const item: ReviewItem = {
        pupil: pupil?.name ?? s.pupilId,
        group: classOf(pupil, known),
        provision: s.subject,
        scale: s.scaleId ? (ctx.scales.find(s.scaleId)?.name ?? null) : null,
        from: ev.baseline?.label ?? null,
        target: ev.target?.label ?? null,
        now: ev.latest?.label ?? null,
        progress: ev.baseline && ev.latest ? ev.latest.step - ev.baseline.step : null,
        status: ev.status,
      };
      out.all.push(item);
      if (ev.status === 'off track' || ev.status === 'slightly behind') out.flagged.push(item);
    });
  }
  const order = (x: ReviewItem): string => `${x.group ?? ''}\u0000${x.pupil}\u0000${x.provision}`;
  out.flagged.sort((a, b) => order(a).localeCompare(order(b), 'en', { numeric: true, sensitivity: 'base' }));
  return out;
}

/** The Review sheet: flagged items appended, rows people wrote in kept, computed cells refreshed. */
export function reviewPlanSheet(ctx: ActionContext, items: Items): SheetPlan {
  const merged = mergeRows(REVIEW_COLUMNS, reviewRows(items.flagged), readReview(ctx.grid(SHEET.review)), {
    keyOf: reviewKey,
    identify: reviewIdentity,
    keepUnmatched: keepReviewRow,
    refresh: reviewRows(items.all),
  });
  return reviewSheet(merged.rows, merged.extraHeaders);
}
