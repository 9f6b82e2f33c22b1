// The enrolment columns shared by the Provision Map and the School Map: one row per pupil per intervention
// per scale, with live Progress and Status, scale dropdowns and status colours.

import { resolveTarget } from '../evaluate/index.js';
import { a1 } from '../grid.js';
import type { AreaOfNeed, ProvisionMap } from '../model/types.js';
import { ENROLMENT_STATUSES } from '../evaluate/rules.js';
import { enrolmentProgress, enrolmentStatus } from './formulas.js';
import { statusStyle, WEAK_PROGRESS_STYLE } from './palette.js';
import {
  AREAS_RANGE,
  INTERVENTION_NAMES_RANGE,
  PUPIL_NAMES_RANGE,
  SCALE_NAMES_RANGE,
  scaleFinder,
  scaleRanges,
  type ScaleCatalog,
} from './scale-ranges.js';
import { identityKey, rowIdentity, type RowIdentity } from './row-identity.js';
import { columnRange, rowGroups, type TableGeometry } from './sheet-builder.js';
import type { ColumnSpec, TableRow } from './table.js';
import type { ConditionalFormatPlan, PlanValue, ValidationPlan } from './types.js';

/** The four Code of Practice areas as a sheet shows them. */
export const AREA_LABELS: Readonly<Record<AreaOfNeed, string>> = {
  'communication and interaction': 'Communication and interaction',
  'cognition and learning': 'Cognition and learning',
  'social, emotional and mental health': 'Social, emotional and mental health',
  'sensory and/or physical': 'Sensory and/or physical',
};

/** Rows above the Provision Map's header: title, wave 1 strategies, a blank row. */
export const PROVISION_MAP_PREAMBLE_ROWS = 3;

/**
 * The Provision Map's columns after its enrolment block: the pupil's UPN and class, which tell apart two
 * children with one name (the School Map has its own, before its block).
 */
export const PROVISION_MAP_COL = { upn: 15, group: 16 } as const;

/** Offsets of the enrolment columns within their block. */
export const ENROLMENT_COL = {
  intervention: 0,
  area: 1,
  groupSize: 2,
  schedule: 3,
  staff: 4,
  pupil: 5,
  scale: 6,
  entry: 7,
  target: 8,
  exit: 9,
  progress: 10,
  status: 11,
  targetNotes: 12,
  outcomeNotes: 13,
  costPerPupil: 14,
} as const;

/**
 * The enrolment columns, exactly as the import reads them. Cost per pupil differs by sheet. Grades are
 * centred, so a grade such as "2c" and a Leuven score such as 3 sit alike under their header.
 */
export function enrolmentColumns(costPerPupil: ColumnSpec): ColumnSpec[] {
  return [
    { header: 'Intervention', kind: 'input', width: 200, format: '@', wrap: true },
    { header: 'Area of need', kind: 'input', width: 170, wrap: true },
    { header: 'Group size', kind: 'input', width: 70, format: '@' },
    { header: 'Frequency/duration', kind: 'input', width: 150, format: '@', wrap: true },
    { header: 'Staff', kind: 'input', width: 90, format: '@' },
    { header: 'Pupil', kind: 'input', width: 150, format: '@' },
    { header: 'Scale', kind: 'input', width: 130 },
    { header: 'Entry', kind: 'input', width: 65, align: 'center' },
    {
      header: 'Target',
      kind: 'input',
      width: 65,
      align: 'center',
      note: 'The target grade. A target such as "plus one sub-level" is written as the entry grade plus one step; the words stay in Target notes.',
    },
    { header: 'Exit', kind: 'input', width: 65, align: 'center' },
    {
      header: 'Progress',
      kind: 'formula',
      width: 75,
      format: '0',
      align: 'center',
      note: "Exit minus entry, in steps of the row's scale. Blank until both are grades on that scale. Worked out by a formula.",
    },
    {
      header: 'Status',
      kind: 'formula',
      width: 95,
      note: 'met: exit reached the target. partly met: exit above entry but below the target. not met: no gain. pending: no exit grade yet. no target: no target grade on the scale. Worked out by a formula.',
    },
    { header: 'Target notes', kind: 'input', width: 240, format: '@', wrap: true },
    { header: 'Outcome notes', kind: 'input', width: 240, format: '@', wrap: true },
    costPerPupil,
  ];
}

/** Where a sheet keeps the pupil's UPN and class beside an enrolment block (absolute column indexes). */
export interface PupilColumns {
  upn: number;
  group: number;
}

/**
 * Who an enrolment row is about: its intervention and scale, and the pupil told apart by UPN and class.
 * `offset` is where the block starts; `pupil` says where the row's UPN and class are.
 */
export function enrolmentIdentity(
  values: readonly PlanValue[],
  offset: number,
  pupil: PupilColumns,
): RowIdentity {
  const at = (i: number): string | number | boolean | null => cellOf(values[i]);
  return rowIdentity(
    [at(offset + ENROLMENT_COL.intervention), at(offset + ENROLMENT_COL.scale)],
    at(offset + ENROLMENT_COL.pupil),
    at(pupil.upn),
    at(pupil.group),
  );
}

/** The key of an enrolment row: intervention, scale, pupil, UPN and class, compared loosely. */
export function enrolmentKey(values: readonly PlanValue[], offset: number, pupil: PupilColumns): string {
  return identityKey(enrolmentIdentity(values, offset, pupil));
}

/** What the enrolment rows are made from: a class map or a school map. */
export type MapRows = Pick<ProvisionMap, 'pupils' | 'interventions' | 'enrolments'>;

/** "1:6" for a group of six, as provision maps write it. */
export function groupSizeText(size: number | null): string | null {
  return size === null ? null : `1:${size}`;
}

/** The enrolment cells of every row of a map (Cost per pupil left blank), in the map's order. */
export function enrolmentValues(map: MapRows, catalog: ScaleCatalog): PlanValue[][] {
  const pupils = new Map(map.pupils.map((p) => [p.id, p]));
  const interventions = new Map(map.interventions.map((i) => [i.id, i]));
  return map.enrolments.map((e) => {
    const i = interventions.get(e.interventionId);
    const scale = e.scaleId ? (catalog.find(e.scaleId) ?? null) : null;
    const target = resolveTarget(e, scale);
    const words = e.target.text.trim();
    const notes = [words !== '' && words !== String(target?.label ?? '') ? words : null, e.notes]
      .filter((t): t is string => !!t && t.trim() !== '')
      .filter((t, index, all) => all.indexOf(t) === index);
    return [
      i?.name ?? e.interventionId,
      i?.area ? AREA_LABELS[i.area] : null,
      groupSizeText(i?.groupSize ?? null),
      i?.schedule.text || null,
      i?.staff ?? null,
      pupils.get(e.pupilId)?.name ?? e.pupilId,
      scale?.name ?? null,
      e.entry?.label ?? null,
      target?.label ?? null,
      e.exit?.label ?? null,
      null,
      null,
      notes.length > 0 ? notes.join(' ') : null,
      e.outcome,
      null,
    ];
  });
}

/** Writes the live Progress and Status formulas into each row (block starting at column `offset`). */
export function fillEnrolmentFormulas(
  rows: readonly TableRow[],
  g: TableGeometry,
  offset: number,
  catalog: ScaleCatalog,
): void {
  const named = scaleFinder(catalog);
  rows.forEach((row, i) => {
    const r = g.firstRow + i;
    const scale = named(cellOf(row.values[offset + ENROLMENT_COL.scale]));
    const ranges = scale ? scaleRanges(scale) : null;
    const at = (col: number): string => a1(r, offset + col);
    row.values[offset + ENROLMENT_COL.progress] = {
      formula: enrolmentProgress(ranges, at(ENROLMENT_COL.entry), at(ENROLMENT_COL.exit)),
    };
    row.values[offset + ENROLMENT_COL.status] = {
      formula: enrolmentStatus(
        ranges,
        at(ENROLMENT_COL.entry),
        at(ENROLMENT_COL.target),
        at(ENROLMENT_COL.exit),
      ),
    };
  });
}

/** The scale ids rows name (for the Scales sheet). */
export function scaleIdsOf(rows: readonly TableRow[], col: number, catalog: ScaleCatalog): string[] {
  const named = scaleFinder(catalog);
  return rows.map((r) => named(cellOf(r.values[col]))?.id).filter((id): id is string => !!id);
}

/** Validation and conditional formats of an enrolment block. */
export function enrolmentRules(
  rows: readonly TableRow[],
  g: TableGeometry,
  offset: number,
  catalog: ScaleCatalog,
  o: { pupilDropdown: boolean; interventionDropdown: boolean },
): { validations: ValidationPlan[]; conditionalFormats: ConditionalFormatPlan[] } {
  const validations: ValidationPlan[] = [];
  const conditionalFormats: ConditionalFormatPlan[] = [];
  const col = (c: number): string | null => columnRange(g, offset + c);
  const intervention = col(ENROLMENT_COL.intervention);
  if (!intervention) return { validations, conditionalFormats };
  if (o.interventionDropdown)
    validations.push({
      range: intervention,
      rule: { kind: 'list-from-range', source: INTERVENTION_NAMES_RANGE, strict: false },
      help: 'Pick an intervention from the Interventions sheet, or type a new one and run provmap again.',
    });
  validations.push({
    range: col(ENROLMENT_COL.area)!,
    rule: { kind: 'list-from-range', source: AREAS_RANGE, strict: true },
    help: 'One of the four areas of need of the SEND Code of Practice.',
  });
  if (o.pupilDropdown)
    validations.push({
      range: col(ENROLMENT_COL.pupil)!,
      rule: { kind: 'list-from-range', source: PUPIL_NAMES_RANGE, strict: false },
      help: 'Pick a pupil from the Pupils sheet, or type a new name and run provmap again.',
    });
  validations.push({
    range: col(ENROLMENT_COL.scale)!,
    rule: { kind: 'list-from-range', source: SCALE_NAMES_RANGE, strict: true },
    help: 'The scale the entry, target and exit grades are on. Run provmap again after changing it.',
  });
  const named = scaleFinder(catalog);
  const scales = rows.map((r) => named(cellOf(r.values[offset + ENROLMENT_COL.scale])));
  for (const [scale, first, last] of rowGroups(scales.map((s) => s?.id ?? null))) {
    const s = catalog.find(scale)!;
    validations.push({
      range: `${a1(g.firstRow + first, offset + ENROLMENT_COL.entry)}:${a1(g.firstRow + last, offset + ENROLMENT_COL.exit)}`,
      rule: { kind: 'list-from-range', source: scaleRanges(s).labels, strict: true },
      help: `A grade on the ${s.name} scale. Leave it blank until the pupil is assessed.`,
    });
  }
  const status = col(ENROLMENT_COL.status)!;
  for (const word of ENROLMENT_STATUSES)
    conditionalFormats.push({
      range: status,
      rule: { kind: 'text-equals', text: word },
      style: statusStyle(word),
    });
  const progress = col(ENROLMENT_COL.progress)!;
  const first = a1(g.firstRow, offset + ENROLMENT_COL.progress);
  conditionalFormats.push({
    range: progress,
    rule: { kind: 'formula', formula: `AND(ISNUMBER(${first}),${first}<=0)` },
    style: WEAK_PROGRESS_STYLE,
  });
  return { validations, conditionalFormats };
}

/** A plan value as a plain cell value (formulas and dates as null). */
export function cellOf(v: PlanValue | undefined): string | number | boolean | null {
  return v === undefined || (typeof v === 'object' && v !== null) ? null : v;
}
