// The add-in's composition root: one shared runtime for the task pane, ribbon commands and custom functions.

import { ExcelActions, SettingsStore, coreActions } from '../actions/index.js';
import type { ActionRun } from '../actions/index.js';
import { registerCustomFunctions, useSchoolScales } from '../functions/index.js';
import { ExcelHost, officeRun } from '../host/index.js';
import { errorLine, outcomeLines } from './messages.js';
import type { Line } from './messages.js';
import { Panel } from './panel.js';
import type { PanelAction } from './panel.js';
import { readPickedFiles } from './picked-files.js';

// Custom functions are associated as soon as the runtime loads, before Excel calls any of them.
if (typeof CustomFunctions !== 'undefined')
  registerCustomFunctions((id, fn) => CustomFunctions.associate(id, fn));

async function activeSheetName(): Promise<string> {
  return Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getActiveWorksheet().load('name');
    await ctx.sync();
    return ws.name;
  });
}

Office.onReady(() => {
  const panel = new Panel(document);
  const host = new ExcelHost({
    run: officeRun(),
    isSetSupported: (n, v) => Office.context.requirements.isSetSupported(n, v),
  });
  if (!host.caps.minimum) {
    panel.disableAll();
    panel.status(
      'This version of Excel is too old for provmap. Use Excel 2019 or later, Microsoft 365 or Excel on the web.',
    );
    return;
  }
  const doc = Office.context.document.settings;
  const store = new SettingsStore({
    get: (name) => doc.get(name),
    set: (name, value) => doc.set(name, value),
    saveAsync: (done) =>
      doc.saveAsync((r) =>
        done?.({ status: String(r.status), ...(r.error ? { error: { message: r.error.message } } : {}) }),
      ),
  });
  const settings = () => {
    const s = store.load();
    useSchoolScales(s.schoolScales ?? []);
    return s;
  };
  const actions = new ExcelActions(host, coreActions, settings);

  const run = async (action: PanelAction): Promise<Line[]> => {
    try {
      let result: ActionRun;
      switch (action) {
        case 'structure-provision':
          result = await actions.structure(await activeSheetName(), 'provision');
          break;
        case 'structure-tracking':
          result = await actions.structure(await activeSheetName(), 'tracking');
          break;
        case 'add-point':
          result = await actions.addAssessmentPoint();
          break;
        case 'reevaluate':
          result = await actions.reevaluate();
          break;
        case 'review':
          result = await actions.review();
          break;
        case 'summary':
          result = await actions.summarise();
          break;
        case 'collate': {
          const files = await readPickedFiles(await panel.pickedFiles(), (sheets) =>
            coreActions.collationCandidates(sheets),
          );
          result = await actions.collate(panel.tickedTabs(), files);
          break;
        }
      }
      return outcomeLines(result, host.lastApply);
    } catch (err) {
      return [errorLine(err)];
    }
  };

  panel.wire({ run });
  void actions.collationCandidates().then(
    (names) => panel.showTabs(names, new Set(names)),
    () => undefined,
  );
  panel.status('Ready.');

  // Ribbon buttons run the same actions and show the outcome in the pane.
  const command = (action: PanelAction) => async (event: Office.AddinCommands.Event) => {
    try {
      await Office.addin.showAsTaskpane();
      panel.status('Working…');
      panel.show(await run(action));
      panel.status('Ready.');
    } finally {
      event.completed();
    }
  };
  Office.actions.associate('structureProvision', command('structure-provision'));
  Office.actions.associate('structureTracker', command('structure-tracking'));
  Office.actions.associate('addAssessmentPoint', command('add-point'));
  Office.actions.associate('reevaluate', command('reevaluate'));
  Office.actions.associate('progressReview', command('review'));
});
