// Compile-time check that the fake's selection methods take and return what Office.js's do.

import type { FakeRange } from './range.js';
import type { FakeRequestContext, FakeWorksheet } from './workbook.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type True<T extends true> = T;
type SelectedRange = FakeRequestContext['workbook']['getSelectedRange'];

/** Each entry fails to compile if the fake's signature differs from Office.js's. */
export type Checks = [
  True<Same<Parameters<FakeRange['select']>, Parameters<Excel.Range['select']>>>,
  True<Same<ReturnType<FakeRange['select']>, ReturnType<Excel.Range['select']>>>,
  True<Same<Parameters<FakeWorksheet['activate']>, Parameters<Excel.Worksheet['activate']>>>,
  True<Same<ReturnType<FakeWorksheet['activate']>, ReturnType<Excel.Worksheet['activate']>>>,
  True<Same<Parameters<SelectedRange>, Parameters<Excel.Workbook['getSelectedRange']>>>,
];
