// Chooses the scale a set of values is on and reads each value on it, reporting what does not fit.

import { isAbsentMarker } from '../scales/index.js';
import type { CellValue } from '../grid.js';
import type { Grade, Scale } from '../scales/types.js';
import type { ImportContext, ValueRef } from './context.js';
import { where } from './context.js';
import { collapse, textOf } from './text.js';

/** A label from the middle of a scale, to show in hints: "3c" for NC sub-levels. */
export function exampleLabel(scale: Scale): string {
  return String(scale.steps[Math.floor(scale.steps.length / 2)]?.label ?? '');
}

/**
 * The scale a Scale column names, by name ("NC sub-levels") or id; reported and null when unknown. `cell`
 * may be worked out only when there is something to report.
 */
export function scaleByName(ctx: ImportContext, text: string, cell: string | (() => string)): Scale | null {
  const key = collapse(text);
  if (key === '') return null;
  const found = ctx.scaleByKey(key);
  if (found) return found;
  ctx.report(
    'warning',
    typeof cell === 'string' ? cell : cell(),
    'IGNORED_CELL',
    `"${text}" is not a scale provmap knows; the scale was worked out from the values instead.`,
    `Use one of: ${ctx.scales
      .all()
      .map((s) => s.name)
      .join(', ')}.`,
  );
  return null;
}

/**
 * The most likely scale for these values (header text biases the choice). Null when none is given or
 * none fits; values that fit no scale are then reported. A close call between scales is reported too.
 */
export function chooseScale(
  ctx: ImportContext,
  refs: readonly ValueRef[],
  hint: string,
  what: string,
): Scale | null {
  return chooseScaleOf(
    ctx,
    refs.map((r) => r.value),
    (i) => refs[i]!,
    hint,
    what,
  );
}

/** chooseScale for `values`, where `refAt(i)` says where value i is (asked only to report it). */
export function chooseScaleOf(
  ctx: ImportContext,
  values: readonly CellValue[],
  refAt: (i: number) => ValueRef,
  hint: string,
  what: string,
): Scale | null {
  const detection = ctx.scales.detect(values, hint);
  if (detection === null) {
    values.forEach((value, i) => {
      if (value === null || textOf(value) === '') return;
      if (typeof value === 'string' && isAbsentMarker(value)) return;
      const ref = refAt(i);
      ctx.report(
        'warning',
        ref.cell,
        'UNKNOWN_GRADE',
        `${where(ref)}: "${textOf(value)}" is not on any scale provmap knows.`,
        'Write a grade (such as 2b), a score, a reading age (7y 3m) or "abs"; a school scale can be added in settings.',
      );
    });
    return null;
  }
  // When the header changed the choice, the header settled the tie: nothing to say.
  const settledByHeader = (): boolean =>
    hint.trim() !== '' && ctx.scales.detect(values, '')?.scale.id !== detection.scale.id;
  if (detection.ambiguous && !settledByHeader()) {
    const first = refAt(values.findIndex((v) => v !== null && textOf(v) !== ''));
    const others = detection.alternatives.map((id) => ctx.scales.find(id)?.name ?? id).join(', ');
    ctx.report(
      'info',
      first.cell,
      'AMBIGUOUS_SCALE',
      `${what}: the values read equally well on ${detection.scale.name} and on ${others}; they were read as ${detection.scale.name}.`,
      `If that is wrong, name the scale in the column header, such as "Entry (${others.split(', ')[0]})".`,
    );
  }
  return detection.scale;
}

/** The hint of an UNKNOWN_GRADE on each scale: it depends on the scale alone, so it is written once. */
const gradeHints = new WeakMap<Scale, string>();

function gradeHint(scale: Scale): string {
  let hint = gradeHints.get(scale);
  if (hint === undefined) {
    hint = `Write a ${scale.stepName} on ${scale.name}, such as "${exampleLabel(scale)}", or "abs" when there is deliberately no value.`;
    gradeHints.set(scale, hint);
  }
  return hint;
}

/**
 * One value on a scale: a grade, or null when blank, absent ("abs", "n/a") or unreadable. Unreadable
 * values are reported, and added to `misfits` when given.
 */
export function readGrade(
  ctx: ImportContext,
  scale: Scale,
  ref: ValueRef,
  misfits?: ValueRef[],
): Grade | null {
  const parsed = ctx.parse(scale, ref.value);
  if (parsed.kind === 'grade') return parsed;
  if (parsed.kind !== 'unreadable') return null;
  misfits?.push(ref);
  ctx.report('warning', ref.cell, 'UNKNOWN_GRADE', `${where(ref)}: ${parsed.reason}`, gradeHint(scale));
  return null;
}

/**
 * Reports, once, values that are not on the chosen scale but are on another: the column mixes scales.
 * `refs` are the values that did not read on `scale`.
 */
export function reportMixedScales(
  ctx: ImportContext,
  scale: Scale,
  refs: readonly ValueRef[],
  what: string,
): void {
  for (const ref of refs) {
    const other = ctx.scales.all().find((s) => s.id !== scale.id && ctx.parse(s, ref.value).kind === 'grade');
    if (!other) continue;
    ctx.report(
      'warning',
      ref.cell,
      'MIXED_SCALES',
      `${what} mixes scales: most values are on ${scale.name}, but "${textOf(ref.value)}" at ${where(ref)} is on ${other.name}.`,
      'Use one scale per intervention and column; record another measure as a separate row or column.',
    );
    return;
  }
}

/** Reads every value on one scale, then reports values that belong to another scale (MIXED_SCALES). */
export function readGrades(
  ctx: ImportContext,
  scale: Scale,
  refs: readonly ValueRef[],
  what: string,
): (Grade | null)[] {
  const misfits: ValueRef[] = [];
  const grades = refs.map((ref) => readGrade(ctx, scale, ref, misfits));
  reportMixedScales(ctx, scale, misfits, what);
  return grades;
}
