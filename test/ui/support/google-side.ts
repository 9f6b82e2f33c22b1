// The Google Sheets side of the sidebar tests: the fake SpreadsheetApp, the real Sheets host adapter over
// it, and the panel server functions that google.script.run reaches, run synchronously as Apps Script does.
// Class maps kept as their own spreadsheets come through the add-on's own Picker code over the fake Drive.
import type { Page } from 'playwright-core';
import { ProvmapError } from '../../../core/errors.js';
import { createSheetsHost } from '../../../apps-script/host/index.js';
import { panelDeps } from '../../../apps-script/panel.js';
import {
  PICKER_APP_PROPERTY,
  PICKER_FILE,
  PICKER_KEY_PROPERTY,
  pickerFiles,
  rememberPicked,
} from '../../../apps-script/picker/index.js';
import { propertiesStore } from '../../../apps-script/stores/index.js';
import type { PanelServerDeps } from '../../../ui/server/deps.js';
import { createPanelServer } from '../../../ui/server/panel-server.js';
import { serverFunctions, type ServerFunctions } from '../../../ui/server/server-functions.js';
import type { InitialSheet } from '../../contract/harness.js';
import { servicesOver } from '../../apps-script/harness.js';
import { createFakeGoogle } from '../../fakes/spreadsheet-app/index.js';

/** A spreadsheet in the teacher's Drive that the Picker can offer (a class map kept as its own file). */
export interface DriveFile {
  /** A Drive file id (long and URL-safe, as Drive's are). */
  id: string;
  name: string;
  sheets: InitialSheet[];
}

export interface GoogleSideOptions {
  /** Files the Picker offers. Without them the server has no `files` source and the panel offers tabs only. */
  files?: DriveFile[];
}

/** The Picker dialog as the user sees it: how often it was shown, and choosing files in it. */
export interface FakePicker {
  /** Times the add-on showed the Picker dialog. */
  shown(): number;
  /** The user picks these files and presses Select: the dialog reports them as the real one does. */
  choose(ids: string[]): void;
}

export interface GoogleSide {
  fake: ReturnType<typeof createFakeGoogle>;
  /** The Picker, when the side was given files. */
  picker: FakePicker | null;
  /** Server calls made, by function name, in order. */
  calls: string[];
  /** Holds calls of `name` until `allow` lets them through one at a time (to click Cancel mid-job). */
  pause(name: string): void;
  /** Lets `n` held (or future) calls of `name` through. */
  allow(name: string, n?: number): void;
  /** Stops holding calls of `name` and lets every waiting one through. */
  resume(name: string): void;
  /** Calls of `name` waiting at the gate now. */
  waiting(name: string): number;
  /** Connects a page's google.script.run shim to these server functions. */
  attach(page: Page): Promise<void>;
}

export function createGoogleSide(
  sheets: InitialSheet[],
  active?: string,
  options: GoogleSideOptions = {},
): GoogleSide {
  const fake = createFakeGoogle({ sheets, htmlFiles: new Map([[PICKER_FILE, '<p>Choose class maps</p>']]) });
  const app = fake.globals.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  if (active) ss.setActiveSheet(ss.getSheetByName(active)!);
  const props = fake.globals.PropertiesService.getDocumentProperties();
  const host = createSheetsHost(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, {
    app: app as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    utilities: fake.globals.Utilities as unknown as GoogleAppsScript.Utilities.Utilities,
  });
  const side: GoogleSide = {
    fake,
    picker: null,
    calls: [],
    pause: () => undefined,
    allow: () => undefined,
    resume: () => undefined,
    waiting: () => 0,
    attach: async () => undefined,
  };
  const deps: PanelServerDeps = {
    hostName: 'sheets',
    host,
    activeSheet: () => ss.getActiveSheet().getName(),
    // The add-on's own "go to cell", so the tests see the range it activates in the fake.
    selectCell: panelDeps(servicesOver(fake)).selectCell,
    store: {
      get: (key) => props.getProperty(key),
      set: (key, value) => void props.setProperty(key, value),
      delete: (key) => void props.deleteProperty(key),
    },
    exclusive: (run) => {
      const lock = fake.globals.LockService.getDocumentLock();
      if (!lock.tryLock(1000)) throw new ProvmapError('BUSY', 'Another provmap action is running.');
      try {
        return run();
      } finally {
        lock.releaseLock();
      }
    },
    // One class map per processChunk call, so progress and cancelling can be watched.
    chunkBudgetMs: 0,
  };
  if (options.files) {
    const offered = options.files;
    // A deployment with the Picker set up (docs/apps-script.md): its key and Cloud project number.
    const script = fake.globals.PropertiesService.getScriptProperties();
    script.setProperty(PICKER_KEY_PROPERTY, 'test-picker-key');
    script.setProperty(PICKER_APP_PROPERTY, '123456789012');
    for (const f of offered) fake.addFile(f.id, f.name, f.sheets);
    const services = servicesOver(fake);
    const store = propertiesStore(props as unknown as GoogleAppsScript.Properties.Properties);
    deps.files = pickerFiles(services, store);
    side.picker = {
      shown: () => fake.ui.dialogs.filter((d) => d.title === 'Choose class maps').length,
      choose: (ids) => {
        const chosen = offered.filter((f) => ids.includes(f.id));
        // drive.file: a file the user picked becomes readable by the add-on, and no other.
        for (const f of chosen) fake.drive.granted.add(f.id);
        // What the dialog's pickerFilesChosen(docs) stores: ids and names only.
        rememberPicked(
          store,
          chosen.map((f) => ({ id: f.id, name: f.name })),
        );
      },
    };
  }
  const fns: ServerFunctions = serverFunctions(createPanelServer(deps));
  const gates = new Map<string, { permits: number; waiters: (() => void)[] }>();
  const flush = (g: { permits: number; waiters: (() => void)[] }): void => {
    while (g.permits > 0 && g.waiters.length > 0) {
      g.permits--;
      g.waiters.shift()!();
    }
  };
  side.pause = (name) => void gates.set(name, { permits: 0, waiters: [] });
  side.allow = (name, n = 1) => {
    const g = gates.get(name);
    if (!g) return;
    g.permits += n;
    flush(g);
  };
  side.resume = (name) => {
    const g = gates.get(name);
    gates.delete(name);
    g?.waiters.forEach((w) => w());
  };
  side.waiting = (name) => gates.get(name)?.waiters.length ?? 0;
  const gate = (name: string): Promise<void> | undefined => {
    const g = gates.get(name);
    if (!g) return undefined;
    return new Promise<void>((resolve) => {
      g.waiters.push(resolve);
      flush(g);
    });
  };
  side.attach = async (page) => {
    await page.exposeBinding('__provmapServer', async (_source, name: string, argsJson: string) => {
      side.calls.push(name);
      await gate(name);
      const fn = (fns as Record<string, ServerFunctions[keyof ServerFunctions]>)[name];
      if (!fn) throw new Error(`Script function not found: ${name}`);
      const result = fn(...(JSON.parse(argsJson) as unknown[]));
      // Apps Script hands google.script.run plain values only: a Promise here would arrive as nothing.
      if (result instanceof Promise) throw new Error(`${name} returned a Promise`);
      return JSON.stringify(result);
    });
  };
  return side;
}
