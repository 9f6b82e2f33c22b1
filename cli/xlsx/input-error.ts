// Errors about the files handed to provmap (not found, not a spreadsheet). Only the CLI and panels turn
// their codes into prose.

export type InputErrorCode =
  | 'FILE_NOT_FOUND'
  | 'NOT_A_SPREADSHEET'
  | 'SAME_INPUT_OUTPUT'
  | 'BAD_OUTPUT'
  /** The workbook has none of the sheets provmap made that the command works on. */
  | 'NOT_STRUCTURED';

/** A file provmap was asked to read cannot be used. `path` is the name the user gave. */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
