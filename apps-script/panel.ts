// The composition root of the sidebar: the host-neutral panel server over SpreadsheetApp and friends.

import { ProvmapError } from '../core/errors.js';
import { parseA1Range } from '../core/grid.js';
import {
  createPanelServer,
  serverFunctions,
  type PanelServer,
  type PanelServerDeps,
  type ServerFunctionName,
  type ServerResult,
} from '../ui/server/index.js';
import { createSheetsHost } from './host/index.js';
import { exclusive } from './lock.js';
import { pickerFiles } from './picker/index.js';
import type { AppsScriptServices } from './services.js';
import { propertiesRuleMemory, propertiesStore } from './stores/index.js';

/** Everything the panel server needs, built fresh for one execution (one google.script.run call). */
export function panelDeps(s: AppsScriptServices): PanelServerDeps {
  const ss = s.app.getActiveSpreadsheet();
  const props = s.properties.getDocumentProperties();
  const store = propertiesStore(props);
  const deps: PanelServerDeps = {
    hostName: 'sheets',
    host: createSheetsHost(ss, {
      app: s.app,
      utilities: s.utilities,
      ruleMemory: propertiesRuleMemory(props),
    }),
    activeSheet: () => ss.getActiveSheet().getName(),
    selectCell: (sheet, a1) => {
      const target = ss.getSheetByName(sheet);
      if (!target) throw new ProvmapError('SHEET_NOT_FOUND', `There is no sheet called "${sheet}".`);
      parseA1Range(a1);
      target.getRange(a1).activate();
    },
    store,
    exclusive: (run) => exclusive(s.lock, run),
    now: () => Date.now(),
  };
  if (s.sheets) deps.files = pickerFiles(s, store);
  return deps;
}

export function panelServer(s: AppsScriptServices): PanelServer {
  return createPanelServer(panelDeps(s));
}

/** One panel server function as google.script.run calls it: plain arguments in, a plain ServerResult out. */
export function callPanel(
  s: () => AppsScriptServices,
  name: ServerFunctionName,
  args: unknown[],
): ServerResult<unknown> {
  let fns: ReturnType<typeof serverFunctions>;
  try {
    fns = serverFunctions(panelServer(s()));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { code: e instanceof ProvmapError ? e.code : 'UNEXPECTED', message } };
  }
  // Apps Script's services are synchronous, so every answer is already a plain value.
  return fns[name](...args) as ServerResult<unknown>;
}
