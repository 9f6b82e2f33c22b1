// The Review sheet for pupil progress review meetings: who is behind or not meeting targets, and the
// decision, next steps, owner and date people record against each.

import { ENROLMENT_STATUSES, REVIEW_DECISIONS, TRACKING_STATUSES } from '../evaluate/rules.js';
import type { Grid } from '../grid.js';
import { cellOf } from './enrolment-columns.js';
import { DATE_FORMAT, TEXT_FORMAT, WHOLE_FORMAT } from './number-formats.js';
import { statusStyle } from './palette.js';
import { identityKey, rowIdentity, type RowIdentity } from './row-identity.js';
import { columnRange, geometry, tableSheet } from './sheet-builder.js';
import { SHEET } from './sheet-names.js';
import {
  readTable,
  uniqueKeys,
  type ColumnSpec,
  type ExistingTable,
  type GeneratedRow,
  type TableRow,
} from './table.js';
import type { PlanValue, SheetPlan } from './types.js';

/** Column indexes of the Review sheet. */
export const REVIEW_COL = {
  pupil: 0,
  group: 1,
  provision: 2,
  scale: 3,
  from: 4,
  target: 5,
  now: 6,
  progress: 7,
  status: 8,
  decision: 9,
  nextSteps: 10,
  owner: 11,
  reviewDate: 12,
} as const;

const AS_AT = 'As at the last run of provmap; rewritten on every run.';

/** The Review sheet's columns. */
export const REVIEW_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Pupil', kind: 'input', width: 160, format: TEXT_FORMAT },
  { header: 'Class', kind: 'input', width: 70, format: TEXT_FORMAT },
  { header: 'Provision or subject', kind: 'input', width: 170, format: TEXT_FORMAT, wrap: true },
  { header: 'Scale', kind: 'input', width: 120 },
  {
    header: 'From',
    kind: 'computed',
    width: 60,
    note: `Entry grade (provision) or baseline (subject). ${AS_AT}`,
  },
  { header: 'Target', kind: 'computed', width: 60, note: `The target grade. ${AS_AT}` },
  {
    header: 'Now',
    kind: 'computed',
    width: 60,
    note: `Exit grade (provision) or latest grade (subject). ${AS_AT}`,
  },
  {
    header: 'Progress',
    kind: 'computed',
    width: 70,
    format: WHOLE_FORMAT,
    note: `Steps gained since From. ${AS_AT}`,
  },
  {
    header: 'Status',
    kind: 'computed',
    width: 100,
    note: `Why the pupil is listed: off track or slightly behind (subject); not met, partly met, or pending after the intervention ended (provision). ${AS_AT}`,
  },
  {
    header: 'Decision',
    kind: 'input',
    width: 95,
    note: 'What the review decided: continue, extend, adapt or discontinue.',
  },
  { header: 'Next steps', kind: 'input', width: 260, format: TEXT_FORMAT, wrap: true },
  { header: 'Owner', kind: 'input', width: 100, format: TEXT_FORMAT },
  { header: 'Review date', kind: 'input', width: 95, format: DATE_FORMAT },
];

/** Who a Review row is about: the provision or subject and scale, and the pupil told apart by class. */
export function reviewIdentity(values: readonly PlanValue[]): RowIdentity {
  return rowIdentity(
    [cellOf(values[REVIEW_COL.provision]), cellOf(values[REVIEW_COL.scale])],
    cellOf(values[REVIEW_COL.pupil]),
    null,
    cellOf(values[REVIEW_COL.group]),
  );
}

/** Key of a Review row: provision or subject, scale, pupil and class. */
export function reviewKey(values: readonly PlanValue[]): string {
  return identityKey(reviewIdentity(values));
}

/** One line of the review, from an evaluated enrolment or tracked subject. */
export interface ReviewItem {
  pupil: string;
  group: string | null;
  provision: string;
  scale: string | null;
  from: string | number | null;
  target: string | number | null;
  now: string | number | null;
  progress: number | null;
  status: string;
}

/** Generated rows for review items (keys made unique). */
export function reviewRows(items: readonly ReviewItem[]): GeneratedRow[] {
  const rows = items.map((x) => {
    const values: PlanValue[] = [
      x.pupil,
      x.group,
      x.provision,
      x.scale,
      x.from,
      x.target,
      x.now,
      x.progress,
      x.status,
      null,
      null,
      null,
      null,
    ];
    return { key: reviewKey(values), values };
  });
  return uniqueKeys(rows);
}

/**
 * Keeps a Review row that no longer needs review only when a person wrote in it: a decision, next steps,
 * owner or date, or a row they added themselves (no status).
 */
export function keepReviewRow(row: TableRow): boolean {
  const typed = [REVIEW_COL.decision, REVIEW_COL.nextSteps, REVIEW_COL.owner, REVIEW_COL.reviewDate].some(
    (c) => {
      const v = row.values[c];
      return v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');
    },
  );
  const status = cellOf(row.values[REVIEW_COL.status]);
  return typed || status === null || String(status).trim() === '';
}

/** Reads an existing Review sheet (null when it does not exist or is blank). */
export function readReview(grid: Grid | null | undefined): ExistingTable | null {
  return grid
    ? readTable(
        grid,
        REVIEW_COLUMNS.map((c) => c.header),
        4,
      )
    : null;
}

/** The Review sheet plan. */
export function reviewSheet(rows: readonly TableRow[], extraHeaders: readonly string[]): SheetPlan {
  const sheet = tableSheet({
    name: SHEET.review,
    columns: REVIEW_COLUMNS,
    rows,
    extraHeaders,
    frozenColumns: 1,
  });
  const g = geometry(0, rows.length);
  const col = (c: number): string | null => columnRange(g, c);
  if (!col(0)) return sheet;
  sheet.validations.push(
    {
      range: col(REVIEW_COL.decision)!,
      rule: { kind: 'list', values: REVIEW_DECISIONS, strict: true },
      help: 'continue, extend, adapt or discontinue.',
    },
    { range: col(REVIEW_COL.reviewDate)!, rule: { kind: 'date' }, help: 'The date of the review.' },
  );
  const words = [...new Set([...TRACKING_STATUSES, ...ENROLMENT_STATUSES])];
  for (const word of words)
    sheet.conditionalFormats.push({
      range: col(REVIEW_COL.status)!,
      rule: { kind: 'text-equals', text: word },
      style: statusStyle(word),
    });
  return sheet;
}
