// `provmap collate`: many class maps -> one school map and the leaders' summary sheets.

import { basename } from 'node:path';
import {
  calendarDate,
  collateMaps,
  collationCandidates,
  sheetsToRead,
  type MapSource,
} from '../../core/actions/index.js';
import { NoTableFoundError } from '../../core/errors.js';
import type { SheetInfo } from '../../core/host.js';
import { detectSheetKind } from '../../core/import/index.js';
import { SHEET, isOwnedSheet } from '../../core/plan/sheet-names.js';
import type { Report } from '../../core/report.js';
import { XlsxFileHost } from '../io/file-host.js';
import { describeResult, prepareOutput, printResult } from './cli-io.js';
import { withNotCopied } from './not-copied.js';
import { countText, Progress, PROGRESS_FROM_ROWS } from './progress.js';
import type { CliIO, OutputOptions } from './cli-io.js';

/** Progress goes to stderr from this many files on. */
const PROGRESS_FROM = 4;

/** How a map is named in the school map: "class-3.xlsx › Provision Map". */
export function sourceName(file: string, sheet: string): string {
  return `${basename(file)} › ${sheet}`;
}

/**
 * The maps one class file contributes: its structured Provision Map sheet when it has one (the teacher's
 * original beside it is not counted twice), otherwise the first sheet recognised as a provision map. Each
 * brings the file's Pupils sheet when there is one, for SEN, pupil premium, EAL and year.
 */
export async function mapsOf(file: string): Promise<MapSource[]> {
  const host = new XlsxFileHost({ input: file });
  const sheets: SheetInfo[] = await host.listSheets();
  const has = (name: string): boolean => sheets.some((s) => s.name === name);
  const structured = has(SHEET.provisionMap);
  const candidates = structured ? [SHEET.provisionMap] : collationCandidates(sheets);
  // One read for the maps and the Pupils sheet.
  const grids = await host.readGrids(has(SHEET.pupils) ? [...candidates, SHEET.pupils] : candidates);
  const pupils = grids.find((g) => g.sheet === SHEET.pupils);
  const map = structured
    ? grids.find((g) => g.sheet === SHEET.provisionMap)
    : grids.find((g) => g.sheet !== SHEET.pupils && detectSheetKind(g)?.kind === 'provision');
  if (!map) throw new NoTableFoundError(`any sheet of ${basename(file)}`);
  return [{ source: sourceName(file, map.sheet), grid: map, ...(pupils ? { pupils } : {}) }];
}

/** Runs the command; returns the report it printed. */
export async function collateCommand(files: readonly string[], o: OutputOptions, io: CliIO): Promise<Report> {
  await prepareOutput(o.output, files);
  const progress = new Progress(io).whenLarge(files.length >= PROGRESS_FROM);
  const maps: MapSource[] = [];
  for (const [i, file] of files.entries()) {
    progress.stage(`Reading ${i + 1} of ${files.length}: ${file}`);
    maps.push(...(await mapsOf(file)));
  }
  const host = new XlsxFileHost({ input: o.output, output: o.output, createIfMissing: true });
  // Only provmap's own sheets of the school file: the class maps come from the files named.
  const workbook = await host.readGrids(
    sheetsToRead('collate', await host.listSheets()).filter(isOwnedSheet),
  );
  const rows = maps.reduce((n, m) => n + m.grid.values.length, 0);
  progress
    .whenLarge(rows > PROGRESS_FROM_ROWS)
    .stage(`Collating ${maps.length} ${maps.length === 1 ? 'map' : 'maps'} (${countText(rows)} rows)...`);
  const { plan, report: collated } = collateMaps({ workbook, maps, today: calendarDate(new Date()) });
  progress.stage(`Writing ${o.output}...`);
  const applied = await host.applyPlan(plan);
  progress.done();
  // The school file is updated in place: what it held that cannot be copied is gone from it now.
  const report = withNotCopied(collated, host.notKept, { input: o.output, output: o.output });
  const lines = [
    `Collated ${maps.length} ${maps.length === 1 ? 'map' : 'maps'} from ${files.length} ${files.length === 1 ? 'file' : 'files'}.`,
  ];
  printResult(io, o.json, report, [...lines, ...describeResult(report, applied, o.output, plan.activeSheet)]);
  return report;
}
