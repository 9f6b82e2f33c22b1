// `provmap evaluate`, `add-point` and `review`: an action over a structured workbook, written to a new file.

import {
  addAssessmentPoint,
  calendarDate,
  reevaluate,
  reviewProgress,
  sheetsToRead,
} from '../../core/actions/index.js';
import type { ActionName, ActionResult } from '../../core/actions/index.js';
import type { Grid } from '../../core/grid.js';
import { SHEET } from '../../core/plan/sheet-names.js';
import type { Report } from '../../core/report.js';
import { InputError } from '../xlsx/input-error.js';
import { XlsxFileHost } from '../io/file-host.js';
import { describeResult, prepareOutput, printResult } from './cli-io.js';
import { withNotCopied } from './not-copied.js';
import { countText, fileSize, Progress, PROGRESS_FROM_BYTES, PROGRESS_FROM_ROWS } from './progress.js';
import type { CliIO, OutputOptions } from './cli-io.js';

export interface WorkbookActionOptions extends OutputOptions {
  label?: string;
}

type Runner = (workbook: Grid[], o: WorkbookActionOptions) => ActionResult;

/** The sheets provmap made that each command needs at least one of. */
const NEEDS: Record<'reevaluate' | 'add-point' | 'review', readonly string[]> = {
  reevaluate: [SHEET.provisionMap, SHEET.tracker, SHEET.schoolMap],
  'add-point': [SHEET.tracker],
  review: [SHEET.provisionMap, SHEET.tracker, SHEET.schoolMap],
};

/** The stage line of each action while it runs. */
const DOING: Record<'reevaluate' | 'add-point' | 'review', string> = {
  reevaluate: 'Evaluating',
  'add-point': 'Adding an assessment point',
  review: 'Building the review',
};

const RUNNERS: Record<'reevaluate' | 'add-point' | 'review', Runner> = {
  reevaluate: (workbook) => reevaluate({ workbook, today: calendarDate(new Date()) }),
  'add-point': (workbook, o) => addAssessmentPoint({ workbook, ...(o.label ? { label: o.label } : {}) }),
  review: (workbook) => reviewProgress({ workbook, today: calendarDate(new Date()) }),
};

/** Reads what the action needs from `input`, runs it and writes the result to the output file. */
export async function workbookActionCommand(
  action: Extract<ActionName, keyof typeof RUNNERS>,
  input: string,
  o: WorkbookActionOptions,
  io: CliIO,
): Promise<Report> {
  await prepareOutput(o.output, [input]);
  const progress = new Progress(io).whenLarge((await fileSize(input)) >= PROGRESS_FROM_BYTES);
  progress.stage(`Reading ${input}...`);
  const host = new XlsxFileHost({ input, output: o.output });
  const sheets = await host.listSheets();
  const needs = NEEDS[action];
  if (!sheets.some((s) => needs.includes(s.name))) {
    const names = needs.map((n) => `"${n}"`);
    const either = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0]!;
    throw new InputError('NOT_STRUCTURED', input, `${input} has no ${either} sheet made by provmap.`, either);
  }
  const workbook = await host.readGrids(sheetsToRead(action, sheets));
  const rows = workbook.reduce((n, g) => n + g.values.length, 0);
  progress.whenLarge(rows > PROGRESS_FROM_ROWS).stage(`${DOING[action]} (${countText(rows)} rows)...`);
  const { plan, report: done } = RUNNERS[action](workbook, o);
  progress.stage(`Writing ${o.output}...`);
  const applied = await host.applyPlan(plan);
  progress.done();
  const report = withNotCopied(done, host.notKept, { input, output: o.output });
  printResult(io, o.json, report, describeResult(report, applied, o.output, plan.activeSheet));
  return report;
}
