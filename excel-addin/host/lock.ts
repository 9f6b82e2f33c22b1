// One write at a time: the task pane and ribbon commands share a runtime, so a second run says "busy".

import { ProvmapError } from '../../core/errors.js';

/** A second action started while one is still writing. */
export class BusyError extends ProvmapError {
  constructor() {
    super('BUSY', 'provmap is still working on the last action. Wait for it to finish, then try again.');
    this.name = 'BusyError';
  }
}

/** A non-blocking lock: `run` refuses at once when held, rather than queueing. */
export class WriteLock {
  private held = false;

  get busy(): boolean {
    return this.held;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.held) throw new BusyError();
    this.held = true;
    try {
      return await work();
    } finally {
      this.held = false;
    }
  }
}
