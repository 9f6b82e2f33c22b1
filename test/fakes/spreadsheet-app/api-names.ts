// Compile-time check that the fake invents no method: every public method exists in @types/google-apps-script.

import type {
  FakeBooleanCondition,
  FakeConditionalFormatRule,
  FakeConditionalFormatRuleBuilder,
} from './conditional-format.js';
import type { FakeNamedRange, FakeProtection } from './protection.js';
import type { FakeRange, FakeRangeList } from './range.js';
import type { FakeLock, FakeProperties } from './services.js';
import type { FakeSheet } from './sheet.js';
import type { FakeSpreadsheet } from './spreadsheet.js';
import type { FakeDataValidation, FakeDataValidationBuilder } from './validation.js';

type S = GoogleAppsScript.Spreadsheet.Range;
type Invented<Fake, Real, Own extends PropertyKey = never> = Exclude<keyof Fake, keyof Real | Own>;
type None<T extends never> = T;

/** Each alias fails to compile if the fake has a public member Apps Script does not. */
export type Checks = [
  None<Invented<FakeRange, S, 'location'>>,
  None<Invented<FakeRangeList, GoogleAppsScript.Spreadsheet.RangeList>>,
  None<Invented<FakeSheet, GoogleAppsScript.Spreadsheet.Sheet, 'storage'>>,
  None<Invented<FakeSpreadsheet, GoogleAppsScript.Spreadsheet.Spreadsheet, 'storage'>>,
  None<Invented<FakeDataValidation, GoogleAppsScript.Spreadsheet.DataValidation, 'state'>>,
  None<Invented<FakeDataValidationBuilder, GoogleAppsScript.Spreadsheet.DataValidationBuilder>>,
  None<Invented<FakeConditionalFormatRule, GoogleAppsScript.Spreadsheet.ConditionalFormatRule, 'state'>>,
  None<Invented<FakeConditionalFormatRuleBuilder, GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>>,
  None<Invented<FakeBooleanCondition, GoogleAppsScript.Spreadsheet.BooleanCondition>>,
  None<Invented<FakeProtection, GoogleAppsScript.Spreadsheet.Protection>>,
  None<Invented<FakeNamedRange, GoogleAppsScript.Spreadsheet.NamedRange>>,
  None<Invented<FakeLock, GoogleAppsScript.Lock.Lock>>,
  None<Invented<FakeProperties, GoogleAppsScript.Properties.Properties, 'data'>>,
];
