// A HostHarness over the fake Excel: the Excel adapter as the contract suite sees it.

import { parseA1Range } from '../../../core/grid.js';
import { ExcelHost } from '../../../excel-addin/host/excel-host.js';
import type { ExcelHostOptions } from '../../../excel-addin/host/excel-host.js';
import type { HarnessFactory, HostHarness, InitialSheet } from '../../contract/harness.js';
import { createFakeExcel, observeWorkbook } from './index.js';
import type { FakeExcel } from './index.js';
import { setStyle } from './range.js';
import { key } from './state.js';

export interface ExcelHarness extends HostHarness {
  host: ExcelHost;
  fake: FakeExcel;
}

/** A harness over a fresh fake workbook; `options` tune the adapter (chunk sizes, timeouts). */
export async function createExcelHarness(
  initial: readonly InitialSheet[],
  options: { excelApi?: string; host?: Partial<ExcelHostOptions> } = {},
): Promise<ExcelHarness> {
  const fake = createFakeExcel(initial, options.excelApi);
  const host = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported, ...options.host });
  const { state } = fake;
  return {
    host,
    fake,
    observe: async () => observeWorkbook(state),
    typeValue: async (sheet, address, value) => {
      const s = state.find(sheet);
      if (!s) throw new Error(`no sheet ${sheet}`);
      const r = parseA1Range(address);
      const cell = state.cell(s, r.top, r.left);
      delete cell.formula;
      if (value === null || value === '') delete cell.value;
      else cell.value = value;
    },
    addUserConditionalFormat: async (sheet, range, text, fill) => {
      const s = state.find(sheet);
      if (!s) throw new Error(`no sheet ${sheet}`);
      s.cfs.push({
        id: state.nextCfId(),
        type: 'CellValue',
        rect: parseA1Range(range),
        rule: { formula1: `="${text.replace(/"/g, '""')}"`, operator: 'EqualTo' },
        fill: fill.toUpperCase(),
      });
    },
    decorateCell: async (sheet, address, d) => {
      const s = state.find(sheet);
      if (!s) throw new Error(`no sheet ${sheet}`);
      const r = parseA1Range(address);
      const cell = state.cell(s, r.top, r.left);
      if (d.fill !== undefined) setStyle(cell, { fill: d.fill.toUpperCase() });
      if (d.note !== undefined) s.notes.set(key(r.top, r.left), d.note);
      // Data > Data Validation > List, as Excel's own dialog stores a typed list.
      if (d.listValues !== undefined)
        cell.validation = {
          rule: { list: { inCellDropDown: true, source: d.listValues.join(',') } },
          errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
          prompt: { showPrompt: false, title: '', message: '' },
          ignoreBlanks: true,
        };
    },
    calls: () => state.syncs,
    failAtCall: (k) => {
      state.failAt = k;
    },
  };
}

/** The factory the shared host contract suite takes. */
export const excelHarnessFactory: HarnessFactory = (initial) => createExcelHarness(initial);
