// The SpreadsheetApp global of the fake: the active spreadsheet, the Ui, builders and enums.

import { FakeConditionalFormatRuleBuilder } from './conditional-format.js';
import { BooleanCriteria, CopyPasteType, DataValidationCriteria, ProtectionType } from './enums.js';
import type { WorkbookState } from './model.js';
import { fakeUi, requireAuth, type FakeEnv, type UiLog } from './services.js';
import { spreadsheetApi, type FakeSpreadsheet } from './spreadsheet.js';
import { FakeDataValidationBuilder } from './validation.js';

export function fakeSpreadsheetApp(env: FakeEnv, wb: WorkbookState, ui: UiLog) {
  const active = (): FakeSpreadsheet => {
    requireAuth(env, 'SpreadsheetApp.getActiveSpreadsheet');
    return spreadsheetApi(wb);
  };
  return {
    DataValidationCriteria,
    BooleanCriteria,
    ProtectionType,
    CopyPasteType,
    getActiveSpreadsheet: active,
    getActive: active,
    getUi: () => fakeUi(ui),
    newDataValidation: () => new FakeDataValidationBuilder(wb),
    newConditionalFormatRule: () => new FakeConditionalFormatRuleBuilder(wb),
    flush: (): void => undefined,
  };
}
