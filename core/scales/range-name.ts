// Workbook names for scale ranges on the Scales sheet.

/**
 * The named range of a scale: 'nc-sublevels' -> 'PM_NC_SUBLEVELS'. Only letters, digits and
 * underscores, starting with the 'PM_' prefix, so it is a valid name in Excel, Google Sheets and
 * LibreOffice and never reads as a cell reference (A1 or R1C1) or as TRUE/FALSE. Distinct
 * kebab-case ids give distinct names.
 */
export function scaleRangeName(id: string): string {
  const body = id
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `PM_${body || 'SCALE'}`.slice(0, 250);
}
