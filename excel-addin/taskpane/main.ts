// The add-in's composition root: one shared runtime for the task pane (the shared panel, Fluent look),
// the ribbon commands and the PROVMAP custom functions.

import { createOfficeBridge, createOfficeSide } from '../../ui/bridges/index.js';
import type { HostBridge, SettingsView } from '../../ui/bridge.js';
import { h } from '../../ui/panel/dom.js';
import { mountPanel } from '../../ui/panel/app.js';
import type { PanelHandle } from '../../ui/panel/app.js';
import { registerCustomFunctions, useSchoolScales } from '../functions/index.js';
import { ExcelHost, officeRun } from '../host/index.js';
import { lazyXlsxReader } from './lazy-reader.js';
import { RIBBON_COMMANDS } from './ribbon-commands.js';

// Custom functions are associated as soon as the runtime loads, before Excel calls any of them.
if (typeof CustomFunctions !== 'undefined')
  registerCustomFunctions((id, fn) => CustomFunctions.associate(id, fn));

/** The custom functions know the school's own scales from startup, and again after each save. */
function teachFunctionsSchoolScales(bridge: HostBridge): HostBridge {
  const use = (view: SettingsView): SettingsView => (useSchoolScales(view.settings.schoolScales), view);
  void bridge.getSettings().then(use, () => undefined);
  const save = bridge.saveSettings.bind(bridge);
  return { ...bridge, saveSettings: async (settings) => use(await save(settings)) };
}

/**
 * Each ribbon button opens the pane, so the outcome (or why nothing could run) is seen, then runs its
 * command there. Excel waits for event.completed() before it takes the next button press.
 */
function associateRibbon(panel: PanelHandle | null): void {
  for (const [functionName, command] of Object.entries(RIBBON_COMMANDS)) {
    Office.actions.associate(functionName, async (event: Office.AddinCommands.Event) => {
      try {
        await Office.addin.showAsTaskpane();
        await panel?.command(command);
      } finally {
        event.completed();
      }
    });
  }
}

const root = document.getElementById('app');
void Office.onReady((info) => {
  if (!root) return;
  const say = (text: string): void => root.replaceChildren(h('p', { class: 'panel' }, text));
  if (info.host !== Office.HostType.Excel)
    return say('provmap runs inside Excel. Open it from the Home tab.');
  const host = new ExcelHost({
    run: officeRun(),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  });
  if (!host.caps.minimum) {
    say(
      'This version of Excel is too old for provmap (it needs ExcelApi 1.8). Use Excel 2019 or later, ' +
        'Microsoft 365 or Excel on the web.',
    );
    return associateRibbon(null);
  }
  const bridge = teachFunctionsSchoolScales(
    createOfficeBridge(createOfficeSide({ host, readXlsx: lazyXlsxReader() })),
  );
  associateRibbon(mountPanel(root, bridge, { theme: 'fluent' }));
});
