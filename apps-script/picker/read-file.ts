// Reads a picked spreadsheet with the Sheets advanced service (drive.file is enough for picked files):
// one call for its sheet list and merges, one batchGet for the values of every visible sheet.

import { ProvmapError } from '../../core/errors.js';
import { quoteSheet, type CellValue, type Grid } from '../../core/grid.js';
import type { ExternalWorkbook } from '../../ui/server/index.js';

const FIELDS = 'properties(title),sheets(properties(title,hidden),merges)';

function cellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

/** Reads every visible sheet of a file the user picked. Throws ProvmapError when it cannot be opened. */
export function readPickedFile(
  sheets: GoogleAppsScript.Sheets,
  id: string,
  fallbackName: string,
): ExternalWorkbook {
  let meta: GoogleAppsScript.Sheets.Schema.Spreadsheet;
  try {
    meta = sheets.Spreadsheets!.get(id, { fields: FIELDS });
  } catch (e) {
    throw new ProvmapError(
      'SHEET_NOT_FOUND',
      `provmap cannot open "${fallbackName}". Choose it again with "Choose files", or check that it is still shared with you. (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  const visible = (meta.sheets ?? []).filter((s) => !s.properties?.hidden && s.properties?.title);
  if (visible.length === 0) return { name: meta.properties?.title ?? fallbackName, grids: [] };
  // Dates come as the file's own text ("02/09/2024"); serial numbers would be indistinguishable from numbers.
  const response = sheets.Spreadsheets!.Values!.batchGet(id, {
    ranges: visible.map((s) => quoteSheet(s.properties!.title!)),
    valueRenderOption: 'UNFORMATTED_VALUE',
    dateTimeRenderOption: 'FORMATTED_STRING',
  });
  const grids: Grid[] = visible.map((s, i) => ({
    sheet: s.properties!.title!,
    values: ((response.valueRanges?.[i]?.values ?? []) as unknown[][]).map((row) => row.map(cellValue)),
    merges: (s.merges ?? []).map((m) => ({
      top: m.startRowIndex ?? 0,
      left: m.startColumnIndex ?? 0,
      bottom: (m.endRowIndex ?? 1) - 1,
      right: (m.endColumnIndex ?? 1) - 1,
    })),
  }));
  return { name: meta.properties?.title ?? fallbackName, grids };
}
