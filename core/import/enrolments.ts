// Turns provision map rows into enrolments: each pupil's entry, target and exit on the intervention's
// scale, lists paired by line, and a Leuven pair split into well-being and involvement.

import type { Enrolment, Intervention, Target } from '../model/types.js';
import { isAbsentMarker } from '../scales/index.js';
import type { Grade, Scale } from '../scales/types.js';
import type { ImportContext, ValueRef } from './context.js';
import { LEUVEN_PAIR_SCALES, parseLeuvenPair } from './leuven.js';
import type { ListCell, PupilRef, ProvisionRow } from './provision-rows.js';
import { chooseScale, readGrade, readGrades, scaleByName } from './scale-choice.js';
import { parseTarget, targetGradeText } from './target.js';
import { cellLines } from './text.js';

/** Every enrolment the rows give, intervention by intervention, in the order written. */
export function buildEnrolments(ctx: ImportContext, rows: readonly ProvisionRow[]): Enrolment[] {
  const groups = new Map<string, ProvisionRow[]>();
  for (const r of rows) {
    const group = groups.get(r.intervention.id);
    if (group) group.push(r);
    else groups.set(r.intervention.id, [r]);
  }
  const out: Enrolment[] = [];
  const seen = new Map<string, string>();
  for (const group of groups.values()) {
    const iv = group[0]!.intervention;
    const own = new Map(group.map((r) => [r, r.scale ? scaleByName(ctx, r.scale.text, r.scale.cell) : null]));
    const pooled = group.filter((r) => own.get(r) === null);
    const scale = interventionScale(ctx, iv, pooled);
    const grades = new Map<ValueRef, Grade | null>();
    const read = (s: Scale | null, refs: ValueRef[]): void => {
      const gs = s ? readGrades(ctx, s, refs, `"${iv.name}"`) : refs.map(() => null);
      refs.forEach((ref, i) => grades.set(ref, gs[i] ?? null));
    };
    read(
      scale,
      pooled.flatMap(valuesOf).filter((ref) => !isPair(ref)),
    );
    for (const r of group) if (own.get(r)) read(own.get(r)!, valuesOf(r));
    reportPairsMixed(ctx, iv, pooled);
    for (const r of group) {
      checkLength(ctx, r, r.entry, 'entry');
      checkLength(ctx, r, r.exit, 'exit');
      const rowScale = own.get(r) ?? scale;
      const targets = rowTargets(r, rowScale);
      r.pupils.forEach((p, i) => {
        if (p === null) return;
        const entry = r.entry?.values[i] ?? null;
        const exit = r.exit?.values[i] ?? null;
        const pairs = !own.get(r) && (isPair(entry) || isPair(exit));
        const made = pairs
          ? leuvenEnrolments(ctx, r, p, entry, exit, targets(i))
          : [enrolment(ctx, r, p, rowScale, grade(grades, entry), grade(grades, exit), targets(i)(rowScale))];
        for (const e of made) {
          const key = `${e.pupilId}|${e.interventionId}|${e.scaleId ?? ''}`;
          const first = seen.get(key);
          if (first !== undefined) {
            ctx.report(
              'warning',
              p.cell,
              'DUPLICATE_PUPIL',
              `${p.pupil.name} is listed again in "${iv.name}" (first at ${first}); the repeat was not read.`,
              'Remove the repeated name, or give the two pupils their UPNs if they are different children.',
            );
            continue;
          }
          seen.set(key, p.cell);
          reportUnmeasurable(ctx, r, e.target);
          out.push(e);
        }
      });
    }
  }
  return out;
}

function valuesOf(r: ProvisionRow): ValueRef[] {
  return [...(r.entry?.values ?? []), ...(r.exit?.values ?? [])].filter((v) => v.value !== null);
}

function isPair(ref: ValueRef | null): boolean {
  return ref !== null && parseLeuvenPair(ref.value) !== null;
}

function grade(grades: Map<ValueRef, Grade | null>, ref: ValueRef | null): Grade | null {
  return ref === null ? null : (grades.get(ref) ?? null);
}

/** The scale of an intervention's entry and exit values together; from its targets if it has none. */
function interventionScale(
  ctx: ImportContext,
  iv: Intervention,
  rows: readonly ProvisionRow[],
): Scale | null {
  const refs = rows.flatMap(valuesOf).filter((ref) => !isPair(ref));
  const targets = rows.flatMap((r) => (r.target ? [r.target.text] : []));
  if (refs.length > 0) {
    const headers = (['entry', 'exit'] as const).map((f) => ctx.layout.headers.get(ctx.col(f) ?? -1) ?? '');
    return chooseScale(ctx, refs, [...headers, ...targets].join(' '), `"${iv.name}"`);
  }
  const bare = targets.map(targetGradeText).filter((t) => t !== '');
  const found = bare.length > 0 ? ctx.scales.detect(bare, targets.join(' ')) : null;
  return found && !found.ambiguous && found.matched === found.total ? found.scale : null;
}

/** A list cell must have one line per pupil; what cannot be paired by line is reported, never shifted. */
function checkLength(
  ctx: ImportContext,
  r: ProvisionRow,
  list: ListCell | null,
  what: 'entry' | 'exit',
): void {
  if (list === null || list.values.length === r.pupils.length) return;
  const n = r.pupils.length;
  const m = list.values.length;
  const unpaired =
    m < n
      ? r.pupils
          .slice(m)
          .flatMap((p) => (p ? [p.pupil.name] : []))
          .join(', ') + ` ${n - m === 1 ? 'has' : 'have'} no ${what} value`
      : `line${m - n === 1 ? '' : 's'} ${n + 1}${m - n > 1 ? `-${m}` : ''} of the ${what} list ${m - n === 1 ? 'has' : 'have'} no pupil`;
  ctx.report(
    'warning',
    list.cell,
    'LIST_LENGTH_MISMATCH',
    `"${r.intervention.name}" lists ${n} pupil${n === 1 ? '' : 's'} but ${m} ${what} value${m === 1 ? '' : 's'}; values were paired by line, so ${unpaired}.`,
    'Write one value per line, in the same order as the pupils; write "abs" on the line of a pupil who has none.',
  );
}

/**
 * The target of each pupil of a row. One target cell applies to the whole group, unless it has one
 * measurable line per pupil ("2b" / "2a" / "3c"), which are then each pupil's own. With no target cell,
 * a relative target in Target notes is the target.
 */
function rowTargets(r: ProvisionRow, scale: Scale | null): (i: number) => (s: Scale | null) => Target {
  // provmap's own map writes a relative target as a grade, keeping the words in Target notes; with no
  // grade there (no entry yet), the words are the target.
  const fromNotes = r.target === null && r.notes !== null && parseTarget(r.notes, scale).kind === 'relative';
  const text = r.target?.text ?? (fromNotes ? r.notes! : '');
  const lines = cellLines(text).map((l) => (l.value === null ? '' : String(l.value)));
  const n = r.pupils.length;
  const perPupil =
    n > 1 && lines.length === n && lines.every((l) => l !== '' && parseTarget(l, scale).kind !== 'none');
  return (i) => (s) => parseTarget(perPupil ? lines[i]! : text, s);
}

function enrolment(
  ctx: ImportContext,
  r: ProvisionRow,
  p: PupilRef,
  scale: Scale | null,
  entry: Grade | null,
  exit: Grade | null,
  target: Target,
): Enrolment {
  return {
    pupilId: p.pupil.id,
    interventionId: r.intervention.id,
    scaleId: scale?.id ?? null,
    entry,
    target,
    exit,
    outcome: r.outcome,
    notes: r.notes,
    source: { sheet: ctx.sheet, cell: p.cell },
  };
}

/** "1   2" on entry or exit: two enrolments, well-being from the first number, involvement the second. */
function leuvenEnrolments(
  ctx: ImportContext,
  r: ProvisionRow,
  p: PupilRef,
  entry: ValueRef | null,
  exit: ValueRef | null,
  target: (s: Scale | null) => Target,
): Enrolment[] {
  return LEUVEN_PAIR_SCALES.flatMap((id, k) => {
    const scale = ctx.scales.find(id);
    if (!scale) return [];
    const side = (ref: ValueRef | null): Grade | null => {
      if (ref === null) return null;
      const pair = parseLeuvenPair(ref.value);
      if (pair) {
        const parsed = scale.parse(pair[k]!);
        return parsed.kind === 'grade' ? parsed : null;
      }
      return readGrade(ctx, scale, ref);
    };
    return [enrolment(ctx, r, p, scale, side(entry), side(exit), target(scale))];
  });
}

/** Leuven pairs beside single values in one intervention: the single values are on another scale. */
function reportPairsMixed(ctx: ImportContext, iv: Intervention, rows: readonly ProvisionRow[]): void {
  const refs = rows.flatMap(valuesOf);
  const single = refs.find(
    (ref) => !isPair(ref) && !(typeof ref.value === 'string' && isAbsentMarker(ref.value)),
  );
  if (!single || !refs.some(isPair)) return;
  ctx.report(
    'warning',
    single.cell,
    'MIXED_SCALES',
    `"${iv.name}" mixes Leuven pairs (well-being and involvement, such as "1   2") with single values.`,
    'Write every value of this intervention the same way, or move the other measure to its own row.',
  );
}

function reportUnmeasurable(ctx: ImportContext, r: ProvisionRow, target: Target): void {
  if (target.kind !== 'none' || target.text === '' || r.target === null) return;
  ctx.report(
    'info',
    r.target.cell,
    'UNMEASURABLE_TARGET',
    `The target for "${r.intervention.name}" names no grade or number of steps, so whether it is met cannot be worked out; it is kept as written.`,
    'Start the target with a measurable part, such as "Plus one sub-level." or "Target 2b", and keep the rest as it is.',
  );
}
