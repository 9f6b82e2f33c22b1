// The SpreadsheetApp enums the fake supports, as strings (Apps Script's enum objects compare by identity).

function enumOf<const K extends string>(...keys: K[]): { readonly [P in K]: P } {
  return Object.freeze(Object.fromEntries(keys.map((k) => [k, k]))) as { readonly [P in K]: P };
}

export const DataValidationCriteria = enumOf(
  'DATE_IS_VALID_DATE',
  'NUMBER_BETWEEN',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'TEXT_EQUAL_TO',
);

export const BooleanCriteria = enumOf('TEXT_EQUAL_TO', 'CUSTOM_FORMULA', 'TEXT_CONTAINS', 'CELL_EMPTY');

export const ProtectionType = enumOf('RANGE', 'SHEET');

export const CopyPasteType = enumOf(
  'PASTE_NORMAL',
  'PASTE_NO_BORDERS',
  'PASTE_FORMAT',
  'PASTE_FORMULA',
  'PASTE_DATA_VALIDATION',
  'PASTE_VALUES',
  'PASTE_CONDITIONAL_FORMATTING',
  'PASTE_COLUMN_WIDTHS',
);

export const AuthMode = enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');

export const ButtonSet = enumOf('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');

export const Button = enumOf('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
