// Loads import fixtures: grids stored as JSON, with dates written as {"$date": "<ISO>"}.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CellValue, Grid } from '../../../core/grid.js';
import { ScaleRegistry } from '../../../core/scales/index.js';
import { DEFAULT_SETTINGS } from '../../../core/settings.js';
import type { ImportOptions } from '../../../core/import/index.js';

/** The folder of import fixtures: `<scenario>.grid.json` with `<scenario>.expected.json` beside it. */
export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

/** Every scenario that has a grid. */
export function scenarios(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.grid.json'))
    .map((f) => f.slice(0, -'.grid.json'.length))
    .sort();
}

function revive(value: unknown): CellValue {
  if (value !== null && typeof value === 'object' && '$date' in value)
    return new Date(String((value as { $date: unknown }).$date));
  return value as CellValue;
}

/** The grid of a scenario, dates revived. */
export function loadGrid(scenario: string): Grid {
  const raw = JSON.parse(readFileSync(`${FIXTURE_DIR}${scenario}.grid.json`, 'utf8')) as {
    sheet: string;
    values: unknown[][];
    merges: Grid['merges'];
  };
  return { sheet: raw.sheet, values: raw.values.map((row) => row.map(revive)), merges: raw.merges };
}

/** Import options with the built-in scales and default settings. */
export function defaultOptions(overrides: Partial<ImportOptions> = {}): ImportOptions {
  return { scales: new ScaleRegistry(), settings: DEFAULT_SETTINGS, ...overrides };
}

/** A grid from rows of values, for tests that build their own. */
export function gridOf(values: CellValue[][], merges: Grid['merges'] = [], sheet = 'Sheet1'): Grid {
  return { sheet, values, merges };
}
