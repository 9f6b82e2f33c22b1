// Class-map .xlsx files the SENCO picks in the task pane, read in the browser with the CLI's xlsx reader.

import { listSheets, loadWorkbook, readGrids } from '../../cli/xlsx/read-workbook.js';
import type { SheetInfo } from '../../core/host.js';
import type { PickedFile } from '../actions/excel-actions.js';
import { yieldToBrowser } from '../actions/excel-actions.js';

/** Reads each file's class-map sheets (`candidates` picks them from the file's sheet list). */
export async function readPickedFiles(
  files: readonly { name: string; bytes: ArrayBuffer }[],
  candidates: (sheets: readonly SheetInfo[]) => string[],
): Promise<PickedFile[]> {
  const out: PickedFile[] = [];
  for (const f of files) {
    const wb = await loadWorkbook(f.bytes, f.name);
    const names = candidates(listSheets(wb));
    out.push({ name: f.name, grids: names.length > 0 ? readGrids(wb, names) : [] });
    await yieldToBrowser();
  }
  return out;
}
