// Golden files: each messy sheet in test/fixtures/import is imported and compared with the model and
// diagnostics beside it. Run with UPDATE_GOLDEN=1 to rewrite the expected files (then review each by hand).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSheet } from '../../../core/import/index.js';
import { defaultOptions, FIXTURE_DIR, loadGrid, scenarios } from './fixtures.js';

const update = process.env.UPDATE_GOLDEN === '1';

describe('import golden files', () => {
  it('has scenarios to check', () => {
    expect(scenarios().length).toBeGreaterThanOrEqual(10);
  });

  for (const scenario of scenarios()) {
    it(scenario, () => {
      const result = importSheet(loadGrid(scenario), defaultOptions());
      // Through JSON, as the expected file is stored: no undefined, no class instances.
      const actual: unknown = JSON.parse(JSON.stringify(result));
      const path = `${FIXTURE_DIR}${scenario}.expected.json`;
      if (update) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
      expect(existsSync(path), `${scenario}.expected.json is missing: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
    });
  }
});
