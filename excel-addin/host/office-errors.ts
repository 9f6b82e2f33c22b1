// Excel's own failures, classified: payload too large, undo not supported, timeouts, and what to tell the user.

import { ProvmapError } from '../../core/errors.js';

/** Office.js error codes (OfficeExtension.Error.code) the adapter acts on. */
export const OFFICE_CODES = {
  requestTooLarge: 'RequestPayloadSizeLimitExceeded',
  responseTooLarge: 'ResponsePayloadSizeLimitExceeded',
  undoNotSupported: 'UndoNotSupported',
} as const;

/** The `code` of an Office.js error, or null for anything else. */
export function officeCode(err: unknown): string | null {
  if (typeof err !== 'object' || err === null) return null;
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/** True when Excel refused a request or response for its size; the caller retries with less. */
export function isPayloadTooLarge(err: unknown): boolean {
  const code = officeCode(err);
  return code === OFFICE_CODES.requestTooLarge || code === OFFICE_CODES.responseTooLarge;
}

/** True when an undo group met an API that cannot be undone. */
export function isUndoNotSupported(err: unknown): boolean {
  return officeCode(err) === OFFICE_CODES.undoNotSupported;
}

/** Excel did not answer a sync in time. What happened to that request is unknown until Excel answers. */
export class SyncTimeoutError extends ProvmapError {
  constructor(
    readonly step: string,
    readonly seconds: number,
  ) {
    super(
      'HOST_LIMIT',
      `Excel did not answer within ${seconds} seconds while ${step}. Check your connection, then try again.`,
    );
    this.name = 'SyncTimeoutError';
  }
}

/** The host is older than the requirement set an operation needs. */
export class UnsupportedHostError extends ProvmapError {
  constructor(
    readonly requirement: string,
    message: string,
  ) {
    super('UNSUPPORTED_HOST', message);
    this.name = 'UnsupportedHostError';
  }
}

/**
 * Writing a plan failed and provmap put the workbook back as it was (`restored`), or could not (then
 * `restoreError` says why). `cause` is Excel's own error.
 */
export class WriteFailedError extends ProvmapError {
  constructor(
    readonly officeCode: string | null,
    readonly restored: boolean,
    readonly restoreError: unknown,
    options: { cause: unknown },
  ) {
    super(
      'HOST_LIMIT',
      restored
        ? `Excel could not finish writing (${officeCode ?? 'error'}); provmap put your workbook back as it was.`
        : `Excel could not finish writing (${officeCode ?? 'error'}) and provmap could not fully undo it. Check provmap's sheets, or close the workbook without saving.`,
    );
    this.name = 'WriteFailedError';
    (this as { cause?: unknown }).cause = options.cause;
  }
}
