// The import entry point: find the table on a sheet, then read it as a provision map, tracker or class list.

import { NoTableFoundError } from '../errors.js';
import type { Grid } from '../grid.js';
import { importClassList } from './class-list-import.js';
import { ImportContext } from './context.js';
import { columnMapOf, findTable } from './header.js';
import { importProvisionMap } from './provision-import.js';
import { importTracker } from './tracker-import.js';
import type { ImportOptions, ImportResult } from './types.js';

/**
 * Reads a sheet into the model, with a Diagnostic for every value that could not be placed. Detects the
 * kind of table unless `options.kind` forces one. Throws NoTableFoundError when no table is found (or the
 * forced kind has no header). Columns with headers provmap does not know are left alone.
 */
export function importSheet(grid: Grid, options: ImportOptions): ImportResult {
  const layout = findTable(grid, options.kind);
  if (layout === null) throw new NoTableFoundError(grid.sheet);
  const ctx = new ImportContext(grid, layout, options.scales, options.settings);
  const base = { headerRow: layout.headerRow, columns: columnMapOf(layout) };
  switch (layout.kind) {
    case 'provision': {
      const map = importProvisionMap(ctx);
      return { kind: 'provision', map, diagnostics: ctx.diagnostics(), ...base };
    }
    case 'tracking': {
      const tracker = importTracker(ctx);
      return { kind: 'tracking', tracker, diagnostics: ctx.diagnostics(), ...base };
    }
    case 'class-list': {
      const classList = importClassList(ctx);
      return { kind: 'class-list', classList, diagnostics: ctx.diagnostics(), ...base };
    }
  }
}
