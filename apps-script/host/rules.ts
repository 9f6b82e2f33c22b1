// Validation and conditional-format rules as Sheets builds them, and how provmap knows its own rules.

import type { ConditionalFormatPlan, ValidationPlan } from '../../core/plan/types.js';
import { rectOf } from './check-plan.js';
import { a1 } from '../../core/grid.js';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Sheets has no whole-number rule, so it is a custom formula relative to the range's top-left cell.
 * (A formula rule set on a range is read relative to that range's first cell.)
 */
export function wholeNumberFormula(topLeft: string, min: number, max: number): string {
  return `=AND(ISNUMBER(${topLeft}),${topLeft}=INT(${topLeft}),${topLeft}>=${min},${topLeft}<=${max})`;
}

/** The range a list-from-range rule reads: a named range, or a sheet-qualified A1 range. */
function sourceRange(ss: Spreadsheet, source: string): GoogleAppsScript.Spreadsheet.Range {
  const ref = source.replace(/^=/, '');
  const named = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(ref) ? ss.getRangeByName(ref) : null;
  return named ?? ss.getRange(ref);
}

/** A data validation for one planned range. */
export function buildValidation(
  app: App,
  ss: Spreadsheet,
  v: ValidationPlan,
): GoogleAppsScript.Spreadsheet.DataValidation {
  const b = app.newDataValidation().setHelpText(v.help);
  const rule = v.rule;
  switch (rule.kind) {
    case 'list-from-range':
      return b.requireValueInRange(sourceRange(ss, rule.source), true).setAllowInvalid(!rule.strict).build();
    case 'list':
      return b
        .requireValueInList([...rule.values], true)
        .setAllowInvalid(!rule.strict)
        .build();
    case 'whole-number': {
      const r = rectOf(v.range, 'validation');
      return b
        .requireFormulaSatisfied(wholeNumberFormula(a1(r.top, r.left), rule.min, rule.max))
        .setAllowInvalid(false)
        .build();
    }
    case 'decimal':
      return b.requireNumberBetween(rule.min, rule.max).setAllowInvalid(false).build();
    case 'date':
      return b.requireDate().setAllowInvalid(false).build();
  }
}

/** A conditional format rule for one planned range on `sheet`. */
export function buildConditionalFormat(
  app: App,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  cf: ConditionalFormatPlan,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  const b = app.newConditionalFormatRule().setRanges([sheet.getRange(cf.range)]);
  if (cf.rule.kind === 'text-equals') b.whenTextEqualTo(cf.rule.text);
  else b.whenFormulaSatisfied(`=${cf.rule.formula}`);
  b.setBackground(cf.style.fill).setFontColor(cf.style.fontColor);
  if (cf.style.bold) b.setBold(true);
  return b.build();
}

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

function signature(
  kind: string,
  condition: string,
  fill: string | null,
  font: string | null,
  bold: boolean,
): string {
  const cond =
    kind === 'formula'
      ? condition.replace(/^=/, '').replace(/\s+/g, '').toUpperCase()
      : condition.toLowerCase();
  return hash(JSON.stringify([kind, cond, (fill ?? '').toLowerCase(), (font ?? '').toLowerCase(), bold]));
}

/** What makes a rule provmap's: its condition and look, not its range (teachers insert rows). */
export function planSignature(cf: ConditionalFormatPlan): string {
  const condition = cf.rule.kind === 'text-equals' ? cf.rule.text : cf.rule.formula;
  return signature(cf.rule.kind, condition, cf.style.fill, cf.style.fontColor, cf.style.bold === true);
}

/** The signature of a rule found on a sheet, or null for rules provmap never writes (gradients...). */
export function existingSignature(
  app: App,
  rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
): string | null {
  const cond = rule.getBooleanCondition();
  if (!cond) return null;
  const type = cond.getCriteriaType();
  const kind =
    type === app.BooleanCriteria.TEXT_EQUAL_TO
      ? 'text-equals'
      : type === app.BooleanCriteria.CUSTOM_FORMULA
        ? 'formula'
        : null;
  if (kind === null) return null;
  const value = String(cond.getCriteriaValues()[0] ?? '');
  return signature(kind, value, cond.getBackground(), cond.getFontColor(), cond.getBold() === true);
}
