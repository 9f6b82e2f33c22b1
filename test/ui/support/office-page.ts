// Served in place of the Office.js CDN in the task pane tests: `Office` and `Excel` globals backed by the
// fake Excel model (test/fakes/excel), seeded from window.__provmapSeed, with hooks to observe it.
import type { InitialSheet } from '../../contract/harness.js';
import { createFakeExcel, observeWorkbook, selectionOf } from '../../fakes/excel/index.js';

interface Seed {
  sheets: InitialSheet[];
  active?: string;
}

const w = window as unknown as Record<string, unknown> & { __provmapSeed: Seed };
const seed = w.__provmapSeed;
const fake = createFakeExcel(seed.sheets);
if (seed.active) fake.state.activeId = fake.state.find(seed.active)!.id;

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
  selection: () => selectionOf(fake.state),
  activeSheet: () => fake.state.byId(fake.state.activeId)?.name ?? null,
  settings: () => Object.fromEntries(settings),
  settingsSaves: () => settingsSaves,
  syncs: () => fake.state.syncs,
};
