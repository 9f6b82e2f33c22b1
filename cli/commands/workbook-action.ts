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
  const host = new XlsxFileHost({ input, output: o.output });
  const sheets = await host.listSheets();
  const needs = NEEDS[action];
  if (!sheets.some((s) => needs.includes(s.name)))
    throw new InputError(
      'NOT_STRUCTURED',
      input,
      `${input} has no ${needs.map((n) => `"${n}"`).join(' or ')} sheet made by provmap.`,
    );
  const workbook = await host.readGrids(sheetsToRead(action, sheets));
  const { plan, report } = RUNNERS[action](workbook, o);
  const applied = await host.applyPlan(plan);
  printResult(io, o.json, report, describeResult(report, applied, o.output, plan.activeSheet));
  return report;
}
