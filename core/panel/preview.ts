// The set-up preview: what import finds on a sheet (kind, columns, scales) before anything is written.

import { NoTableFoundError } from '../errors.js';
import { cellText, columnLetters, type Grid } from '../grid.js';
import { detectSheetKind, importSheet, type ImportResult, type SheetKind } from '../import/index.js';
import { reportDiagnostics } from '../report.js';
import { ScaleRegistry } from '../scales/index.js';
import type { Settings } from '../settings.js';
import { FIELD_CHOICES, POINT_FIELD, headingFor } from './fields.js';
import type { FieldOption, PreviewColumn, ScaleUse, StructurePreview } from './types.js';

/** What previewStructure needs besides the grid. */
export interface PreviewOptions {
  settings: Settings;
  /** Read the sheet as this kind (null or omitted: detect). */
  kind?: SheetKind | null;
  scales?: ScaleRegistry;
}

/** Labels of the columns provmap computes, so a re-run on its own sheet shows them for what they are. */
const COMPUTED_LABELS: Record<string, string> = {
  progress: 'Progress (worked out)',
  status: 'Status (worked out)',
  costPerPupil: 'Cost per pupil (worked out)',
  provisionRecord: 'Provision record (worked out)',
  latest: 'Latest (worked out)',
  latestPoint: 'Latest point (worked out)',
  expectedNow: 'Expected now (worked out)',
  source: 'Source',
};

/** Import, or null when the sheet has no table of the kind asked for. */
function tryImport(
  grid: Grid,
  kind: SheetKind | null | undefined,
  scales: ScaleRegistry,
  settings: Settings,
) {
  try {
    return importSheet(grid, { ...(kind ? { kind } : {}), scales, settings });
  } catch (e) {
    if (e instanceof NoTableFoundError) return null;
    throw e;
  }
}

/** 0-based column -> field ('point' for a tracker's assessment points). */
export function fieldsByColumn(result: ImportResult): Map<number, string> {
  const out = new Map<number, string>();
  for (const [field, col] of Object.entries(result.columns.fields))
    out.set(col, field.startsWith('point:') ? POINT_FIELD : field);
  return out;
}

function scalesUsed(result: ImportResult, scales: ScaleRegistry): ScaleUse[] {
  const ids: (string | null)[] =
    result.kind === 'provision'
      ? result.map.enrolments.map((e) => e.scaleId)
      : result.kind === 'tracking'
        ? result.tracker.subjects.map((s) => s.scaleId)
        : [];
  const counts = new Map<string, number>();
  for (const id of ids) if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, name: scales.find(id)?.name ?? id, count }))
    .sort((a, b) => b.count - a.count);
}

function fieldOptions(): Record<SheetKind, FieldOption[]> {
  return {
    provision: FIELD_CHOICES.provision.map((f) => ({ ...f })),
    tracking: FIELD_CHOICES.tracking.map((f) => ({ ...f })),
    'class-list': FIELD_CHOICES['class-list'].map((f) => ({ ...f })),
  };
}

/** What import finds on the sheet, for the teacher to check and correct. Never writes, never throws for messy input. */
export function previewStructure(grid: Grid, options: PreviewOptions): StructurePreview {
  const { settings } = options;
  const scales = options.scales ?? new ScaleRegistry(settings.schoolScales);
  const scaleOptions = scales.all().map((s) => ({ id: s.id, name: s.name }));
  const result = tryImport(grid, options.kind, scales, settings);
  if (!result)
    return {
      sheet: grid.sheet,
      kind: 'none',
      confidence: 0,
      headerRow: null,
      columns: [],
      fieldOptions: fieldOptions(),
      scalesUsed: [],
      scaleOptions,
      counts: { pupils: 0, interventions: 0, enrolments: 0, subjects: 0 },
      diagnostics: [
        {
          sheet: grid.sheet,
          cell: 'A1',
          code: 'NO_HEADER',
          severity: 'error',
          message: options.kind
            ? 'No header row for this kind of table was found.'
            : 'No provision map, tracker or class list was found on this sheet.',
          hint: 'Check the header row names columns such as Pupil, Intervention, Entry data or Baseline.',
        },
      ],
    };
  const detection = detectSheetKind(grid);
  const byCol = fieldsByColumn(result);
  const header = grid.values[result.headerRow] ?? [];
  const width = Math.max(header.length, ...[...byCol.keys()].map((c) => c + 1));
  const columns: PreviewColumn[] = [];
  for (let col = 0; col < width; col++) {
    const text = cellText(header[col] ?? null).replace(/\s+/g, ' ');
    const field = byCol.get(col) ?? null;
    if (text === '' && field === null) continue;
    const label = field === null ? null : (headingFor(result.kind, field) ?? COMPUTED_LABELS[field] ?? field);
    columns.push({ index: col, letter: columnLetters(col), header: text, field, fieldLabel: label });
  }
  const counts =
    result.kind === 'provision'
      ? {
          pupils: result.map.pupils.length,
          interventions: result.map.interventions.length,
          enrolments: result.map.enrolments.length,
          subjects: 0,
        }
      : result.kind === 'tracking'
        ? {
            pupils: result.tracker.pupils.length,
            interventions: 0,
            enrolments: 0,
            subjects: new Set(result.tracker.subjects.map((s) => s.subject)).size,
          }
        : { pupils: result.classList.pupils.length, interventions: 0, enrolments: 0, subjects: 0 };
  return {
    sheet: grid.sheet,
    kind: result.kind,
    confidence: detection && detection.kind === result.kind ? detection.confidence : 0,
    headerRow: result.headerRow,
    columns,
    fieldOptions: fieldOptions(),
    scalesUsed: scalesUsed(result, scales),
    scaleOptions,
    counts,
    diagnostics: reportDiagnostics(result.diagnostics),
  };
}
