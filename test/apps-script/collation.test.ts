// Collation from the sidebar: a job resumed chunk by chunk ends exactly like one run straight through,
// with each pupil once, and the cursor store never holds pupil data.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { panelDeps } from '../../apps-script/panel.js';
import type { Grid } from '../../core/grid.js';
import { createPanelServer } from '../../ui/server/index.js';
import type { ClassMapSource, CollationProgress } from '../../ui/bridge.js';
import type { InitialSheet } from '../contract/harness.js';
import { createFakeGoogle } from '../fakes/spreadsheet-app/index.js';
import { ROOT } from '../support/paths.js';
import { servicesOver } from './harness.js';
import { provisionSheet } from './support/classes.js';

const seedGrid = JSON.parse(
  readFileSync(join(ROOT, 'test/fixtures/import/seed-evaluated-map.grid.json'), 'utf8'),
) as Grid;
const SEED: InitialSheet = {
  name: 'Class 2',
  values: seedGrid.values as InitialSheet['values'],
  merges: seedGrid.merges,
};
const FILE = '1ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210';

/** A school: two class maps as tabs, one in a colleague's file picked with the Picker. */
function school() {
  const f = createFakeGoogle({
    sheets: [SEED, provisionSheet(24, 'Class 5'), { name: 'Notes', values: [['Staff meeting notes']] }],
  });
  f.addFile(FILE, 'Class 6 map', [provisionSheet(12, 'Class 6')], true);
  f.properties.document.setProperty(
    'provmap.pickedFiles',
    JSON.stringify([{ id: FILE, name: 'Class 6 map' }]),
  );
  return f;
}

const SOURCES: ClassMapSource[] = [
  { kind: 'tab', name: 'Class 2' },
  { kind: 'tab', name: 'Class 5' },
  { kind: 'file', id: FILE, name: 'Class 6 map' },
];

/** Runs a whole job; `budgetMs` 0 makes every processChunk call collate one class map and stop. */
function collate(budgetMs: number) {
  const f = school();
  const server = () => createPanelServer({ ...panelDeps(servicesOver(f)), chunkBudgetMs: budgetMs });
  let p = server().startCollation(SOURCES) as CollationProgress;
  let calls = 0;
  while (p.state === 'running') {
    // Each call is a new execution, as each google.script.run call is.
    p = server().processChunk(p.jobId) as CollationProgress;
    calls++;
    if (calls > 10) throw new Error('collation did not finish');
  }
  return { f, calls, progress: p };
}

describe('collation in chunks', () => {
  it('ends the same whether it runs in one call or resumes over three', () => {
    const whole = collate(600_000);
    const chunked = collate(0);
    expect(whole.calls).toBe(1);
    expect(chunked.calls).toBe(3);
    const map = (f: ReturnType<typeof school>) => f.observe().sheets.find((s) => s.name === 'School Map')!;
    expect(map(chunked.f)).toEqual(map(whole.f));
  });

  it('lists each enrolment of each class map once', () => {
    const { f } = collate(0);
    const map = f.observe().sheets.find((s) => s.name === 'School Map')!;
    const header = map.cells.findIndex((row) => row.includes('Pupil'));
    const col = (name: string) => map.cells[header]!.indexOf(name);
    const [source, intervention, pupil, scale] = [
      col('Source'),
      col('Intervention'),
      col('Pupil'),
      col('Scale'),
    ];
    expect(Math.min(source, intervention, pupil, scale)).toBeGreaterThanOrEqual(0);
    const rows = map.cells.slice(header + 1).filter((r) => r[pupil] !== null && r[pupil] !== undefined);
    // A Leuven pair is two enrolments of one pupil: well-being and involvement.
    const keys = rows.map((r) => JSON.stringify([r[source], r[intervention], r[pupil], r[scale]]));
    expect(new Set(keys).size).toBe(keys.length);
    const sources = new Set(rows.map((r) => String(r[source])));
    expect(sources).toEqual(new Set(['Class 2', 'Class 5', 'Class 6 map › Class 6']));
    expect(rows.filter((r) => r[source] === 'Class 5')).toHaveLength(24);
    expect(rows.filter((r) => String(r[source]).startsWith('Class 6'))).toHaveLength(12);
  });

  it('keeps only ids, names of class maps and a cursor in the document properties', () => {
    const { f } = collate(0);
    const stored = [...f.properties.document.data.values()].join('\n');
    for (const pupil of ['Amy', 'Joe', 'Surname3', 'Pupil']) expect(stored).not.toContain(pupil);
  });
});
