// Counts the fake's API calls (round trips) and injects a failure at the k-th mutating call.

/** One counted call: which method, and whether it changes the spreadsheet. */
export interface CallRecord {
  method: string;
  mutating: boolean;
}

/** The error an injected failure throws, shaped like an Apps Script service error. */
export class InjectedFailure extends Error {
  constructor(method: string) {
    super(`Service Spreadsheets failed while accessing document (injected failure in ${method}).`);
    this.name = 'Exception';
  }
}

/** Every fake service reports its calls here; tests read the totals. */
export class CallLog {
  readonly records: CallRecord[] = [];
  private failIn: number | null = null;
  private failing = false;
  private muted = 0;
  /** Checked before every call: throws when the current authorization mode forbids it. */
  guard: ((method: string, mutating: boolean) => void) | null = null;

  /** Records a call; throws an InjectedFailure when this is the mutating call a test asked to fail. */
  tick(method: string, mutating: boolean): void {
    if (this.muted > 0) return;
    this.guard?.(method, mutating);
    this.records.push({ method, mutating });
    if (!mutating) return;
    if (this.failing) throw new InjectedFailure(method);
    if (this.failIn === null) return;
    this.failIn -= 1;
    if (this.failIn === 0) {
      this.failIn = null;
      throw new InjectedFailure(method);
    }
  }

  /** Runs `fn` without counting the calls it makes (one batched call doing the work of several). */
  mute<T>(fn: () => T): T {
    this.muted++;
    try {
      return fn();
    } finally {
      this.muted--;
    }
  }

  /** Makes the k-th mutating call from now fail (1 = the next one); null turns it off. */
  failAtCall(k: number | null): void {
    this.failIn = k;
  }

  /** Makes every mutating call fail from now on (a quota or an outage), or stops that. */
  failAll(on: boolean): void {
    this.failing = on;
  }

  get total(): number {
    return this.records.length;
  }

  get mutating(): number {
    return this.records.filter((r) => r.mutating).length;
  }

  /** Calls per method name since `from` (an index into records), for round-trip assertions. */
  countsSince(from = 0): Record<string, number> {
    const out: Record<string, number> = {};
    for (const r of this.records.slice(from)) out[r.method] = (out[r.method] ?? 0) + 1;
    return out;
  }
}
