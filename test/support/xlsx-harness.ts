// HostHarness for the xlsx file host: a real file on disk, observed independently through openpyxl.

import { mkdtempSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Workbook, Worksheet } from 'exceljs';
import { parseA1Range } from '../../core/grid.js';
import { XlsxFileHost } from '../../cli/io/file-host.js';
import type { FileSystem } from '../../cli/io/file-system.js';
import { workbookFromGrids } from '../../cli/xlsx/new-workbook.js';
import { loadWorkbook } from '../../cli/xlsx/read-workbook.js';
import { encodeCellText } from '../../cli/xlsx/text.js';
import { isProtectionValidation } from '../../cli/xlsx/validation.js';
import type {
  HarnessFactory,
  HostHarness,
  InitialSheet,
  ObservedConditionalFormat,
  ObservedSheet,
  ObservedValidation,
  ObservedWorkbook,
  StoredCell,
} from '../contract/harness.js';
import { inspectXlsx } from './inspect-xlsx.js';
import type { InspectedCell, InspectedSheet, InspectedValidation } from './inspect-xlsx.js';

/** A FileSystem that counts round trips and can fail at the k-th mutating call. */
export class FaultyFileSystem implements FileSystem {
  count = 0;
  private failAt: number | null = null;
  private mutations = 0;

  failAtCall(k: number | null): void {
    this.failAt = k;
    this.mutations = 0;
  }

  private mutate(): void {
    this.mutations++;
    if (this.failAt !== null && this.mutations === this.failAt)
      throw new Error(`injected failure at call ${this.mutations}`);
  }

  async readFile(path: string): Promise<Uint8Array> {
    this.count++;
    return readFile(path);
  }

  async writeFile(path: string, data: Uint8Array): Promise<void> {
    this.count++;
    this.mutate();
    await writeFile(path, data);
  }

  async rename(from: string, to: string): Promise<void> {
    this.count++;
    this.mutate();
    await rename(from, to);
  }

  async remove(path: string): Promise<void> {
    await rm(path, { force: true });
  }
}

function stored(c: InspectedCell): StoredCell {
  if (c !== null && typeof c === 'object') {
    if ('formula' in c) return { formula: c.formula };
    if ('date' in c) return c.date;
    return c.time;
  }
  return c;
}

const KINDS: Record<string, ObservedValidation['kind']> = {
  whole: 'whole-number',
  decimal: 'decimal',
  date: 'date',
};

function validation(v: InspectedValidation, range: string): ObservedValidation | null {
  if (v.type === 'list') {
    const f = v.formula1 ?? '';
    if (f.startsWith('"'))
      return {
        range,
        kind: 'list',
        values: f
          .slice(1, -1)
          .split(',')
          .map((s) => s.replace(/""/g, '"')),
      };
    return { range, kind: 'list-from-range', source: f };
  }
  const kind = v.type ? KINDS[v.type] : undefined;
  return kind ? { range, kind } : null;
}

function conditional(sheet: InspectedSheet): ObservedConditionalFormat[] {
  return [...sheet.conditionalFormats]
    .sort((a, b) => a.priority - b.priority)
    .flatMap((cf) =>
      cf.sqref.split(/\s+/).map((range): ObservedConditionalFormat => {
        const f = cf.formula[0] ?? '';
        const text = cf.type === 'cellIs' && cf.operator === 'equal' && /^".*"$/.test(f);
        return {
          range,
          kind: text ? 'text-equals' : 'formula',
          condition: text ? f.slice(1, -1).replace(/""/g, '"') : f,
          fill: cf.fill ? cf.fill.toUpperCase() : null,
        };
      }),
    );
}

/** The contract's normalised view of one inspected sheet. */
export function observeSheet(sheet: InspectedSheet): ObservedSheet {
  const frozen = sheet.frozen ? Number(/\d+/.exec(sheet.frozen)?.[0] ?? 1) - 1 : 0;
  const validations: ObservedValidation[] = [];
  const protections: string[] = [];
  for (const v of sheet.validations)
    for (const range of v.sqref.split(/\s+/)) {
      if (
        isProtectionValidation({
          type: v.type as 'custom',
          errorStyle: v.errorStyle ?? undefined,
          errorTitle: v.errorTitle ?? undefined,
        })
      )
        protections.push(range);
      else {
        const o = validation(v, range);
        if (o) validations.push(o);
      }
    }
  return {
    name: sheet.name,
    cells: sheet.cells.map((row) => row.map(stored)),
    frozenRows: frozen,
    validations,
    conditionalFormats: conditional(sheet),
    protections,
    numberFormats: sheet.numberFormats,
    notes: sheet.notes,
    fills: fillsOf(sheet),
  };
}

/** Solid cell fills other than white, by A1 address in row order. */
function fillsOf(sheet: InspectedSheet): Record<string, string> {
  const entries = Object.entries(sheet.styles)
    .map(([cell, st]) => [cell, st.fill?.toUpperCase()] as const)
    .filter((e): e is readonly [string, string] => e[1] !== undefined && e[1] !== '#FFFFFF')
    .map(([cell, fill]) => ({ cell, fill, at: parseA1Range(cell) }))
    .sort((a, b) => a.at.top - b.at.top || a.at.left - b.at.left);
  return Object.fromEntries(entries.map((e) => [e.cell, e.fill]));
}

/** Writes the initial sheets as a teacher's .xlsx file. */
async function writeInitial(path: string, initial: readonly InitialSheet[]): Promise<void> {
  const wb = workbookFromGrids(
    initial.map((s) => ({ sheet: s.name, values: s.values, merges: s.merges ?? [] })),
  );
  await wb.xlsx.writeFile(path);
}

/**
 * Opens the file with ExcelJS, lets `edit` change it the way Excel would save it, and writes it back.
 * Loaded as provmap loads files, so ExcelJS's writer does not split validations into overlapping ranges
 * (which Excel never saves).
 */
async function editFile(path: string, edit: (wb: Workbook) => void): Promise<void> {
  const wb = await loadWorkbook(await readFile(path));
  edit(wb);
  await wb.xlsx.writeFile(path);
}

function sheetOf(wb: Workbook, name: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`No sheet ${name}`);
  return ws;
}

/** The harness factory the contract suite runs the xlsx host with. */
export const xlsxHarness: HarnessFactory = async (initial) => {
  const dir = mkdtempSync(join(tmpdir(), 'provmap-host-'));
  const path = join(dir, 'book.xlsx');
  await writeInitial(path, initial);
  const fs = new FaultyFileSystem();
  const harness: HostHarness = {
    host: new XlsxFileHost({ input: path, fs }),
    async observe(): Promise<ObservedWorkbook> {
      const wb = await inspectXlsx(path);
      return {
        sheets: wb.sheets.map(observeSheet),
        namedRanges: wb.definedNames
          .filter((n) => !n.name.startsWith('_xlnm.'))
          .flatMap((n) =>
            n.destinations.map(([sheet, range]) => ({
              name: n.name,
              sheet,
              range: range.replace(/\$/g, ''),
            })),
          ),
      };
    },
    typeValue: (sheet, a1, value) =>
      editFile(path, (wb) => {
        sheetOf(wb, sheet).getCell(a1).value = typeof value === 'string' ? encodeCellText(value) : value;
      }),
    addUserConditionalFormat: (sheet, range, text, fill) =>
      editFile(path, (wb) => {
        const argb = `FF${fill.replace('#', '').toUpperCase()}`;
        sheetOf(wb, sheet).addConditionalFormatting({
          ref: range,
          rules: [
            {
              type: 'cellIs',
              operator: 'equal',
              formulae: [`"${text.replace(/"/g, '""')}"`],
              priority: 1,
              style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb } } },
            },
          ],
        });
      }),
    decorateCell: (sheet, a1, d) =>
      editFile(path, (wb) => {
        const cell = sheetOf(wb, sheet).getCell(a1);
        if (d.fill !== undefined)
          cell.fill = {
            type: 'pattern',
            pattern: 'solid',
            fgColor: { argb: `FF${d.fill.replace('#', '').toUpperCase()}` },
          };
        if (d.note !== undefined) cell.note = d.note;
        if (d.listValues !== undefined)
          cell.dataValidation = {
            type: 'list',
            allowBlank: true,
            showErrorMessage: true,
            formulae: [`"${d.listValues.join(',')}"`],
          };
      }),
    calls: () => fs.count,
    failAtCall: (k) => fs.failAtCall(k),
  };
  return harness;
};
