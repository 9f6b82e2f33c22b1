// Teacher workbooks written by openpyxl (the Debian python3-openpyxl), laid out as openpyxl lays them out.

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { SYSTEM_PYTHON } from '../../support/inspect-xlsx.js';

const SCRIPT = fileURLToPath(new URL('./openpyxl_workbooks.py', import.meta.url));

/** The files openpyxl_workbooks.py writes. */
export interface OpenpyxlWorkbooks {
  /** A provision map on "Class 3" and a bar chart at D2 of "Scores". */
  chart: string;
  /** A provision map with a comment on A2. */
  comment: string;
  /** A class list as an Excel table without style information, with a hyperlink at F1. */
  table: string;
}

/** Writes the workbooks into `dir`. */
export async function writeOpenpyxlWorkbooks(dir: string): Promise<OpenpyxlWorkbooks> {
  await promisify(execFile)(SYSTEM_PYTHON, [SCRIPT, dir], { timeout: 60_000 });
  return {
    chart: join(dir, 'chart.xlsx'),
    comment: join(dir, 'comment.xlsx'),
    table: join(dir, 'table.xlsx'),
  };
}
