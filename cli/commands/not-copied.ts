// What the input file holds that the output cannot carry (charts, pivot tables, macros...), as warnings in
// the report and in the summary, so that nothing is lost silently.

import { basename, resolve } from 'node:path';
import type { DiagnosticReport, Report } from '../../core/report.js';
import { NOT_KEPT_NOUNS } from '../xlsx/package/not-kept.js';
import type { NotKept } from '../xlsx/package/not-kept.js';

/** The diagnostic code of content not copied into the output. */
export const NOT_COPIED = 'NOT_COPIED';

/** Where the content came from and where the output went (the same file when a command updates it). */
export interface CopyPaths {
  input: string;
  output: string;
}

function subject(item: NotKept, input: string): string {
  const [one, many] = NOT_KEPT_NOUNS[item.kind];
  if (item.kind === 'chart sheet' || item.kind === 'sheet') return `The ${one} "${item.sheet ?? ''}"`;
  if (item.sheet === null) return `The ${item.count === 1 ? one : many} in ${basename(input)}`;
  if (item.count === 1) return `The ${one} on sheet "${item.sheet}"${item.cell ? ` at ${item.cell}` : ''}`;
  return `${item.count} ${many} on sheet "${item.sheet}"${item.cell ? ` (the first at ${item.cell})` : ''}`;
}

/** One warning per kind of content and sheet. */
export function notCopiedDiagnostics(items: readonly NotKept[], paths: CopyPaths): DiagnosticReport[] {
  const inPlace = resolve(paths.input) === resolve(paths.output);
  return items.map((item) => {
    const many = NOT_KEPT_NOUNS[item.kind][1];
    const several = item.count > 1 || item.kind === 'macros';
    const it = several ? 'them' : 'it';
    const what = subject(item, paths.input);
    const message = inPlace
      ? `${what} could not be kept: ${paths.output} was written again without ${it}.`
      : `${what} ${several ? 'are' : 'is'} not copied into ${paths.output}.`;
    const hint = inPlace
      ? `provmap cannot copy ${many}. Keep ${many} in a separate workbook that refers to this one.`
      : `provmap cannot copy ${many}. Your own file ${paths.input} is unchanged and still has ${it}.`;
    return {
      sheet: item.sheet ?? '',
      cell: item.cell ?? '',
      code: NOT_COPIED,
      severity: 'warning',
      message,
      hint,
    };
  });
}

/** The report with the not-copied warnings first. */
export function withNotCopied(report: Report, items: readonly NotKept[], paths: CopyPaths): Report {
  if (items.length === 0) return report;
  return { ...report, diagnostics: [...notCopiedDiagnostics(items, paths), ...report.diagnostics] };
}
