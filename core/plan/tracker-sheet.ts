// The Tracker sheet: one row per pupil per subject, every assessment point of the year, a target, and live
// Latest, Latest point, Expected now and Status.

import { toleranceFor } from '../evaluate/index.js';
import { TRACKING_STATUSES } from '../evaluate/rules.js';
import { a1, cellText, type Grid } from '../grid.js';
import type { Settings } from '../settings.js';
import { cellOf } from './enrolment-columns.js';
import type { RowFormula } from './row-formula.js';
import { trackerRowFormulas } from './tracker-formulas.js';
import type { Scale } from '../scales/types.js';
import { TEXT_FORMAT } from './number-formats.js';
import { statusStyle } from './palette.js';
import { pupilFlagValidations } from './pupil-values.js';
import { SCALE_NAMES_RANGE, scaleFinder, scaleRanges, type ScaleCatalog } from './scale-ranges.js';
import { columnRange, geometry, rowGroups, tableSheet } from './sheet-builder.js';
import { SHEET } from './sheet-names.js';
import { norm, readTable, type ColumnSpec, type ExistingTable, type TableRow } from './table.js';
import type { SheetPlan } from './types.js';

/** Column indexes before the assessment points. */
export const TRACKER_COL = {
  pupil: 0,
  upn: 1,
  group: 2,
  sen: 3,
  pp: 4,
  eal: 5,
  subject: 6,
  scale: 7,
  firstPoint: 8,
} as const;

const FIXED: readonly ColumnSpec[] = [
  { header: 'Pupil', kind: 'input', width: 160, format: TEXT_FORMAT },
  { header: 'UPN', kind: 'input', width: 120, format: TEXT_FORMAT },
  { header: 'Class', kind: 'input', width: 70, format: TEXT_FORMAT },
  { header: 'SEN', kind: 'input', width: 50 },
  { header: 'PP', kind: 'input', width: 45 },
  { header: 'EAL', kind: 'input', width: 45 },
  { header: 'Subject', kind: 'input', width: 110, format: TEXT_FORMAT },
  { header: 'Scale', kind: 'input', width: 130 },
];

const TAIL: readonly ColumnSpec[] = [
  {
    header: 'Target',
    kind: 'input',
    width: 70,
    align: 'center',
    note: "The grade the pupil should reach by the year's last assessment point. Where none was given, provmap proposed one from expected progress (see the note on that cell); change it if you know better.",
  },
  {
    header: 'Latest',
    kind: 'formula',
    width: 70,
    align: 'center',
    note: 'The grade at the latest assessment point after the baseline that holds one. Worked out by a formula.',
  },
  {
    header: 'Latest point',
    kind: 'formula',
    width: 90,
    note: 'Which assessment point that was. Worked out by a formula.',
  },
  {
    header: 'Expected now',
    kind: 'formula',
    width: 90,
    align: 'center',
    note: 'Where the pupil would be at that point on a straight line from the baseline to the target. Worked out by a formula.',
  },
  {
    header: 'Status',
    kind: 'formula',
    width: 105,
    note: "Latest compared with Expected now, in steps of the row's scale: ahead, on track (within the scale's tolerance), slightly behind (within twice it), off track. no data: no baseline, target or later grade. Worked out by a formula.",
  },
];

/** "Baseline", "AP1", "AP2"... for `count` points. */
export function defaultPointLabels(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? 'Baseline' : `AP${i}`));
}

/**
 * The point labels to write: the sheet's own (or the source's) first, then the default labels for the
 * remaining points of the year, skipping labels already used. At least `count` points.
 */
export function pointLabelsFor(given: readonly string[], count: number): string[] {
  const labels = [...given];
  const used = new Set(labels.map((l) => norm(l)));
  for (let i = labels.length; labels.length < count; i++) {
    let label = i === 0 ? 'Baseline' : `AP${i}`;
    for (let k = i; used.has(norm(label)); k++) label = `AP${k + 1}`;
    used.add(norm(label));
    labels.push(label);
  }
  return labels;
}

/** The next point label after `labels` ("AP6" after AP5; never one already used). */
export function nextPointLabel(labels: readonly string[]): string {
  return pointLabelsFor(labels, labels.length + 1)[labels.length]!;
}

/** The Tracker's columns for these point labels. */
export function trackerColumns(pointLabels: readonly string[]): ColumnSpec[] {
  // Grades are centred, so "2c" and a Leuven score of 3 sit alike under their point.
  const points: ColumnSpec[] = pointLabels.map((label) => ({
    header: label,
    kind: 'input',
    width: 70,
    align: 'center',
  }));
  return [...FIXED, ...points, ...TAIL];
}

/** An existing Tracker: its table and its point labels (the headers between Scale and Target). */
export interface ExistingTracker {
  table: ExistingTable;
  pointLabels: string[];
}

/** Reads an existing Tracker sheet (null when it does not exist or is blank). */
export function readTracker(grid: Grid | null | undefined): ExistingTracker | null {
  if (!grid) return null;
  const fixed = [...FIXED, ...TAIL].map((c) => c.header);
  const first = readTable(grid, fixed, 4);
  if (!first) return null;
  const header = grid.values[first.headerRow] ?? [];
  const scaleCol = first.columns.get(norm('Scale')) ?? first.columns.get(norm('Subject')) ?? -1;
  const targetCol = first.columns.get(norm('Target')) ?? header.length;
  const pointLabels = header
    .slice(scaleCol + 1, targetCol)
    .map((v) => cellText(v))
    .filter((label, i, all) => label !== '' && all.findIndex((x) => norm(x) === norm(label)) === i);
  const table = readTable(grid, [...fixed, ...pointLabels], 4)!;
  return { table, pointLabels };
}

export interface TrackerInput {
  rows: readonly TableRow[];
  extraHeaders: readonly string[];
  pointLabels: readonly string[];
  catalog: ScaleCatalog;
  settings: Pick<Settings, 'tolerance'>;
  /** A note for a row's Target cell (a proposed target), by row index. */
  targetNotes?: ReadonlyMap<number, string>;
}

/** The Tracker sheet plan. Formula cells of `rows` are filled in. */
export function trackerSheet(p: TrackerInput): SheetPlan {
  const columns = trackerColumns(p.pointLabels);
  const n = p.pointLabels.length;
  const target = TRACKER_COL.firstPoint + n;
  const [latest, latestPoint, expected, status] = [target + 1, target + 2, target + 3, target + 4];
  const g = geometry(0, p.rows.length);
  const named = scaleFinder(p.catalog);
  const scales = p.rows.map((row) => named(cellOf(row.values[TRACKER_COL.scale])));
  // A row's four formulas depend only on its scale and its row number: built once per scale.
  const formulasOf = new Map<Scale | null, RowFormula[]>();
  const formulas = (scale: Scale | null): RowFormula[] => {
    let out = formulasOf.get(scale);
    if (!out) {
      out = trackerRowFormulas(scale ? scaleRanges(scale) : null, {
        firstPoint: TRACKER_COL.firstPoint,
        points: p.pointLabels.length,
        headerRow: g.headerRow,
        tolerance: scale ? toleranceFor(scale, p.settings) : 0,
      });
      formulasOf.set(scale, out);
    }
    return out;
  };
  p.rows.forEach((row, i) => {
    const [fLatest, fLatestPoint, fExpected, fStatus] = formulas(scales[i] ?? null);
    const r = g.firstRow + i;
    row.values[latest] = { formula: fLatest!.at(r) };
    row.values[latestPoint] = { formula: fLatestPoint!.at(r) };
    row.values[expected] = { formula: fExpected!.at(r) };
    row.values[status] = { formula: fStatus!.at(r) };
  });
  const sheet = tableSheet({
    name: SHEET.tracker,
    columns,
    rows: p.rows,
    extraHeaders: p.extraHeaders,
    frozenColumns: 1,
  });
  for (const [i, text] of p.targetNotes ?? [])
    if (i < p.rows.length) sheet.notes.push({ cell: a1(g.firstRow + i, target), text });
  const col = (c: number): string | null => columnRange(g, c);
  if (!col(0)) return sheet;
  sheet.validations.push(
    ...pupilFlagValidations({
      sen: col(TRACKER_COL.sen)!,
      pp: col(TRACKER_COL.pp)!,
      eal: col(TRACKER_COL.eal)!,
    }),
    {
      range: col(TRACKER_COL.scale)!,
      rule: { kind: 'list-from-range', source: SCALE_NAMES_RANGE, strict: true },
      help: 'The scale the grades are on. Run provmap again after changing it.',
    },
  );
  // Rows of one scale are grouped, but a tracker alternates subjects: each scale's texts are made once.
  const gradeRule = new Map<string, { source: string; help: string }>();
  for (const [id, first, last] of rowGroups(scales.map((s) => s?.id ?? null))) {
    let rule = gradeRule.get(id);
    if (!rule) {
      const s = p.catalog.find(id)!;
      rule = {
        source: scaleRanges(s).labels,
        help: `A grade on the ${s.name} scale. Leave a point blank until it is assessed.`,
      };
      gradeRule.set(id, rule);
    }
    sheet.validations.push({
      range: `${a1(g.firstRow + first, TRACKER_COL.firstPoint)}:${a1(g.firstRow + last, target)}`,
      rule: { kind: 'list-from-range', source: rule.source, strict: true },
      help: rule.help,
    });
  }
  for (const word of TRACKING_STATUSES)
    sheet.conditionalFormats.push({
      range: col(status)!,
      rule: { kind: 'text-equals', text: word },
      style: statusStyle(word),
    });
  return sheet;
}
