// `provmap structure`: one teacher sheet -> a structured provision map, tracker or pupil list.

import { sheetsToRead, structureSheet } from '../../core/actions/index.js';
import { NoTableFoundError, ProvmapError } from '../../core/errors.js';
import type { Grid } from '../../core/grid.js';
import type { SheetInfo } from '../../core/host.js';
import { detectSheetKind } from '../../core/import/index.js';
import { isOwnedSheet } from '../../core/plan/sheet-names.js';
import type { Report } from '../../core/report.js';
import { XlsxFileHost } from '../io/file-host.js';
import { describeResult, prepareOutput, printResult } from './cli-io.js';
import { withNotCopied } from './not-copied.js';
import { countText, fileSize, Progress, PROGRESS_FROM_BYTES, PROGRESS_FROM_ROWS } from './progress.js';
import type { CliIO, OutputOptions } from './cli-io.js';

export type SheetKindOption = 'provision' | 'tracking' | 'class-list';

export interface StructureOptions extends OutputOptions {
  sheet?: string;
  kind?: SheetKindOption;
}

function findSheet(sheets: readonly SheetInfo[], name: string, file: string): SheetInfo {
  const found =
    sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!found)
    throw new ProvmapError(
      'SHEET_NOT_FOUND',
      `There is no sheet called "${name}" in ${file}. Its sheets are: ${sheets.map((s) => `"${s.name}"`).join(', ')}.`,
    );
  return found;
}

/** The teacher sheet to structure: the named one, else the first a table is recognised on. */
export async function pickSource(
  host: XlsxFileHost,
  file: string,
  o: { sheet?: string; kind?: SheetKindOption },
): Promise<Grid> {
  const sheets = await host.listSheets();
  if (o.sheet !== undefined) {
    const [grid] = await host.readGrids([findSheet(sheets, o.sheet, file).name]);
    return grid!;
  }
  const candidates = sheets.filter((s) => !s.hidden && !isOwnedSheet(s.name) && s.rows > 0);
  const grids = await host.readGrids(candidates.map((s) => s.name));
  const detected = grids
    .map((g) => ({ grid: g, kind: detectSheetKind(g)?.kind ?? null }))
    .filter((d) => d.kind !== null);
  const pick = detected.find((d) => o.kind === undefined || d.kind === o.kind) ?? detected[0];
  if (!pick)
    throw new NoTableFoundError(candidates.length === 1 ? candidates[0]!.name : `any sheet of ${file}`);
  return pick.grid;
}

/** Runs the command; returns the report it printed. */
export async function structureCommand(input: string, o: StructureOptions, io: CliIO): Promise<Report> {
  await prepareOutput(o.output, [input]);
  const progress = new Progress(io).whenLarge((await fileSize(input)) >= PROGRESS_FROM_BYTES);
  progress.stage(`Reading ${input}...`);
  const host = new XlsxFileHost({ input, output: o.output });
  const source = await pickSource(host, input, o);
  const sheets = await host.listSheets();
  const workbook = await host.readGrids(sheetsToRead('structure', sheets, { source: source.sheet }));
  const rows = source.values.length;
  progress
    .whenLarge(rows > PROGRESS_FROM_ROWS)
    .stage(`Structuring ${countText(rows)} rows of "${source.sheet}"...`);
  const { plan, report: structured } = structureSheet({
    workbook,
    source,
    ...(o.kind ? { kind: o.kind } : {}),
  });
  progress.stage(`Writing ${o.output}...`);
  const applied = await host.applyPlan(plan);
  progress.done();
  const report = withNotCopied(structured, host.notKept, { input, output: o.output });
  const lines = [
    `Read "${source.sheet}" from ${input}.`,
    ...describeResult(report, applied, o.output, plan.activeSheet),
  ];
  printResult(io, o.json, report, lines);
  return report;
}
