// The Apps Script services provmap uses, passed explicitly so every module can run over a fake.

/** The global services of an Apps Script execution. `sheets` is the advanced service, if enabled. */
export interface AppsScriptServices {
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  lock: GoogleAppsScript.Lock.LockService;
  properties: GoogleAppsScript.Properties.PropertiesService;
  script: GoogleAppsScript.Script.ScriptApp;
  html: GoogleAppsScript.HTML.HtmlService;
  utilities: GoogleAppsScript.Utilities.Utilities;
  sheets: GoogleAppsScript.Sheets | undefined;
}

/**
 * The real globals, looked up when called (never when the bundle loads: in AuthMode.NONE touching a
 * service that needs authorization fails, and a custom function may not have them all).
 */
export function globalServices(): AppsScriptServices {
  return {
    app: SpreadsheetApp,
    lock: LockService,
    properties: PropertiesService,
    script: ScriptApp,
    html: HtmlService,
    utilities: Utilities,
    sheets: typeof Sheets === 'undefined' ? undefined : Sheets,
  };
}
