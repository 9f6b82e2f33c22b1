// Portable formula builders: the evaluation rules (evaluate/rules.ts) as formulas that give the same result
// in Excel, Google Sheets and LibreOffice. Only IF/AND/OR/ISNUMBER/ROUND/INDEX/SUMPRODUCT/COUNTIFS-level
// functions; no dynamic arrays, no volatile functions, no MATCH (it would read "A*" as a wildcard).

import { DIFF_DECIMALS } from '../evaluate/rules.js';

/** The two named ranges a scale is written as on the Scales sheet: its labels and their steps 1..n. */
export interface ScaleRanges {
  labels: string;
  steps: string;
}

/** A text literal for a formula: "met", with inner quotes doubled. */
export function text(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** A number literal for a formula. Throws on NaN or infinity, which no formula can hold. */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  if (Object.is(value, -0)) return '0';
  const plain = String(value);
  return /e/i.test(plain) ? value.toFixed(12).replace(/\.?0+$/, '') : plain;
}

/**
 * A COUNTIFS criterion that matches the text of `ref` literally: the leading "=" stops "<Reading>" or
 * "=Smith" being read as an operator, and ~ escapes stop "*", "?" and "~" being read as wildcards.
 * Works over a whole range inside SUMPRODUCT too.
 */
export function literalCriterion(ref: string): string {
  return `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref},"~","~~"),"*","~*"),"?","~?")`;
}

/**
 * The 1-based position of the value in `cell` on a scale, 0 when blank or not on the scale. Exact and
 * case-insensitive in every engine, and immune to wildcard characters. With no scale it is the constant 0.
 */
export function scalePosition(scale: ScaleRanges | null, cell: string): string {
  return scale ? `SUMPRODUCT((${scale.labels}=${cell})*${scale.steps})` : '0';
}

/** Enrolment progress: exit minus entry in steps when both are on the scale, else blank. */
export function enrolmentProgress(scale: ScaleRanges | null, entry: string, exit: string): string {
  if (!scale) return '""';
  const e = scalePosition(scale, entry);
  const x = scalePosition(scale, exit);
  return `IF(AND(${e}>0,${x}>0),${x}-${e},"")`;
}

/** Enrolment status by the rules: no target, pending, met, partly met, not met (first that applies). */
export function enrolmentStatus(
  scale: ScaleRanges | null,
  entry: string,
  target: string,
  exit: string,
): string {
  if (!scale) return text('no target');
  const e = scalePosition(scale, entry);
  const t = scalePosition(scale, target);
  const x = scalePosition(scale, exit);
  return (
    `IF(${t}=0,"no target",IF(${x}=0,"pending",IF(${x}>=${t},"met",` +
    `IF(AND(${e}>0,${x}>${e}),"partly met","not met"))))`
  );
}

/** The latest assessment point (after the baseline) holding a grade on the scale: nested IFs from the right. */
function latestOf(
  scale: ScaleRanges,
  points: readonly string[],
  pick: (i: number) => string,
  none: string,
): string {
  let out = none;
  for (let i = 1; i < points.length; i++) out = `IF(${scalePosition(scale, points[i]!)}>0,${pick(i)},${out})`;
  return out;
}

/** Tracker Latest: the value of the last point after the baseline that is on the scale, else blank. */
export function trackerLatest(scale: ScaleRanges | null, points: readonly string[]): string {
  return scale ? latestOf(scale, points, (i) => points[i]!, '""') : '""';
}

/** Tracker Latest point: the header label of that point, else blank. */
export function trackerLatestPoint(
  scale: ScaleRanges | null,
  points: readonly string[],
  headers: readonly string[],
): string {
  return scale ? latestOf(scale, points, (i) => headers[i]!, '""') : '""';
}

/** Index k (1..n-1) of the latest point on the scale, 0 when none. */
function latestIndex(scale: ScaleRanges, points: readonly string[]): string {
  return latestOf(scale, points, (i) => String(i), '0');
}

/** The expected position now: baseline + (target - baseline) * k / (n - 1). Needs n >= 2. */
function expectedPosition(
  scale: ScaleRanges,
  baseline: string,
  target: string,
  points: readonly string[],
): string {
  const b = scalePosition(scale, baseline);
  const t = scalePosition(scale, target);
  return `${b}+(${t}-${b})*${latestIndex(scale, points)}/${points.length - 1}`;
}

/**
 * Tracker Expected now: the grade at the rounded expected position, blank without baseline, target or data.
 * With fewer than two points there is no later point to expect anything at: blank, as in the evaluator.
 */
export function trackerExpectedNow(
  scale: ScaleRanges | null,
  baseline: string,
  target: string,
  points: readonly string[],
  latest: string,
): string {
  if (!scale || points.length < 2) return '""';
  const guard = `OR(${scalePosition(scale, baseline)}=0,${scalePosition(scale, target)}=0,${scalePosition(scale, latest)}=0)`;
  return `IF(${guard},"",INDEX(${scale.labels},ROUND(${expectedPosition(scale, baseline, target, points)},0)))`;
}

/**
 * Tracker Status by the rules, with the row's tolerance `t` as a number: diff = ROUND(latest - expected, 6);
 * ahead above t, on track from -t, slightly behind from -2t, else off track; no data without baseline,
 * target or a later grade. `latest` is the row's Latest cell, which holds the latest point's value. With
 * fewer than two points it is always no data (the evaluator's rule), so nothing divides by n - 1 = 0.
 */
export function trackerStatus(
  scale: ScaleRanges | null,
  baseline: string,
  target: string,
  points: readonly string[],
  latest: string,
  tolerance: number,
): string {
  if (!scale || points.length < 2) return text('no data');
  const l = scalePosition(scale, latest);
  const guard = `OR(${scalePosition(scale, baseline)}=0,${scalePosition(scale, target)}=0,${l}=0)`;
  const d = `ROUND(${l}-(${expectedPosition(scale, baseline, target, points)}),${DIFF_DECIMALS})`;
  return (
    `IF(${guard},"no data",IF(${d}>${num(tolerance)},"ahead",IF(${d}>=${num(-tolerance)},"on track",` +
    `IF(${d}>=${num(-2 * tolerance)},"slightly behind","off track"))))`
  );
}

/** A 0/1 mask from conditions such as `(A5:A9=B2)`, ready for SUMPRODUCT (booleans made numbers). */
function mask(conditions: readonly string[]): string {
  if (conditions.length === 0) throw new RangeError('A mask needs at least one condition.');
  return conditions.length === 1 ? `--${conditions[0]}` : conditions.join('*');
}

/** `(range=value)`: exact, case-insensitive equality, no wildcards. */
export function eq(range: string, value: string): string {
  return `(${range}=${value})`;
}

/** Rows where every condition holds. */
export function countWhere(conditions: readonly string[]): string {
  return `SUMPRODUCT(${mask(conditions)})`;
}

/** Rows where every condition holds and `values` holds a number. */
export function countNumbersWhere(conditions: readonly string[], values: string): string {
  return `SUMPRODUCT(${[...conditions, `ISNUMBER(${values})`].join('*')})`;
}

/** Sum of the numbers in `values` on rows where every condition holds (text counts as nothing). */
export function sumWhere(conditions: readonly string[], values: string): string {
  return `SUMPRODUCT(${mask(conditions)},${values})`;
}

/** A filter: rows where `range` equals any of `values` (formula literals or cell references). */
export interface Filter {
  range: string;
  values: readonly string[];
}

/** The condition of a filter: `(r=v)`, or `((r=v1)+(r=v2)>0)` for several values. */
export function filterCondition(f: Filter): string {
  if (f.values.length === 0) throw new RangeError('A filter needs at least one value.');
  return f.values.length === 1
    ? eq(f.range, f.values[0]!)
    : `(${f.values.map((v) => eq(f.range, v)).join('+')}>0)`;
}

/**
 * Distinct non-blank values of `keys` (taken together) on rows that pass every filter: each such row adds
 * 1 / (rows agreeing with it on the filter ranges and the keys). COUNTIFS criteria are literal, so text with
 * "*", "?", "<" or "=" counts correctly; every divisor is at least 1, so nothing divides by zero.
 */
export function distinctCount(filters: readonly Filter[], keys: readonly string[]): string {
  const first = keys[0];
  if (!first) throw new RangeError('distinctCount needs at least one key range.');
  // The keys come first: they tell most rows apart at once, so engines can skip the other criteria.
  const ranges = [...keys, ...filters.map((f) => f.range)];
  const counts = `COUNTIFS(${ranges.map((r) => `${r},${literalCriterion(r)}`).join(',')})`;
  const conditions = filters.map(filterCondition);
  const guards = [...conditions.map((c) => `(1-${c})`), `(${first}="")`];
  return `SUMPRODUCT(${[...conditions, `(${first}<>"")`].join('*')}/(${[counts, ...guards].join('+')}))`;
}

/** a / b when both are numbers and b > 0, else blank. */
export function ratio(a: string, b: string): string {
  return `IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),IF(${b}>0,${a}/${b},""),"")`;
}

/** The product of the cells when every one holds a number, else blank. */
export function productOf(cells: readonly string[], divisor = 1): string {
  const all = `AND(${cells.map((c) => `ISNUMBER(${c})`).join(',')})`;
  return `IF(${all},${cells.join('*')}${divisor === 1 ? '' : `/${num(divisor)}`},"")`;
}

/**
 * The value in `values` on the row where `keys` equals `key` exactly (the last such row), else blank.
 * `firstRow` is the 1-based sheet row where both ranges start.
 */
export function lookupExact(keys: string, values: string, key: string, firstRow: number): string {
  const idx = `SUMPRODUCT(MAX((${keys}=${key})*(ROW(${keys})-${firstRow - 1})))`;
  return `IF(${idx}=0,"",INDEX(${values},${idx}))`;
}
