// The school's collated provision: the School Map rebuilt from what it holds plus the class maps collated
// now (their rows replaced), summarised for leaders.

import { collate, type ClassMapInput, type SchoolMap } from '../collate/index.js';
import { importSheet } from '../import/index.js';
import { cellText, type Grid } from '../grid.js';
import { ENROLMENT_COL, scaleIdsOf } from '../plan/enrolment-columns.js';
import { flagCell, yearCell } from '../plan/pupil-values.js';
import {
  readSchoolMap,
  SCHOOL_COL,
  SCHOOL_OFFSET,
  schoolMapColumns,
  schoolMapIdentity,
  schoolMapKey,
  schoolMapRows,
  schoolMapSheet,
} from '../plan/school-map-sheet.js';
import { matchRows } from '../plan/row-identity.js';
import { geometry } from '../plan/sheet-builder.js';
import { SHEET } from '../plan/sheet-names.js';
import { summarySheet, type GroupFilter, type SummarySource } from '../plan/summary-sheet.js';
import {
  cellUnder,
  mergeRows,
  toPlanValue,
  type ExistingTable,
  type GeneratedRow,
  type TableRow,
} from '../plan/table.js';
import type { PlanValue, SheetPlan } from '../plan/types.js';
import { GROUP_DIMENSIONS, summarise, type Summary } from '../summary/index.js';
import type { Pupil } from '../model/types.js';
import type { ActionContext } from './context.js';
import { withDetails } from './pupils-book.js';
import type { PlanParts } from './plan-assembly.js';

/** A class map to collate: its tab (or file) name and its grid. */
export interface MapSource {
  source: string;
  grid: Grid;
  /**
   * The class's Pupils sheet (or any class list) from the same file, for what a provision map does not
   * hold: SEN status, pupil premium, EAL, year. Leaders' figures by group come from these. Without it, the
   * Pupils sheet of the workbook being collated into is used, when there is one.
   */
  pupils?: Grid;
}

/** The pupils a class list gives, with the problems in it reported; none when it is not a class list. */
function pupilDetails(ctx: ActionContext, grid: Grid): Pupil[] {
  const read = importSheet(grid, { kind: 'class-list', scales: ctx.scales, settings: ctx.settings });
  if (read.kind !== 'class-list') return [];
  ctx.diagnostics.push(...read.diagnostics);
  return read.classList.pupils;
}

export interface SchoolBook {
  rows: TableRow[];
  extraHeaders: string[];
  school: SchoolMap;
  summary: Summary;
}

/** The existing School Map's rows as class map inputs, one per source, in the order the sheet has them. */
function existingInputs(
  ctx: ActionContext,
  table: ExistingTable,
  grid: Grid,
): { inputs: ClassMapInput[]; bySource: Map<string, ExistingTable> } {
  const bySource = new Map<string, ExistingTable>();
  for (const raw of table.rows) {
    const source = cellText(cellUnder(table, raw, 'Source'));
    const sub = bySource.get(source) ?? { ...table, rows: [] };
    sub.rows.push(raw);
    bySource.set(source, sub);
  }
  const header = grid.values[table.headerRow] ?? [];
  const inputs: ClassMapInput[] = [];
  for (const [source, sub] of bySource) {
    // Rows of one source, read as that class's map; problems in them were reported when it was collated.
    const read = importSheet(
      { sheet: SHEET.schoolMap, values: [header, ...sub.rows], merges: [] },
      {
        kind: 'provision',
        scales: ctx.scales,
        settings: ctx.settings,
      },
    );
    if (read.kind === 'provision') inputs.push({ source, map: read.map });
  }
  return { inputs, bySource };
}

/** Builds the school book from the School Map that exists and the maps to collate now; null when neither. */
export function buildSchoolBook(ctx: ActionContext, maps: readonly MapSource[]): SchoolBook | null {
  const grid = ctx.grid(SHEET.schoolMap);
  const existing = readSchoolMap(grid);
  if (!existing && maps.length === 0) return null;
  const before =
    existing && grid
      ? existingInputs(ctx, existing, grid)
      : { inputs: [], bySource: new Map<string, ExistingTable>() };
  const start = collate(before.inputs).school;
  // A map from another file brings that file's Pupils sheet; tabs of this workbook share its own. Each
  // Pupils sheet is read (and its problems reported) once, however many maps share it.
  const ownPupils = ctx.grid(SHEET.pupils);
  const detailsByGrid = new Map<Grid, Pupil[]>();
  const detailsFor = (m: MapSource): Pupil[] => {
    const grid = m.pupils ?? ownPupils;
    if (!grid) return [];
    let details = detailsByGrid.get(grid);
    if (!details) detailsByGrid.set(grid, (details = pupilDetails(ctx, grid)));
    return details;
  };
  const fresh: ClassMapInput[] = maps.map((m) => {
    const read = importSheet(m.grid, { kind: 'provision', scales: ctx.scales, settings: ctx.settings });
    ctx.diagnostics.push(...read.diagnostics);
    if (read.kind !== 'provision') throw new Error('unreachable: forced provision import');
    const details = detailsFor(m);
    const map =
      details.length > 0 ? { ...read.map, pupils: withDetails(read.map.pupils, details) } : read.map;
    return { source: m.source, map };
  });
  const collated = collate(fresh, { existing: start });
  ctx.diagnostics.push(...collated.diagnostics);
  const school = collated.school;
  const summary = summarise(school, ctx.scales, ctx.settings, { today: ctx.today });

  const costs = new Map(summary.byIntervention.map((i) => [i.interventionId, i.costPerPupil]));
  const generated = new Map<string, GeneratedRow[]>();
  for (const row of schoolMapRows(school, ctx.scales, costs)) {
    const source = cellText(row.values[SCHOOL_COL.source] as string);
    generated.set(source, [...(generated.get(source) ?? []), row]);
  }
  const columns = schoolMapColumns(ctx.settings.currency);
  const replaced = new Set(fresh.map((f) => f.source));
  const rows: TableRow[] = [];
  for (const source of school.sources) {
    const own = generated.get(source) ?? [];
    const sub = before.bySource.get(source) ?? null;
    if (replaced.has(source)) rows.push(...replacedRows(own, sub));
    else
      rows.push(
        ...mergeRows(columns, own, sub, {
          keyOf: schoolMapKey,
          identify: schoolMapIdentity,
          appendNew: false,
        }).rows,
      );
  }
  return { rows, extraHeaders: (existing?.extras ?? []).map((x) => x.header), school, summary };
}

/**
 * A re-collated source's rows, as generated, each carrying the extra cells of the old row that is the same
 * enrolment of the same child (matched as any owned row is, so two children with one name keep their own).
 */
function replacedRows(own: readonly GeneratedRow[], old: ExistingTable | null): TableRow[] {
  const width = old?.extras.length ?? 0;
  const extras: PlanValue[][] = own.map(() => Array.from({ length: width }, () => null));
  if (old) {
    const columns = schoolMapColumns('');
    const before = old.rows.map((raw) => columns.map((c) => toPlanValue(cellUnder(old, raw, c.header))));
    const match = matchRows(
      before.map(schoolMapIdentity),
      own.map((g) => schoolMapIdentity(g.values)),
    );
    match.forEach((g, i) => {
      if (g >= 0) extras[g] = old.extras.map((x) => toPlanValue(old.rows[i]![x.col] ?? null));
    });
  }
  return own.map((g, i) => ({ key: g.key, values: [...g.values], extras: extras[i]!, existing: false }));
}

/** Where each summary group's pupils are on the School Map: the cell values their column holds. */
function groupFilters(school: SchoolMap, summary: Summary): (GroupFilter | null)[] {
  const cellOf: Record<string, [number, (p: SchoolMap['pupils'][number]) => PlanValue]> = {
    sen: [SCHOOL_COL.sen, (p) => p.sen],
    pp: [SCHOOL_COL.pp, (p) => flagCell(p.pp)],
    eal: [SCHOOL_COL.eal, (p) => flagCell(p.eal)],
    year: [SCHOOL_COL.year, (p) => yearCell(p.year)],
    class: [SCHOOL_COL.group, (p) => p.group],
  };
  return summary.byGroup.map((g) => {
    const dim = GROUP_DIMENSIONS.find((d) => d.dimension === g.dimension);
    const how = cellOf[g.dimension];
    if (!dim || !how) return null;
    const values = new Set<string | number>();
    for (const p of school.pupils) {
      const v = how[1](p);
      if (dim.groupOf(p)?.label === g.group && (typeof v === 'string' || typeof v === 'number'))
        values.add(v);
    }
    return { column: how[0], values: [...values] };
  });
}

/** The School Map and Summary sheets of a book, and the scales the School Map uses. */
export function schoolParts(ctx: ActionContext, book: SchoolBook): PlanParts {
  return {
    sheets: schoolSheets(ctx, book),
    namedRanges: [],
    scaleIds: scaleIdsOf(book.rows, SCHOOL_OFFSET + ENROLMENT_COL.scale, ctx.scales),
  };
}

/** The School Map and Summary sheet plans of a book. */
export function schoolSheets(ctx: ActionContext, book: SchoolBook): SheetPlan[] {
  const currency = ctx.settings.currency;
  const at = (c: number): number => SCHOOL_OFFSET + c;
  const source: SummarySource = {
    sheet: SHEET.schoolMap,
    geometry: geometry(0, book.rows.length),
    intervention: at(ENROLMENT_COL.intervention),
    area: at(ENROLMENT_COL.area),
    pupil: at(ENROLMENT_COL.pupil),
    progress: at(ENROLMENT_COL.progress),
    status: at(ENROLMENT_COL.status),
    identity: [SCHOOL_COL.group, SCHOOL_COL.upn],
  };
  return [
    schoolMapSheet(book.rows, book.extraHeaders, ctx.scales, currency),
    summarySheet({
      summary: book.summary,
      interventions: book.school.interventions,
      groupFilters: groupFilters(book.school, book.summary),
      source,
      currency,
    }),
  ];
}
