// The one place error codes become prose for people at a command line.

import type { ProvmapErrorCode } from '../core/errors.js';
import { ProvmapError } from '../core/errors.js';
import { InputError } from './xlsx/input-error.js';
import type { InputErrorCode } from './xlsx/input-error.js';

/** An error explained: what went wrong, and what to do about it. */
export interface Explained {
  message: string;
  hint: string | null;
}

const RESAVE =
  'Open it in Excel or LibreOffice, save it again as an Excel workbook (.xlsx), and run provmap on the saved copy.';

/** Every file problem a user can meet, explained; the switch is exhaustive so a new code cannot be missed. */
function explainInput(code: InputErrorCode, path: string, detail: string | null): Explained {
  switch (code) {
    case 'FILE_NOT_FOUND':
      return {
        message: `Cannot find the file "${path}".`,
        hint: 'Check the name and the folder, then try again.',
      };
    case 'NOT_A_SPREADSHEET':
      return {
        message: `"${path}" is not a spreadsheet provmap can read.`,
        hint: 'provmap reads Excel workbooks (.xlsx) and CSV files. In Excel or Google Sheets, save or download the file as .xlsx.',
      };
    case 'UNREADABLE_WORKBOOK':
      return {
        message: `"${path}" is an Excel workbook, but provmap could not read everything in it${detail ? ` (${detail})` : ''}.`,
        hint: `Your file is unchanged. ${RESAVE} If that does not help, please report it with the command you ran.`,
      };
    case 'UNREADABLE_CSV':
      return {
        message: `"${path}" could not be read as a CSV file${detail ? `: ${detail}` : ''}.`,
        hint: 'Check the quotation marks around the line named (a quoted value must end with a closing quote), or open the file in Excel and save it as .xlsx.',
      };
    case 'CANNOT_READ':
      return {
        message: `provmap is not allowed to read "${path}".`,
        hint: 'Check that you can open the file yourself, and that no other program has it locked; then try again.',
      };
    case 'CANNOT_WRITE':
      return {
        message: `Cannot write "${path}"${detail ? ` (${detail})` : ''}.`,
        hint: 'Close the file if it is open in Excel, check that the folder exists and you may save in it, and that the disk is not full; or choose another name with -o.',
      };
    case 'SAME_INPUT_OUTPUT':
      return {
        message: `The output file "${path}" is also an input file.`,
        hint: 'provmap never overwrites the file it reads: give another name with -o, such as class-3-structured.xlsx.',
      };
    case 'BAD_OUTPUT':
      return {
        message: `provmap writes Excel workbooks, so the output "${path}" must end in .xlsx.`,
        hint: null,
      };
    case 'NOT_STRUCTURED':
      return {
        message: `"${path}" has no ${detail ?? 'sheet'} sheet made by provmap, so there is nothing to work on yet.`,
        hint: `Structure the teacher's sheet first: provmap structure ${quoteArg(path)} -o <new file>.xlsx (add --kind tracking for a tracker), then run this command on the new file.`,
      };
  }
}

/** Every code core can throw, explained; the switch is exhaustive so a new code cannot be missed. */
function explainProvmap(code: ProvmapErrorCode, message: string): Explained {
  switch (code) {
    case 'NO_TABLE_FOUND':
      return {
        message,
        hint: 'provmap looks for a header row naming columns such as Intervention, Pupils, Entry data and Target (a provision map), Name with Baseline and assessment points (a tracker), or UPN, Surname and Forename (a class list). Use --sheet to pick the sheet, or --kind to say what it holds.',
      };
    case 'SHEET_NOT_FOUND':
      return { message, hint: 'Sheet names must match the tab name; put names with spaces in quotes.' };
    case 'UNKNOWN_SCALE':
      return {
        message,
        hint: 'Use a scale listed on the Scales sheet, or add the school’s own scale there, then run again.',
      };
    case 'BAD_SCALE_DEFINITION':
      return {
        message: `A scale cannot be used: ${message}`,
        hint: 'Check the scale on the Scales sheet: every step needs a name, and no step may appear twice.',
      };
    case 'BAD_SETTINGS':
      return { message: `The settings cannot be used: ${message}`, hint: null };
    case 'HOST_LIMIT':
      return {
        message: `The result does not fit in an Excel workbook: ${message}`,
        hint: 'Split the sheet into smaller ones (one per class or year group) and run provmap on each.',
      };
    case 'BAD_PLAN':
      return {
        message: `provmap cannot write this workbook: ${message}`,
        hint: 'Nothing was written. If this does not say what to change in your workbook, it is a fault in provmap: please report it with the command you ran.',
      };
    case 'BUSY':
      return {
        message: `Another provmap action is still working on this workbook: ${message}`,
        hint: 'Wait for it to finish, then try again.',
      };
    case 'CHANGED_SINCE_READ':
      return {
        message: `The workbook changed while provmap was working: ${message}`,
        hint: 'Nothing was written. Run the command again.',
      };
    case 'UNSUPPORTED_HOST':
      return { message: `This cannot be done here: ${message}`, hint: null };
  }
}

/** A path as a shell argument: quoted when it holds spaces or quotes. */
function quoteArg(path: string): string {
  return /^[\w./\\:@%+=,-]+$/.test(path) ? path : `"${path.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** A user-facing explanation of any error the CLI can meet. */
export function explainError(e: unknown): Explained {
  if (e instanceof InputError) return explainInput(e.code, e.path, e.detail);
  if (e instanceof ProvmapError) return explainProvmap(e.code, e.message);
  const message = e instanceof Error ? e.message : String(e);
  return {
    message: `provmap stopped unexpectedly: ${message}`,
    hint: 'Nothing was written. Please report this with the command you ran.',
  };
}
