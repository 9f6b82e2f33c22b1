// The add-on menu and what each item does. onOpen may run in AuthMode.NONE: it only builds the menu.

import { ProvmapError } from '../core/errors.js';
import type { ActionOutcome } from '../ui/bridge.js';
import { panelServer } from './panel.js';
import type { AppsScriptServices } from './services.js';

/** Menu captions and the public function each calls, in menu order; null is a separator. */
export const MENU_ITEMS: readonly ({ caption: string; fn: string } | null)[] = [
  { caption: 'Set up provision map from this sheet', fn: 'menuSetUpProvisionMap' },
  { caption: 'Set up tracker from this sheet', fn: 'menuSetUpTracker' },
  { caption: 'Add assessment point', fn: 'menuAddAssessmentPoint' },
  { caption: 'Re-evaluate', fn: 'menuReevaluate' },
  { caption: 'Pupil progress review', fn: 'menuReview' },
  null,
  { caption: 'Open panel', fn: 'menuOpenPanel' },
  { caption: 'Help', fn: 'menuHelp' },
];

/** Builds the add-on menu. Touches nothing but the Ui, so it works before the add-on is authorised. */
export function buildMenu(app: GoogleAppsScript.Spreadsheet.SpreadsheetApp): void {
  const menu = app.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item.caption, item.fn);
    else menu.addSeparator();
  }
  menu.addToUi();
}

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

/** What an action did, as the plain text of an alert (alerts never render HTML). */
export function describeOutcome(o: ActionOutcome): string {
  const lines = [`Updated: ${o.sheetsWritten.join(', ') || 'nothing'}.`];
  const c = o.counts;
  const counted = [
    c.pupils ? plural(c.pupils, 'pupil') : '',
    c.interventions ? plural(c.interventions, 'intervention') : '',
    c.tracking ? plural(c.tracking, 'tracked subject') : '',
  ].filter(Boolean);
  if (counted.length) lines.push(counted.join(', ') + '.');
  const problems = o.diagnostics.filter((d) => d.severity !== 'info');
  if (problems.length) {
    lines.push('', `${plural(problems.length, 'thing')} to check:`);
    for (const d of problems.slice(0, 8)) lines.push(`• ${d.sheet}!${d.cell}: ${d.message} ${d.hint}`.trim());
    if (problems.length > 8) lines.push(`…and ${problems.length - 8} more (Open panel lists them all).`);
  }
  return lines.join('\n');
}

function alert(s: AppsScriptServices, title: string, text: string): void {
  const ui = s.app.getUi();
  ui.alert(title, text, ui.ButtonSet.OK);
}

/** Runs one menu action and tells the teacher what happened; errors become an alert, never a stack trace. */
export function runMenuAction(s: AppsScriptServices, title: string, run: () => ActionOutcome): void {
  let outcome: ActionOutcome;
  try {
    outcome = run();
  } catch (e) {
    const message =
      e instanceof ProvmapError
        ? e.message
        : `Something went wrong, and nothing was changed. (${e instanceof Error ? e.message : String(e)})`;
    alert(s, title, message);
    return;
  }
  alert(s, title, describeOutcome(outcome));
}

type Kind = 'provision' | 'tracking';

/** "Set up … from this sheet": the active sheet, read and structured as a provision map or tracker. */
export function setUpFromActiveSheet(s: AppsScriptServices, kind: Kind): void {
  const title = kind === 'provision' ? 'Set up provision map' : 'Set up tracker';
  runMenuAction(s, title, () => {
    const sheet = s.app.getActiveSpreadsheet().getActiveSheet().getName();
    return panelServer(s).structure(sheet, { kind }) as ActionOutcome;
  });
}

export const SIDEBAR_FILE = 'Sidebar';
export const HELP_FILE = 'Help';

export function openPanel(s: AppsScriptServices): void {
  s.app.getUi().showSidebar(s.html.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle('provmap'));
}

export function showHelp(s: AppsScriptServices): void {
  s.app
    .getUi()
    .showModalDialog(s.html.createHtmlOutputFromFile(HELP_FILE).setWidth(520).setHeight(480), 'provmap help');
}
