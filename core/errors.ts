// Misuse and bad configuration throw these; messy input never throws (it becomes a Diagnostic).

/** Stable codes the edges (CLI, panel) turn into prose. */
export type ProvmapErrorCode =
  | 'NO_TABLE_FOUND'
  | 'SHEET_NOT_FOUND'
  | 'UNKNOWN_SCALE'
  | 'BAD_SCALE_DEFINITION'
  | 'BAD_SETTINGS'
  | 'BAD_PLAN'
  | 'HOST_LIMIT'
  | 'BUSY'
  | 'CHANGED_SINCE_READ'
  | 'UNSUPPORTED_HOST';

/** Base class of every error core throws on purpose. */
export class ProvmapError extends Error {
  constructor(
    readonly code: ProvmapErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ProvmapError';
  }
}

/** A sheet has no table provmap can recognise (no header row with known columns). */
export class NoTableFoundError extends ProvmapError {
  constructor(readonly sheet: string) {
    super('NO_TABLE_FOUND', `No provision map, tracker or class list was found on sheet "${sheet}".`);
    this.name = 'NoTableFoundError';
  }
}

/** A scale id that is neither built in nor defined by the school. */
export class UnknownScaleError extends ProvmapError {
  constructor(readonly scaleId: string) {
    super('UNKNOWN_SCALE', `Unknown scale "${scaleId}".`);
    this.name = 'UnknownScaleError';
  }
}

/** A plan that breaks a host rule (too many cells, text too long...), caught before anything is written. */
export class PlanError extends ProvmapError {
  constructor(message: string) {
    super('BAD_PLAN', message);
    this.name = 'PlanError';
  }
}

/** Settings that cannot be used (negative tolerance, a school scale with duplicate steps...). */
export class SettingsError extends ProvmapError {
  constructor(message: string) {
    super('BAD_SETTINGS', message);
    this.name = 'SettingsError';
  }
}
