// Collation from the sidebar: a job resumed chunk by chunk ends exactly like one run straight through,
// with each pupil once, in the School Map and the leaders' Summary it writes; a chunk waits its turn behind
// another run; and the cursor store never holds pupil data.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callPanel, panelDeps } from '../../apps-script/panel.js';
import type { Grid } from '../../core/grid.js';
import { JOB_KEY } from '../../ui/server/collation.js';
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
    const sheet = (f: ReturnType<typeof school>, name: string) =>
      f.observe().sheets.find((s) => s.name === name);
    expect(sheet(chunked.f, 'School Map')).toEqual(sheet(whole.f, 'School Map'));
    expect(sheet(chunked.f, 'Summary')).toBeDefined();
    expect(sheet(chunked.f, 'Summary')).toEqual(sheet(whole.f, 'Summary'));
  });

  it("writes the leaders' Summary over the whole School Map, every class map's interventions in it", () => {
    const { f } = collate(0);
    const sheets = f.observe().sheets;
    const map = sheets.find((s) => s.name === 'School Map')!;
    const summary = sheets.find((s) => s.name === 'Summary')!;
    const text = JSON.stringify(summary.cells);
    // The Summary's live figures read the School Map down to its last row, not the first chunk's.
    const ends = [...text.matchAll(/'School Map'!\$[A-Z]+\$2:\$[A-Z]+\$(\d+)/g)].map((m) => Number(m[1]));
    expect(ends.length).toBeGreaterThan(0);
    expect(new Set(ends)).toEqual(new Set([map.cells.length]));
    const impact = summary.cells.findIndex((r) => r[0] === 'Impact by intervention');
    const listed = summary.cells.slice(impact + 2).map((r) => r[0]);
    for (const intervention of [
      'Comprehension group',
      'Social skills',
      'Phonics catch-up',
      'Precision teaching',
    ])
      expect(listed).toContain(intervention);
  });

  it('answers BUSY while another run holds the lock, and leaves the cursor where it was', () => {
    const f = school();
    const services = () => servicesOver(f);
    const started = createPanelServer(panelDeps(services())).startCollation(SOURCES) as CollationProgress;
    const cursor = f.properties.document.getProperty(JOB_KEY);
    expect(JSON.parse(cursor!)).toMatchObject({ cursor: 0, state: 'running' });
    f.lock.holder = 'other';
    const busy = callPanel(services, 'panelProcessChunk', [started.jobId]);
    expect(busy).toMatchObject({ ok: false, error: { code: 'BUSY' } });
    expect(f.properties.document.getProperty(JOB_KEY)).toBe(cursor);
    expect(f.observe().sheets.map((s) => s.name)).not.toContain('School Map');
    // Once the other run is over, the same chunk goes ahead and the cursor moves.
    f.lock.holder = null;
    const next = callPanel(services, 'panelProcessChunk', [started.jobId]);
    expect(next).toMatchObject({ ok: true, value: { state: 'done', done: 3 } });
    expect(JSON.parse(f.properties.document.getProperty(JOB_KEY)!)).toMatchObject({
      cursor: 3,
      state: 'done',
    });
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
