// Plan validation and warning-only protection as Excel data-validation settings (ExcelApi 1.8).

import { PlanError } from '../../core/errors.js';
import type { ProtectionPlan, ValidationPlan } from '../../core/plan/types.js';

/** Everything one `range.dataValidation` receives. */
export interface ExcelValidation {
  rule: Excel.DataValidationRule;
  errorAlert: Excel.DataValidationErrorAlert;
  prompt: Excel.DataValidationPrompt;
  ignoreBlanks: boolean;
}

/** Excel caps a validation title at 32 characters and its messages at 255. */
const TITLE_MAX = 32;
const MESSAGE_MAX = 255;
/** A fixed list is written as one comma-separated string of at most 255 characters. */
const LIST_SOURCE_MAX = 255;

/**
 * The custom formula of a warning-only protection. It is never true, so typing into the range shows
 * Excel's warning, and the teacher may still choose to keep the value: Excel has no other warning-only
 * protection, and sheet protection would lock teachers out and clear the undo history.
 */
export const PROTECTION_FORMULA = '=AND(FALSE,"provmap")';

const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** The source of a list-from-range rule as Excel wants it: a formula ('=PM_SCALE_NC', '=Pupils!$A$2:$A$40'). */
export function listSource(source: string): string {
  return source.startsWith('=') ? source : `=${source}`;
}

/** Translates one planned validation; throws PlanError for a fixed list Excel cannot hold. */
export function excelValidation(v: ValidationPlan): ExcelValidation {
  const r = v.rule;
  let rule: Excel.DataValidationRule;
  let strict = true;
  switch (r.kind) {
    case 'list-from-range':
      rule = { list: { inCellDropDown: true, source: listSource(r.source) } };
      strict = r.strict;
      break;
    case 'list': {
      const bad = r.values.find((item) => item.includes(','));
      const source = r.values.join(',');
      if (bad !== undefined || source.length > LIST_SOURCE_MAX)
        throw new PlanError(
          `The dropdown on ${v.range} cannot be a fixed Excel list (${bad !== undefined ? `"${bad}" holds a comma` : 'over 255 characters'}); use a list from a range.`,
        );
      rule = { list: { inCellDropDown: true, source } };
      strict = r.strict;
      break;
    }
    case 'whole-number':
      rule = { wholeNumber: { formula1: r.min, formula2: r.max, operator: 'Between' } };
      break;
    case 'decimal':
      rule = { decimal: { formula1: r.min, formula2: r.max, operator: 'Between' } };
      break;
    case 'date':
      rule = { date: { formula1: '1900-01-01', operator: 'GreaterThanOrEqualTo' } };
      break;
  }
  return {
    rule,
    errorAlert: {
      showAlert: true,
      style: strict ? 'Stop' : 'Warning',
      title: clip('provmap', TITLE_MAX),
      message: clip(v.help, MESSAGE_MAX),
    },
    prompt: {
      showPrompt: v.help !== '',
      title: clip('provmap', TITLE_MAX),
      message: clip(v.help, MESSAGE_MAX),
    },
    ignoreBlanks: true,
  };
}

/** A warning-only protection: a never-true custom rule with a Warning alert that explains the range. */
export function excelProtection(p: ProtectionPlan): ExcelValidation {
  const message = clip(`${p.description} Keep your change anyway?`, MESSAGE_MAX);
  return {
    rule: { custom: { formula: PROTECTION_FORMULA } },
    errorAlert: { showAlert: true, style: 'Warning', title: clip('Computed by provmap', TITLE_MAX), message },
    prompt: { showPrompt: false, title: '', message: '' },
    ignoreBlanks: false,
  };
}

/** True for the custom rule provmap writes for a warning-only protection. */
export function isProtectionRule(rule: Excel.DataValidationRule | null | undefined): boolean {
  const f = rule?.custom?.formula;
  return typeof f === 'string' && f.replace(/\s+/g, '').toUpperCase() === PROTECTION_FORMULA.toUpperCase();
}
