// Reads a progress tracker (one row per pupil, or per pupil per subject, with assessment point columns).

import type { Grade, Scale } from '../scales/types.js';
import type { TrackedSubject, Tracker } from '../model/types.js';
import type { ImportContext, ValueRef } from './context.js';
import { readPreamble } from './preamble.js';
import { namedPupilRows, PupilBook } from './pupil-row.js';
import { chooseScale, readGrades, scaleByName } from './scale-choice.js';
import { fallbackSubject } from './subject.js';
import { oneLine } from './text.js';

interface TrackerRow {
  pupilId: string;
  nameCell: string;
  subject: string;
  /** The scale a Scale column names (provmap's own Tracker), if any. */
  own: Scale | null;
  points: ValueRef[];
  target: ValueRef | null;
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
  const named = namedPupilRows(ctx, {
    message: (row) => `Row ${row + 1} has values but no pupil name, so it was not read.`,
    hint: 'Write the pupil’s name in this row.',
  });
  for (const { row, name, pupil } of named) {
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
      continue;
    }
    seen.set(key, name.cell);
    pupils.add(pupil);
    const targetCol = ctx.col('target');
    rows.push({
      pupilId: pupil.id,
      nameCell: name.cell,
      subject,
      own: scaleText === '' ? null : scaleByName(ctx, scaleText, ctx.address(row, 'scale')),
      points: ctx.layout.points.map((p) => ({
        value: ctx.valueAt(row, p.col),
        cell: ctx.view.address(row, p.col),
        line: null,
      })),
      target:
        targetCol === undefined
          ? null
          : { value: ctx.valueAt(row, targetCol), cell: ctx.view.address(row, targetCol), line: null },
    });
  }
  return {
    title,
    pointLabels: ctx.layout.points.map((p) => p.label),
    pupils: pupils.list(),
    subjects: readSubjects(ctx, rows, title),
  };
}

function refsOf(r: TrackerRow): ValueRef[] {
  return r.target ? [...r.points, r.target] : r.points;
}

function readSubjects(
  ctx: ImportContext,
  rows: readonly TrackerRow[],
  title: string | null,
): TrackedSubject[] {
  const grades = new Map<ValueRef, Grade | null>();
  const scaleOf = new Map<TrackerRow, Scale | null>();
  const read = (scale: Scale | null, group: readonly TrackerRow[], what: string): void => {
    const refs = group.flatMap(refsOf);
    const gs = scale ? readGrades(ctx, scale, refs, what) : [];
    refs.forEach((ref, i) => grades.set(ref, gs[i] ?? null));
    for (const r of group) scaleOf.set(r, scale);
  };
  const bySubject = new Map<string, TrackerRow[]>();
  for (const r of rows) {
    if (r.own) read(r.own, [r], `The ${r.subject} row`);
    else if (bySubject.has(r.subject)) bySubject.get(r.subject)!.push(r);
    else bySubject.set(r.subject, [r]);
  }
  const headers = [
    ...ctx.layout.points.map((p) => p.label),
    ctx.layout.headers.get(ctx.col('target') ?? -1) ?? '',
  ];
  for (const [subject, group] of bySubject) {
    const what = `The ${subject} tracker`;
    const refs = group.flatMap(refsOf).filter((ref) => ref.value !== null);
    const hint = [title ?? '', subject, ...headers].join(' ');
    read(refs.length > 0 ? chooseScale(ctx, refs, hint, what) : null, group, what);
  }
  return rows.map((r) => ({
    pupilId: r.pupilId,
    subject: r.subject,
    scaleId: scaleOf.get(r)?.id ?? null,
    points: r.points.map((ref) => grades.get(ref) ?? null),
    target: r.target ? (grades.get(r.target) ?? null) : null,
    source: { sheet: ctx.sheet, cell: r.nameCell },
  }));
}
