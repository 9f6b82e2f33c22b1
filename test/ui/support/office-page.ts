// Served in place of the Office.js CDN in the task pane tests: `Office` and `Excel` globals backed by the
// fake Excel model (test/fakes/excel), seeded from window.__provmapSeed, with hooks to observe it.
import { a1Range } from '../../../core/grid.js';
import type { InitialSheet } from '../../contract/harness.js';
import { createFakeExcel, observeWorkbook } from '../../fakes/excel/index.js';
import { FakeRange } from '../../fakes/excel/range.js';

interface Seed {
  sheets: InitialSheet[];
  active?: string;
}

const w = window as unknown as Record<string, unknown> & { __provmapSeed: Seed };
const seed = w.__provmapSeed;
const fake = createFakeExcel(seed.sheets);
if (seed.active) fake.state.activeId = fake.state.find(seed.active)!.id;

let selection: { sheet: string; a1: string } | null = null;
// The fake has no selection; the panel's "go to cell" selects a range, so the stub records it.
(FakeRange.prototype as unknown as { select(this: FakeRange): void }).select = function select(
  this: FakeRange,
) {
  const sheet = this.sheet.resolve();
  const r = this.rect();
  fake.state.activeId = sheet.id;
  selection = { sheet: sheet.name, a1: a1Range(r.top, r.left, r.bottom, r.right) };
};

const settings = new Map<string, unknown>();
let settingsSaves = 0;
type Batch = (ctx: Excel.RequestContext) => Promise<unknown>;

w.Excel = {
  run(a: Batch | { mergeUndoGroup?: boolean }, b?: Batch): Promise<unknown> {
    const [options, batch] = typeof a === 'function' ? [{}, a] : [a, b!];
    return fake.run(batch, {
      mergeUndoGroup: (options as { mergeUndoGroup?: boolean }).mergeUndoGroup === true,
    });
  },
};

w.Office = {
  HostType: { Excel: 'Excel' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  context: {
    requirements: { isSetSupported: (name: string, version: string) => fake.isSetSupported(name, version) },
    document: {
      settings: {
        get: (key: string) => (settings.has(key) ? settings.get(key) : null),
        set: (key: string, value: unknown) => void settings.set(key, value),
        remove: (key: string) => void settings.delete(key),
        saveAsync: (callback?: (r: { status: string }) => void) => {
          settingsSaves++;
          setTimeout(() => callback?.({ status: 'succeeded' }), 0);
        },
      },
    },
  },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    return Promise.resolve().then(() => {
      callback?.(info);
      return info;
    });
  },
};

w.__provmapExcel = {
  observe: () => observeWorkbook(fake.state),
  selection: () => selection,
  activeSheet: () => fake.state.byId(fake.state.activeId)?.name ?? null,
  settings: () => Object.fromEntries(settings),
  settingsSaves: () => settingsSaves,
  syncs: () => fake.state.syncs,
};
