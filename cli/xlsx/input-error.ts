// Errors about the files handed to provmap (not found, not a spreadsheet). Only the CLI and panels turn
// their codes into prose.

export type InputErrorCode =
  | 'FILE_NOT_FOUND'
  | 'NOT_A_SPREADSHEET'
  | 'SAME_INPUT_OUTPUT'
  | 'BAD_OUTPUT'
  /** The workbook has none of the sheets provmap made that the command works on. */
  | 'NOT_STRUCTURED'
  /** An Excel workbook (a zip with a workbook part) holding something provmap cannot read. */
  | 'UNREADABLE_WORKBOOK'
  /** A CSV file that cannot be split into rows, such as a quotation mark never closed. */
  | 'UNREADABLE_CSV'
  /** The file exists but may not be read (permissions). */
  | 'CANNOT_READ'
  /** The output cannot be written: permissions, a full disk, or (on Windows) the file is open in Excel. */
  | 'CANNOT_WRITE';

/** A file provmap was asked to read cannot be used. `path` is the name the user gave. */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly path: string,
    message: string,
    /** What exactly went wrong, for the curious and for bug reports ("line 3", a library's message). */
    readonly detail: string | null = null,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
