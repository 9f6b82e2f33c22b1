// The Google Sheets side of the sidebar tests: the fake SpreadsheetApp, the real Sheets host adapter over
// it, and the panel server functions that google.script.run reaches, run synchronously as Apps Script does.
import type { Page } from 'playwright-core';
import { ProvmapError } from '../../../core/errors.js';
import { createSheetsHost } from '../../../apps-script/host/index.js';
import { panelDeps } from '../../../apps-script/panel.js';
import type { PanelServerDeps } from '../../../ui/server/deps.js';
import { createPanelServer } from '../../../ui/server/panel-server.js';
import { serverFunctions, type ServerFunctions } from '../../../ui/server/server-functions.js';
import type { InitialSheet } from '../../contract/harness.js';
import { servicesOver } from '../../apps-script/harness.js';
import { createFakeGoogle } from '../../fakes/spreadsheet-app/index.js';

export interface GoogleSide {
  fake: ReturnType<typeof createFakeGoogle>;
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

export function createGoogleSide(sheets: InitialSheet[], active?: string): GoogleSide {
  const fake = createFakeGoogle({ sheets });
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
