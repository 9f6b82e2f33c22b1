// Text as xlsx stores it: characters XML cannot carry are written as OOXML _xHHHH_ escapes.

/** Excel's limit on characters in one cell. */
export const MAX_CELL_CHARS = 32_767;

/**
 * Encodes text for an xlsx shared string so that it reads back exactly. XML turns a raw CR into LF and
 * ExcelJS drops other control characters, so they are written as `_xHHHH_`, which Excel, LibreOffice and
 * ExcelJS decode. Text that already looks like an escape gets its underscore escaped (`_x005F_`), as the
 * OOXML spec says, so a teacher who typed "_x000D_" keeps it.
 */
export function encodeCellText(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
    /[\u0000-\u0008\u000B-\u001F]/g,
    (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/** True for text a spreadsheet could take for a formula, or that hides a leading control character. */
export function isRiskyText(text: string): boolean {
  return /^[=+\-@\t\r\n]/.test(text);
}
