// The Sheets advanced service over other fake files, with drive.file semantics: only picked files open.

import { parseA1Range } from '../../../core/grid.js';
import type { CallLog } from './calls.js';
import { formatDate } from './dates.js';
import { cellKey, type SheetState, type WorkbookState } from './model.js';
import { requireAuth, type FakeEnv } from './services.js';
import { splitSheetRef } from './spreadsheet.js';

/** Files the user could open, and which of them the Picker granted to the add-on (drive.file). */
export interface FakeDrive {
  files: Map<string, WorkbookState>;
  granted: Set<string>;
}

function notFound(method: string): Error {
  return new Error(
    `GoogleJsonResponseException: API call to sheets.spreadsheets.${method} failed with error: Requested entity was not found.`,
  );
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

function extent(sheet: SheetState): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const [key, cell] of sheet.cells)
    if (cell.value !== null) {
      const [r, c] = key.split(':').map(Number) as [number, number];
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
  return { rows, cols };
}

interface BatchGetArgs {
  ranges?: string[];
  valueRenderOption?: string;
  dateTimeRenderOption?: string;
}

export function fakeSheetsService(env: FakeEnv, calls: CallLog, drive: FakeDrive) {
  const open = (id: string, method: string): WorkbookState => {
    requireAuth(env, 'Sheets');
    calls.tick(`Sheets.${method}`, false);
    const wb = drive.files.get(id);
    if (!wb || !drive.granted.has(id)) throw notFound(method);
    return wb;
  };

  const render = (wb: WorkbookState, v: unknown, args: BatchGetArgs): unknown => {
    if (!(v instanceof Date)) return v;
    if (args.dateTimeRenderOption === 'FORMATTED_STRING') return formatDate(v, wb.timeZone, 'dd/MM/yyyy');
    const day = formatDate(v, wb.timeZone, 'yyyy-MM-dd');
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return (Date.UTC(y, m - 1, d) - SERIAL_EPOCH) / 86_400_000;
  };

  return {
    Spreadsheets: {
      get(spreadsheetId: string, _optionalArgs?: object) {
        const wb = open(spreadsheetId, 'get');
        return {
          spreadsheetId,
          properties: { title: wb.name, timeZone: wb.timeZone, locale: 'en_GB' },
          sheets: wb.sheets.map((s, index) => ({
            properties: {
              sheetId: s.id,
              title: s.name,
              index,
              hidden: s.hidden,
              gridProperties: { rowCount: s.maxRows, columnCount: s.maxCols },
            },
            merges: s.merges.map((m) => ({
              sheetId: s.id,
              startRowIndex: m.top,
              endRowIndex: m.bottom + 1,
              startColumnIndex: m.left,
              endColumnIndex: m.right + 1,
            })),
          })),
        };
      },
      Values: {
        batchGet(spreadsheetId: string, optionalArgs: BatchGetArgs = {}) {
          const wb = open(spreadsheetId, 'values.batchGet');
          const valueRanges = (optionalArgs.ranges ?? []).map((ref) => {
            const { sheet: name, range } = splitSheetRef(ref.includes('!') ? ref : `${ref}!A1`);
            const sheetName = ref.includes('!') ? name : ref.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
            const sheet = wb.sheets.find((s) => s.name === sheetName);
            if (!sheet) throw new Error(`GoogleJsonResponseException: Unable to parse range: ${ref}`);
            const full = extent(sheet);
            const rect = ref.includes('!')
              ? parseA1Range(range)
              : { top: 0, left: 0, bottom: full.rows - 1, right: full.cols - 1 };
            const values: unknown[][] = [];
            for (let r = rect.top; r <= rect.bottom; r++) {
              const row: unknown[] = [];
              for (let c = rect.left; c <= rect.right; c++) {
                const v = sheet.cells.get(cellKey(r, c))?.value ?? '';
                row.push(render(wb, v, optionalArgs));
              }
              while (row.length > 0 && row[row.length - 1] === '') row.pop();
              values.push(row);
            }
            while (values.length > 0 && values[values.length - 1]!.length === 0) values.pop();
            return { range: ref, majorDimension: 'ROWS', values };
          });
          return { spreadsheetId, valueRanges };
        },
      },
    },
  };
}
