// The fake's request context: commands queue until sync(), loads are readable only after it, one sync at a
// time, requests over 5 MB are refused whole, and a failing command leaves earlier ones applied.

import { FakeOfficeError } from './state.js';
import type { FakeWorkbookState } from './state.js';

interface Op {
  mutating: boolean;
  bytes: number;
  apply: () => void;
  /** Runs only when the whole sync succeeded: makes loaded values readable. */
  after?: () => void;
  responseBytes?: () => number;
}

const PROPERTY_NOT_LOADED = 'PropertyNotLoaded';

export class FakeContext {
  private queue: Op[] = [];
  private syncing = false;

  constructor(readonly state: FakeWorkbookState) {}

  /** Queues a command that changes the workbook. `args` is what Office.js would send (sized as JSON). */
  mutate(args: unknown, apply: () => void): void {
    this.queue.push({
      mutating: true,
      bytes: sizeOf(args) + 40,
      apply: () => {
        this.state.mutate();
        apply();
      },
    });
  }

  /** Queues a read; `compute` runs at sync time, `commit` publishes its result after a successful sync. */
  read<T>(compute: () => T, commit: (value: T) => void): void {
    let value: T;
    let bytes = 0;
    this.queue.push({
      mutating: false,
      bytes: 40,
      apply: () => {
        value = compute();
        bytes = sizeOf(value);
      },
      after: () => commit(value),
      responseBytes: () => bytes,
    });
  }

  /** Queues a command that changes no data (selection, calculation): not a mutation for fault injection. */
  command(apply: () => void): void {
    this.read(apply, () => undefined);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    if (this.syncing)
      throw new FakeOfficeError('InvalidOperation', 'sync() called while another sync is still running');
    if (this.state.hangNextSync) {
      // Excel on the web sometimes never answers: the promise stays pending.
      this.state.hangNextSync = false;
      this.state.syncs++;
      return new Promise<void>(() => undefined);
    }
    this.syncing = true;
    const ops = this.queue;
    this.queue = [];
    this.state.syncs++;
    try {
      await Promise.resolve();
      const request = ops.reduce((n, op) => n + op.bytes, 0);
      this.state.largestRequest = Math.max(this.state.largestRequest, request);
      if (request > this.state.payloadLimit)
        throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `request of ${request} bytes`);
      for (const op of ops) op.apply();
      const response = ops.reduce((n, op) => n + (op.responseBytes?.() ?? 0), 0);
      if (response > this.state.payloadLimit)
        throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `response of ${response} bytes`);
      for (const op of ops) op.after?.();
    } finally {
      this.syncing = false;
    }
  }
}

function sizeOf(value: unknown): number {
  if (value === undefined) return 0;
  return (
    JSON.stringify(value, (_k, v: unknown) =>
      typeof v === 'object' && v !== null && 'fakeProxy' in v ? '<proxy>' : v,
    )?.length ?? 0
  );
}

/** Base of every proxy: properties become readable only once a load was synced. */
export class FakeObject {
  /** Marks proxies so request sizing does not walk into them. */
  readonly fakeProxy = true;
  private readonly loaded = new Map<string, unknown>();

  constructor(readonly context: FakeContext) {}

  protected get state(): FakeWorkbookState {
    return this.context.state;
  }

  protected get(prop: string): unknown {
    if (!this.loaded.has(prop))
      throw new FakeOfficeError(
        PROPERTY_NOT_LOADED,
        `The property '${prop}' is not available. Before reading it, call load and then context.sync().`,
      );
    return this.loaded.get(prop);
  }

  /** Queues a load of the named properties; `compute` returns them all. */
  protected loadProps(props: readonly string[], compute: () => Record<string, unknown>): void {
    this.context.read(
      () => {
        const all = compute();
        const out: Record<string, unknown> = {};
        for (const p of props) {
          if (!(p in all)) throw new FakeOfficeError('InvalidArgument', `cannot load '${p}'`);
          out[p] = all[p];
        }
        return out;
      },
      (out) => {
        for (const [k, v] of Object.entries(out)) this.loaded.set(k, v);
      },
    );
  }

  /** Marks a property readable without a load (set by a command whose result is known). */
  protected publish(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
  }
}

/** Property names from Office.js load arguments: 'a,b', ['a','b'] or { select: 'a,b' }. */
export function propNames(spec: unknown): string[] {
  if (spec === undefined) return [];
  if (typeof spec === 'string')
    return spec
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap(propNames);
  if (typeof spec === 'object' && spec !== null && 'select' in spec)
    return propNames((spec as { select: unknown }).select);
  throw new FakeOfficeError('InvalidArgument', 'unsupported load argument');
}
