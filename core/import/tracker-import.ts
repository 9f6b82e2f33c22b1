// Reads a progress tracker (one row per pupil, or per pupil per subject, with assessment point columns).

import type { CellValue } from '../grid.js';
import type { Grade, Scale } from '../scales/types.js';
import type { TrackedSubject, Tracker } from '../model/types.js';
import { CellRef, type ImportContext, type ValueRef } from './context.js';
import { readPreamble } from './preamble.js';
import { forEachNamedPupilRow, PupilBook } from './pupil-row.js';
import { chooseScaleOf, readGrade, reportMixedScales, scaleByName } from './scale-choice.js';
import { fallbackSubject } from './subject.js';
import { oneLine } from './text.js';

interface TrackerRow {
  pupilId: string;
  nameCell: string;
  subject: string;
  /** The scale a Scale column names (provmap's own Tracker), if any. */
  own: Scale | null;
  /** 0-based grid row; its point values in point order, and its target value (undefined: no column). */
  row: number;
  points: CellValue[];
  target: CellValue | undefined;
  /** The scale the row was read on, and its grades by point and for the target, once read. */
  scale: Scale | null;
  grades: (Grade | null)[] | null;
  targetGrade: Grade | null;
}

/**
 * The title, point labels, pupils and one tracked subject per row. Values are read on the scale of
 * their Scale column, else on the scale detected over all point and target values of the subject.
 */
export function importTracker(ctx: ImportContext): Tracker {
  const { title } = readPreamble(ctx.grid, ctx.layout.headerRow);
  const defaultSubject = fallbackSubject(title, ctx.sheet);
  const pupils = new PupilBook();
  const rows: TrackerRow[] = [];
  const seen = new Map<string, string>();
  const pointCols = ctx.layout.points;
  const targetCol = ctx.col('target');
  const missing = {
    message: (row: number) => `Row ${row + 1} has values but no pupil name, so it was not read.`,
    hint: 'Write the pupil’s name in this row.',
  };
  forEachNamedPupilRow(ctx, missing, (row, name, pupil) => {
    const subject = oneLine(ctx.text(row, 'subject')) || defaultSubject;
    const scaleText = oneLine(ctx.text(row, 'scale'));
    // One row per pupil per subject, and per scale where a Scale column says (well-being and involvement).
    const key = `${pupil.id}|${subject.toLowerCase()}|${scaleText.toLowerCase()}`;
    const first = seen.get(key);
    if (first !== undefined) {
      ctx.report(
        'warning',
        name.cell,
        'DUPLICATE_PUPIL',
        `${name.name} has a second ${subject} row (the first is at ${first}); it was not read.`,
        'Remove the repeated row, or give the two pupils their UPNs if they are different children.',
      );
      return;
    }
    seen.set(key, name.cell);
    pupils.add(pupil);
    const own = scaleText === '' ? null : scaleByName(ctx, scaleText, () => ctx.address(row, 'scale'));
    const points = new Array<CellValue>(pointCols.length);
    for (let k = 0; k < pointCols.length; k++) points[k] = ctx.valueAt(row, pointCols[k]!.col);
    rows.push({
      pupilId: pupil.id,
      nameCell: name.cell,
      subject,
      own,
      row,
      points,
      target: targetCol === undefined ? undefined : ctx.valueAt(row, targetCol),
      scale: null,
      grades: null,
      targetGrade: null,
    });
  });
  return {
    title,
    pointLabels: ctx.layout.points.map((p) => p.label),
    pupils: pupils.list(),
    subjects: readSubjects(ctx, rows, title),
  };
}

/** Where a value of a row is: point k, or the target when k is the number of points. */
function refOf(ctx: ImportContext, r: TrackerRow, k: number): ValueRef {
  const points = ctx.layout.points;
  const value = k < points.length ? r.points[k]! : (r.target ?? null);
  const col = k < points.length ? points[k]!.col : ctx.col('target')!;
  return new CellRef(value, ctx.view, r.row, col);
}

/** One value of a row on a scale, as readGrade reads it; where it is is only worked out to report it. */
function gradeOf(
  ctx: ImportContext,
  scale: Scale,
  r: TrackerRow,
  k: number,
  value: CellValue,
  misfits: ValueRef[],
): Grade | null {
  const parsed = ctx.parse(scale, value);
  if (parsed.kind === 'grade') return parsed;
  return parsed.kind === 'unreadable' ? readGrade(ctx, scale, refOf(ctx, r, k), misfits) : null;
}

/**
 * Reads a row's values on `scale` (none: every grade null) as readGrade does, points then target;
 * values that do not read are added to `misfits`.
 */
function readRow(ctx: ImportContext, scale: Scale | null, r: TrackerRow, misfits: ValueRef[]): void {
  r.scale = scale;
  if (!scale) return;
  const grades = new Array<Grade | null>(r.points.length);
  for (let k = 0; k < r.points.length; k++) grades[k] = gradeOf(ctx, scale, r, k, r.points[k]!, misfits);
  r.grades = grades;
  if (r.target !== undefined) r.targetGrade = gradeOf(ctx, scale, r, r.points.length, r.target, misfits);
}

/** Reports, once, misfits of rows read on `scale` that are on another scale (see reportMixedScales). */
function reportMisfits(
  ctx: ImportContext,
  scale: Scale | null,
  misfits: ValueRef[],
  what: () => string,
): void {
  if (scale && misfits.length > 0) reportMixedScales(ctx, scale, misfits, what());
}

function readSubjects(
  ctx: ImportContext,
  rows: readonly TrackerRow[],
  title: string | null,
): TrackedSubject[] {
  const bySubject = new Map<string, TrackerRow[]>();
  for (const r of rows) {
    if (r.own) {
      const misfits: ValueRef[] = [];
      readRow(ctx, r.own, r, misfits);
      reportMisfits(ctx, r.own, misfits, () => `The ${r.subject} row`);
    } else {
      const group = bySubject.get(r.subject);
      if (group) group.push(r);
      else bySubject.set(r.subject, [r]);
    }
  }
  const headers = [
    ...ctx.layout.points.map((p) => p.label),
    ctx.layout.headers.get(ctx.col('target') ?? -1) ?? '',
  ];
  for (const [subject, group] of bySubject) {
    const what = `The ${subject} tracker`;
    // Every value the subject's rows hold, in order, with the row and value index it came from.
    const values: CellValue[] = [];
    const from: TrackerRow[] = [];
    const at: number[] = [];
    for (const r of group) {
      for (let k = 0; k <= r.points.length; k++) {
        const v = k < r.points.length ? r.points[k] : r.target;
        if (v === undefined || v === null) continue;
        values.push(v);
        from.push(r);
        at.push(k);
      }
    }
    const hint = [title ?? '', subject, ...headers].join(' ');
    const refAt = (i: number): ValueRef => refOf(ctx, from[i]!, at[i]!);
    const scale = values.length > 0 ? chooseScaleOf(ctx, values, refAt, hint, what) : null;
    const misfits: ValueRef[] = [];
    for (const r of group) readRow(ctx, scale, r, misfits);
    reportMisfits(ctx, scale, misfits, () => what);
  }
  return rows.map((r) => ({
    pupilId: r.pupilId,
    subject: r.subject,
    scaleId: r.scale?.id ?? null,
    points: r.grades ?? r.points.map(() => null),
    target: r.targetGrade,
    source: { sheet: ctx.sheet, cell: r.nameCell },
  }));
}
