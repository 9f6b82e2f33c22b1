// What every command shares: where text goes, output checks, and the report printed at the end.

import { mkdir } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import type { Report } from '../../core/report.js';
import type { ApplyResult } from '../../core/host.js';
import { writeRefusal } from '../io/file-system.js';
import { InputError } from '../xlsx/input-error.js';
import { NOT_COPIED } from './not-copied.js';

/** Where a command writes: stdout carries results only (one JSON report with --json); stderr the rest. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Options every writing command takes. */
export interface OutputOptions {
  output: string;
  json?: boolean;
}

/**
 * Refuses an output that is not .xlsx or that is one of the inputs (the teacher's file is never
 * overwritten), and makes the output's folder.
 */
export async function prepareOutput(output: string, inputs: readonly string[]): Promise<void> {
  if (extname(output).toLowerCase() !== '.xlsx')
    throw new InputError('BAD_OUTPUT', output, `${output} is not .xlsx`);
  const target = resolve(output);
  if (inputs.some((i) => resolve(i) === target))
    throw new InputError('SAME_INPUT_OUTPUT', output, `${output} is an input`);
  await mkdir(dirname(target), { recursive: true }).catch((e: unknown) => {
    throw writeRefusal(e, output) ?? e;
  });
}

function count<T extends string>(items: readonly { status: T }[]): string {
  const by = new Map<T, number>();
  for (const i of items) by.set(i.status, (by.get(i.status) ?? 0) + 1);
  return [...by].map(([status, n]) => `${n} ${status}`).join(', ');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A short human summary of a report and what was written. */
export function describeResult(
  report: Report,
  applied: ApplyResult,
  output: string,
  show: string | null,
): string[] {
  const lines = [`Wrote ${output}: ${applied.sheetsWritten.join(', ')}.`];
  if (report.interventions.length > 0 || report.enrolments.length > 0)
    lines.push(
      `  ${plural(report.interventions.length, 'intervention')}, ${plural(report.pupils.length, 'pupil')}, ${plural(report.enrolments.length, 'enrolment')}${report.enrolments.length ? `: ${count(report.enrolments)}` : ''}.`,
    );
  else if (report.tracking.length === 0 && report.pupils.length > 0)
    lines.push(`  ${plural(report.pupils.length, 'pupil')}.`);
  if (report.tracking.length > 0)
    lines.push(`  ${plural(report.tracking.length, 'tracked subject')}: ${count(report.tracking)}.`);
  // Content left out of the output is always listed in full: it cannot be fixed by editing a cell.
  for (const d of report.diagnostics.filter((d) => d.code === NOT_COPIED))
    lines.push(`  Warning: ${d.message} ${d.hint}`);
  const issues = report.diagnostics.filter((d) => d.code !== NOT_COPIED);
  if (issues.length > 0) {
    lines.push(`  ${plural(issues.length, 'thing', 'things')} to check:`);
    for (const d of issues.slice(0, 20))
      lines.push(`    ${d.sheet}!${d.cell} ${d.message}${d.hint ? ` (${d.hint})` : ''}`);
    if (issues.length > 20)
      lines.push(`    ... and ${issues.length - 20} more (use --json to see them all).`);
  }
  if (show) lines.push(`Open ${output} and go to the "${show}" sheet.`);
  return lines;
}

/** Prints the result: exactly one JSON report with --json, the human summary otherwise. */
export function printResult(
  io: CliIO,
  json: boolean | undefined,
  report: Report,
  lines: readonly string[],
): void {
  if (json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout(`${lines.join('\n')}\n`);
}
