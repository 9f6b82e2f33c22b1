// Served in place of the Office.js CDN in the task pane tests: `Office`, `Excel` and `CustomFunctions`
// globals backed by the fake Excel model (test/fakes/excel), seeded from window.__provmapSeed, with hooks to
// observe it, press the ribbon's buttons and call the associated custom functions.
import type { InitialSheet } from '../../contract/harness.js';
import { createFakeExcel, observeWorkbook, selectionOf } from '../../fakes/excel/index.js';

interface Seed {
  sheets: InitialSheet[];
  active?: string;
  /** The ExcelApi version the host supports (default: the fake's newest). */
  excelApi?: string;
  /** Document settings already saved in the workbook. */
  settings?: Record<string, string>;
}

const w = window as unknown as Record<string, unknown> & { __provmapSeed: Seed };
const seed = w.__provmapSeed;
const fake = createFakeExcel(seed.sheets, seed.excelApi);
if (seed.active) fake.state.activeId = fake.state.find(seed.active)!.id;

const settings = new Map<string, unknown>(Object.entries(seed.settings ?? {}));
let settingsSaves = 0;

type Handler = (...args: unknown[]) => unknown;
/** What Office.actions.associate and CustomFunctions.associate were given, by id. */
const ribbon = new Map<string, Handler>();
const functions = new Map<string, Handler>();
let panesShown = 0;

class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}
w.CustomFunctions = {
  associate: (id: string, fn: Handler) => void functions.set(id, fn),
  Error: CustomFunctionError,
  ErrorCode: { invalidValue: '#VALUE!' },
};
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
  actions: { associate: (id: string, fn: Handler) => void ribbon.set(id, fn) },
  addin: { showAsTaskpane: () => (panesShown++, Promise.resolve()) },
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
  activate: (sheet: string) => void (fake.state.activeId = fake.state.find(sheet)!.id),
  ribbonIds: () => [...ribbon.keys()],
  functionIds: () => [...functions.keys()],
  panesShown: () => panesShown,
  /** Presses a ribbon button as Excel does; resolves with whether the handler called event.completed(). */
  press: async (id: string): Promise<boolean> => {
    let completed = false;
    await ribbon.get(id)!({ completed: () => (completed = true) });
    return completed;
  },
  /** Calls a custom function as Excel would; a thrown error comes back as its code and message. */
  call: (id: string, ...args: unknown[]): unknown => {
    try {
      return functions.get(id)!(...args);
    } catch (e) {
      return e instanceof CustomFunctionError ? { error: e.code, message: e.message } : { thrown: String(e) };
    }
  },
};
