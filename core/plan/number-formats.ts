// Number formats provmap writes: Excel-style codes every host understands.

/** Text: what a person types stays text (so "1:6" is not a time and "=x" is not a formula). */
export const TEXT_FORMAT = '@';
/** Dates, unambiguous in every locale. */
export const DATE_FORMAT = 'yyyy-mm-dd';
export const WHOLE_FORMAT = '0';
export const DECIMAL_FORMAT = '0.00';
export const PERCENT_FORMAT = '0%';

/** Money in the school's currency, e.g. "£"#,##0.00 (the symbol quoted, so any symbol is safe). */
export function currencyFormat(currency: string): string {
  return `"${currency.replace(/"/g, '')}"#,##0.00`;
}
