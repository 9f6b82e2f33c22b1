// Sends many queued commands or loads in as few syncs as Excel's payload limit allows, splitting on refusal.

import { halve } from './chunker.js';
import type { RowChunk } from './chunker.js';
import { isPayloadTooLarge } from './office-errors.js';
import type { SyncGate } from './sync.js';

/** Office.js wraps every queued action in object paths and ids; a generous allowance per command. */
export const COMMAND_OVERHEAD_BYTES = 200;

/**
 * One unit of work with its estimated request plus response size. `queue` queues its commands or loads
 * and returns what to do once the sync succeeded (read loaded values); `split` gives smaller parts for a
 * retry after a payload error, or null when it cannot be split.
 */
export interface Part {
  bytes: number;
  queue(): (() => void) | void;
  split?(): Part[] | null;
}

/** A row-chunked part: `make` queues rows [start, end) and `split` halves the rows. */
export function rowPart(
  chunk: RowChunk,
  bytes: number,
  make: (chunk: RowChunk) => (() => void) | void,
): Part {
  return {
    bytes,
    queue: () => make(chunk),
    split: () => {
      const halves = halve(chunk);
      return halves ? halves.map((h) => rowPart(h, Math.ceil(bytes / 2), make)) : null;
    },
  };
}

/** A single command sized by the JSON of what it sends. */
export function commandPart(args: unknown, queue: () => void): Part {
  return { bytes: (JSON.stringify(args)?.length ?? 0) + COMMAND_OVERHEAD_BYTES, queue };
}

/** Groups consecutive parts so each sync carries at most `maxBytes` (a bigger part goes alone). */
export function packParts<T extends { bytes: number }>(parts: readonly T[], maxBytes: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const p of parts) {
    if (current.length > 0 && size + p.bytes > maxBytes) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(p);
    size += p.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Syncs the parts in order, one sync per packed batch (at least one sync, so the count does not depend on
 * what the sheets hold). A batch Excel refuses for its size is split and retried: nothing of a refused
 * request was applied. `before` runs ahead of each batch's commands (to suspend calculation, say).
 */
export async function syncParts(
  ctx: { sync(): Promise<unknown> },
  gate: SyncGate,
  parts: readonly Part[],
  maxBytes: number,
  step: string,
  before?: () => void,
): Promise<void> {
  const queue = packParts(parts, maxBytes);
  if (queue.length === 0) queue.push([]);
  while (queue.length > 0) {
    const batch = queue.shift()!;
    before?.();
    const commits = batch.map((p) => p.queue());
    try {
      await gate.sync(ctx, step);
    } catch (err) {
      if (!isPayloadTooLarge(err)) throw err;
      queue.unshift(...splitBatch(batch, err));
      continue;
    }
    for (const c of commits) c?.();
  }
}

function splitBatch(batch: Part[], err: unknown): Part[][] {
  if (batch.length > 1) {
    const mid = Math.ceil(batch.length / 2);
    return [batch.slice(0, mid), batch.slice(mid)];
  }
  const smaller = batch[0]?.split?.() ?? null;
  if (!smaller) throw err;
  return smaller.map((p) => [p]);
}
