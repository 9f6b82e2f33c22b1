// Turns a plan value into what setValues writes, so text always lands as text and only Formula is a formula.
//
// Sheets parses every string written with setValues as if typed: "=1+1" becomes a formula, "-3" a number,
// "1:6" a time, "3/4" a date. A leading apostrophe makes Sheets keep the rest as text (the apostrophe is
// not part of the value that getValues returns). provmap writes values before number formats, on cells
// whose format was just cleared, so the apostrophe is read the same way whatever format comes after.

import { PlanError } from '../../core/errors.js';
import type { PlanValue } from '../../core/plan/types.js';

/** Text Sheets cannot mistake for anything else: starts with a letter, has no digit, is not TRUE/FALSE. */
const PLAIN_TEXT = /^\p{L}[^\d]*$/u;

/** True when a string must be written behind an apostrophe to stay the same text. */
export function needsTextGuard(text: string): boolean {
  if (text === '') return false;
  return !PLAIN_TEXT.test(text) || /^\s*(true|false)\s*$/i.test(text);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The value to hand setValues for one planned cell. */
export function toSheetsInput(value: PlanValue | undefined): string | number | boolean {
  if (value === null || value === undefined) return '';
  switch (typeof value) {
    case 'string':
      return needsTextGuard(value) ? `'${value}` : value;
    case 'number':
      if (!Number.isFinite(value)) throw new PlanError(`Cannot write the number ${value} to a cell.`);
      return value;
    case 'boolean':
      return value;
    default:
      if ('formula' in value) return `=${value.formula}`;
      // Sheets reads an ISO date typed into a cell as that calendar day in the spreadsheet's time zone.
      if (!ISO_DATE.test(value.date)) throw new PlanError(`Not a yyyy-mm-dd date: ${value.date}`);
      return value.date;
  }
}
