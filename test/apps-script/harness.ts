// A HostHarness over the Apps Script adapter and the fake SpreadsheetApp, for the shared contract suite.

import type { HostHarness, InitialSheet } from '../contract/harness.js';
import { createSheetsHost, type SheetsHost } from '../../apps-script/host/index.js';
import type { AppsScriptServices } from '../../apps-script/services.js';
import { propertiesRuleMemory } from '../../apps-script/stores/rule-memory.js';
import { createFakeGoogle, type FakeGoogle, type FakeGoogleOptions } from '../fakes/spreadsheet-app/index.js';

/** The real types the adapter compiles against, over the fake. */
export function realTypes(fake: FakeGoogle) {
  return {
    app: fake.globals.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    ss: fake.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
    utilities: fake.globals.Utilities as unknown as GoogleAppsScript.Utilities.Utilities,
    documentProperties:
      fake.globals.PropertiesService.getDocumentProperties() as unknown as GoogleAppsScript.Properties.Properties,
  };
}

/** The Apps Script services of the fake, typed as the real ones the adapter compiles against. */
export function servicesOver(fake: FakeGoogle): AppsScriptServices {
  const g = fake.globals;
  return {
    app: g.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    lock: g.LockService as unknown as GoogleAppsScript.Lock.LockService,
    properties: g.PropertiesService as unknown as GoogleAppsScript.Properties.PropertiesService,
    script: g.ScriptApp as unknown as GoogleAppsScript.Script.ScriptApp,
    html: g.HtmlService as unknown as GoogleAppsScript.HTML.HtmlService,
    utilities: g.Utilities as unknown as GoogleAppsScript.Utilities.Utilities,
    sheets: g.Sheets as unknown as GoogleAppsScript.Sheets,
  };
}

/** A SheetsHost over a fake spreadsheet. */
export function hostOver(fake: FakeGoogle): SheetsHost {
  const t = realTypes(fake);
  return createSheetsHost(t.ss, {
    app: t.app,
    utilities: t.utilities,
    ruleMemory: propertiesRuleMemory(t.documentProperties),
  });
}

export interface AppsScriptHarness extends HostHarness {
  host: SheetsHost;
  fake: FakeGoogle;
}

/**
 * A real Google sheet is as big as what it holds; the fake makes every starting sheet 1,000 x 26, so a
 * 3,001-row tracker would hang off its end. Grows each starting sheet to fit its content.
 */
export function fitStartingSheets(fake: FakeGoogle): void {
  for (const sheet of fake.workbook.sheets)
    for (const key of sheet.cells.keys()) {
      const [r, c] = key.split(':').map(Number) as [number, number];
      sheet.maxRows = Math.max(sheet.maxRows, r + 1);
      sheet.maxCols = Math.max(sheet.maxCols, c + 1);
    }
}

/** A fresh fake spreadsheet holding `initial`, with the adapter over it. */
export async function createAppsScriptHarness(
  initial: InitialSheet[],
  options: FakeGoogleOptions = {},
): Promise<AppsScriptHarness> {
  const fake = createFakeGoogle({ ...options, sheets: initial });
  return {
    fake,
    host: hostOver(fake),
    observe: async () => fake.observe(),
    typeValue: async (sheet, a1, value) => fake.typeValue(sheet, a1, value),
    addUserConditionalFormat: async (sheet, range, text, fill) =>
      fake.addUserConditionalFormat(sheet, range, text, fill),
    decorateCell: async (sheet, a1, d) => {
      // Through SpreadsheetApp, as a teacher's own script or the Sheets UI would set them.
      const { app, ss } = realTypes(fake);
      const cell = ss.getSheetByName(sheet)!.getRange(a1);
      if (d.fill !== undefined) cell.setBackground(d.fill);
      if (d.note !== undefined) cell.setNote(d.note);
      if (d.listValues !== undefined)
        cell.setDataValidation(app.newDataValidation().requireValueInList(d.listValues, true).build());
    },
    calls: () => fake.calls.total,
    failAtCall: (k) => fake.calls.failAtCall(k),
  };
}
