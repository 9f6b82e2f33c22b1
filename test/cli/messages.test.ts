// Every error code a user can meet has its own explanation: never "stopped unexpectedly", never a bare code.

import { describe, expect, it } from 'vitest';
import { explainError } from '../../cli/messages.js';
import { InputError } from '../../cli/xlsx/input-error.js';
import type { InputErrorCode } from '../../cli/xlsx/input-error.js';
import { ProvmapError } from '../../core/errors.js';
import type { ProvmapErrorCode } from '../../core/errors.js';

// Records over the code unions: the compiler fails this file when a code is added and not listed here.
const INPUT_CODES: Record<InputErrorCode, true> = {
  FILE_NOT_FOUND: true,
  NOT_A_SPREADSHEET: true,
  SAME_INPUT_OUTPUT: true,
  BAD_OUTPUT: true,
  NOT_STRUCTURED: true,
  UNREADABLE_WORKBOOK: true,
  UNREADABLE_CSV: true,
  CANNOT_READ: true,
  CANNOT_WRITE: true,
};

const PROVMAP_CODES: Record<ProvmapErrorCode, true> = {
  NO_TABLE_FOUND: true,
  SHEET_NOT_FOUND: true,
  UNKNOWN_SCALE: true,
  BAD_SCALE_DEFINITION: true,
  BAD_SETTINGS: true,
  BAD_PLAN: true,
  HOST_LIMIT: true,
  BUSY: true,
  CHANGED_SINCE_READ: true,
  UNSUPPORTED_HOST: true,
};

const UNEXPECTED = /unexpectedly|please report this with/i;
const PATH = 'Class 3 (autumn).xlsx';

describe('explainError', () => {
  for (const code of Object.keys(INPUT_CODES) as InputErrorCode[])
    it(`explains the file problem ${code} in its own words, naming the file`, () => {
      const e = new InputError(code, PATH, `internal text for ${code}`, 'detail');
      const { message, hint } = explainError(e);
      expect(message).not.toMatch(UNEXPECTED);
      expect(message).not.toContain(code);
      expect(message).not.toContain('internal text');
      expect(message).toContain(PATH);
      expect(hint ?? '').not.toMatch(/stopped unexpectedly/);
    });

  for (const code of Object.keys(PROVMAP_CODES) as ProvmapErrorCode[])
    it(`explains ${code} with core's message, never as a crash`, () => {
      const { message, hint } = explainError(new ProvmapError(code, 'The sheet "Tracker" is too wide.'));
      expect(message).toContain('The sheet "Tracker" is too wide.');
      expect(message).not.toMatch(UNEXPECTED);
      expect(`${message} ${hint ?? ''}`).not.toContain(code);
    });

  it('each file problem has a different explanation', () => {
    const messages = (Object.keys(INPUT_CODES) as InputErrorCode[]).map(
      (code) => explainError(new InputError(code, PATH, '')).message,
    );
    expect(new Set(messages).size).toBe(messages.length);
  });

  it('says how to structure the file first when a command needs a structured workbook', () => {
    const { message, hint } = explainError(
      new InputError('NOT_STRUCTURED', PATH, '', '"Provision Map", "Tracker" or "School Map"'),
    );
    expect(message).toContain('has no "Provision Map", "Tracker" or "School Map" sheet made by provmap');
    expect(hint).toContain(`provmap structure "${PATH}" -o <new file>.xlsx`);
  });

  it('names the file and the reason when a write is refused', () => {
    const { message, hint } = explainError(new InputError('CANNOT_WRITE', 'out.xlsx', '', 'EBUSY'));
    expect(message).toBe('Cannot write "out.xlsx" (EBUSY).');
    expect(hint).toMatch(/open in Excel/);
  });

  it('still calls an error provmap did not expect a crash, asking for a report', () => {
    const { message, hint } = explainError(new TypeError('x is undefined'));
    expect(message).toBe('provmap stopped unexpectedly: x is undefined');
    expect(hint).toMatch(/report/);
  });
});
