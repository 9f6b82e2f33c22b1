// The one place error codes become prose for people at a command line.

import { ProvmapError } from '../core/errors.js';
import { InputError } from './xlsx/input-error.js';

/** An error explained: what went wrong, and what to do about it. */
export interface Explained {
  message: string;
  hint: string | null;
}

/** A user-facing explanation of any error the CLI can meet. */
export function explainError(e: unknown): Explained {
  if (e instanceof InputError) {
    switch (e.code) {
      case 'FILE_NOT_FOUND':
        return {
          message: `Cannot find the file "${e.path}".`,
          hint: 'Check the name and the folder, then try again.',
        };
      case 'NOT_A_SPREADSHEET':
        return {
          message: `"${e.path}" is not a spreadsheet provmap can read.`,
          hint: 'provmap reads Excel workbooks (.xlsx) and CSV files. In Excel or Google Sheets, save or download the file as .xlsx.',
        };
      case 'SAME_INPUT_OUTPUT':
        return {
          message: `The output file "${e.path}" is also an input file.`,
          hint: 'provmap never overwrites the file it reads: give another name with -o, such as class-3-structured.xlsx.',
        };
      case 'BAD_OUTPUT':
        return {
          message: `provmap writes Excel workbooks, so the output "${e.path}" must end in .xlsx.`,
          hint: null,
        };
    }
  }
  if (e instanceof ProvmapError) {
    switch (e.code) {
      case 'NO_TABLE_FOUND':
        return {
          message: e.message,
          hint: 'provmap looks for a header row naming columns such as Intervention, Pupils, Entry data and Target (a provision map), Name with Baseline and assessment points (a tracker), or UPN, Surname and Forename (a class list). Use --sheet to pick the sheet, or --kind to say what it holds.',
        };
      case 'SHEET_NOT_FOUND':
        return {
          message: e.message,
          hint: 'Sheet names must match the tab name; put names with spaces in quotes.',
        };
      case 'BAD_SETTINGS':
        return { message: `The settings cannot be used: ${e.message}`, hint: null };
      case 'HOST_LIMIT':
        return { message: `The result does not fit in an Excel workbook: ${e.message}`, hint: null };
      case 'BAD_PLAN':
        return {
          message: `provmap built something it cannot write (a bug in provmap): ${e.message}`,
          hint: null,
        };
      default:
        return { message: e.message, hint: null };
    }
  }
  const message = e instanceof Error ? e.message : String(e);
  return {
    message: `provmap stopped unexpectedly: ${message}`,
    hint: 'Nothing was written. Please report this with the command you ran.',
  };
}
