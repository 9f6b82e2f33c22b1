// Google Sheets' limits, checked against a plan before anything is written.

import { ProvmapError } from '../../core/errors.js';

/** Characters Sheets accepts in one cell. */
export const MAX_CELL_CHARS = 50_000;
/** Cells in one spreadsheet, blank grid cells included. */
export const MAX_WORKBOOK_CELLS = 10_000_000;
/** Items in a fixed dropdown list (requireValueInList). */
export const MAX_LIST_ITEMS = 500;
/** Characters in a sheet name. */
export const MAX_SHEET_NAME = 100;

/** A plan that Google Sheets would refuse (too many cells, text too long...), caught before writing. */
export class HostLimitError extends ProvmapError {
  constructor(message: string) {
    super('HOST_LIMIT', message);
    this.name = 'HostLimitError';
  }
}
