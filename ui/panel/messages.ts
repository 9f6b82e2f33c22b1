// Turns stable error codes into the words a teacher reads (the panel is one of the edges that may).

import { BridgeError } from '../bridge.js';

const PROSE: Record<string, string> = {
  NO_TABLE_FOUND:
    'provmap could not find a table on this sheet. It needs a header row with columns such as Pupil, Intervention or Entry data.',
  SHEET_NOT_FOUND: 'That sheet is no longer in the workbook. Refresh the panel and try again.',
  UNKNOWN_SCALE: 'That grade scale is not known. Choose another scale, or add it in Settings.',
  BAD_SCALE_DEFINITION: 'A school scale in Settings cannot be used. Check that its steps are all different.',
  BAD_SETTINGS: 'These settings cannot be saved.',
  BAD_PLAN: 'provmap stopped before writing anything, because the result would break a spreadsheet limit.',
  HOST_LIMIT: 'The spreadsheet refused the change because it is too large. Nothing was written.',
  BUSY: 'Another provmap action is running in this spreadsheet. Try again in a moment.',
  CHANGED_SINCE_READ: 'The sheet changed while provmap was working, so nothing was written. Run it again.',
  UNSUPPORTED_HOST: 'This version of the spreadsheet program is too old for provmap.',
  UNEXPECTED: 'Something went wrong and nothing was changed.',
};

/** A short explanation of a failed call, with the detail the host gave. */
export function explain(error: unknown): { summary: string; detail: string } {
  const code = error instanceof BridgeError ? error.code : 'UNEXPECTED';
  const detail = error instanceof Error ? error.message : String(error);
  return { summary: PROSE[code] ?? PROSE.UNEXPECTED!, detail };
}

/** Kind of table, in the teacher's words. */
export const KIND_LABEL: Record<string, string> = {
  provision: 'Provision map',
  tracking: 'Progress tracker',
  'class-list': 'Class list',
  none: 'No table found',
};
