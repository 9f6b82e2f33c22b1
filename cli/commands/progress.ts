// Short stage lines on stderr ("Reading...", "Writing...") for runs long enough that a silent terminal
// would look stuck. Small runs stay quiet; stdout is never touched, so --json output stays one report.

import { stat } from 'node:fs/promises';
import type { CliIO } from './cli-io.js';

/** Files at least this big take seconds to read (about 2 s per MB of workbook). */
export const PROGRESS_FROM_BYTES = 512 * 1024;
/** From this many rows read, building and writing the new workbook take seconds. */
export const PROGRESS_FROM_ROWS = 500;

/** A count as a teacher writes it: 30,002. */
export function countText(n: number): string {
  return n.toLocaleString('en-GB');
}

/** The size of a file in bytes, or 0 when it cannot be seen (reading it will say why). */
export async function fileSize(path: string): Promise<number> {
  return stat(path).then(
    (s) => (s.isFile() ? s.size : 0),
    () => 0,
  );
}

/** Stage lines for one command run; silent until the input turns out to be large. */
export class Progress {
  private on = false;
  private readonly started = Date.now();

  constructor(private readonly io: CliIO) {}

  /** From now on, print stages if `large` (once on, stages stay on). */
  whenLarge(large: boolean): this {
    this.on ||= large;
    return this;
  }

  /** Prints one stage line, if stages are on. */
  stage(text: string): void {
    if (this.on) this.io.stderr(`${text}\n`);
  }

  /** The last stage line: how long the run took. */
  done(): void {
    this.stage(`Done in ${Math.max(1, Math.round((Date.now() - this.started) / 1000))} s.`);
  }
}
