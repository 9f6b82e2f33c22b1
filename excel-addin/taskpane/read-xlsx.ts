// Class-map files the SENCO picks in the task pane, read in the page with the CLI's ExcelJS code.

import { loadWorkbook, readGrids, worksheetsOf } from '../../cli/xlsx/read-workbook.js';
import type { XlsxReader } from '../../ui/bridges/index.js';

/** Every sheet of an .xlsx file's bytes as grids; nothing leaves the page. */
export const readXlsx: XlsxReader = async (bytes, name) => {
  const wb = await loadWorkbook(bytes, name);
  return readGrids(
    wb,
    worksheetsOf(wb).map((ws) => ws.name),
  );
};
