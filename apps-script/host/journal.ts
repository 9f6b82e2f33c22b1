// Undo steps for a plan being written: on failure they run in reverse, so the workbook is as it was.

/** Raised when undoing failed too; the labelled backup sheets are then kept for the teacher. */
export class RollbackError extends Error {
  constructor(
    readonly cause: unknown,
    readonly rollbackFailures: unknown[],
  ) {
    super(
      `${cause instanceof Error ? cause.message : String(cause)} Undoing the change also failed; ` +
        'copies of the sheets as they were are kept as "provmap backup" sheets.',
    );
    this.name = 'RollbackError';
  }
}

export class Journal {
  private readonly undo: (() => void)[] = [];
  private readonly cleanup: (() => void)[] = [];

  /** Registers how to undo a step (pushed before changing something that exists, after creating something). */
  onRollback(step: () => void): void {
    this.undo.push(step);
  }

  /** Registers a step that runs at the end whatever happens (removing backups), unless undoing failed. */
  atEnd(step: () => void): void {
    this.cleanup.push(step);
  }

  /** Undoes every registered step, newest first; throws RollbackError if any undo step failed. */
  rollback(cause: unknown): never {
    const failures: unknown[] = [];
    for (const step of [...this.undo].reverse()) {
      try {
        step();
      } catch (e) {
        failures.push(e);
      }
    }
    if (failures.length > 0) throw new RollbackError(cause, failures);
    this.finish();
    throw cause;
  }

  /** Runs the end steps. A failure here leaves a visible, labelled backup sheet: never lost data. */
  finish(): void {
    for (const step of this.cleanup) {
      try {
        step();
      } catch {
        // A backup that could not be removed stays visible under its "provmap backup" name.
      }
    }
  }
}
