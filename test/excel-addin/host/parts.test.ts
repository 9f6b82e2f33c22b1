// Packing queued work under the payload limit, and splitting it when Excel still refuses a request.

import { describe, expect, it } from 'vitest';
import { commandPart, packParts, rowPart, syncParts } from '../../../excel-addin/host/parts.js';
import type { Part } from '../../../excel-addin/host/parts.js';
import { SyncGate } from '../../../excel-addin/host/sync.js';

/** A context that refuses any sync carrying more than `limit` queued bytes, as Excel on the web does. */
function limitedContext(limit: number) {
  const ctx = {
    pending: 0,
    sent: [] as number[],
    sync: async () => {
      const n = ctx.pending;
      ctx.pending = 0;
      if (n > limit) throw Object.assign(new Error('too big'), { code: 'RequestPayloadSizeLimitExceeded' });
      ctx.sent.push(n);
    },
  };
  return ctx;
}

describe('packParts', () => {
  it('keeps order and puts parts together while they fit', () => {
    const parts = [5, 5, 5, 20, 1].map((bytes): Part => ({ bytes, queue: () => undefined }));
    expect(packParts(parts, 10).map((b) => b.map((p) => p.bytes))).toEqual([[5, 5], [5], [20], [1]]);
  });
});

describe('syncParts', () => {
  it('syncs once per batch and runs each part’s commit after its sync', async () => {
    const ctx = limitedContext(100);
    const gate = new SyncGate();
    const done: number[] = [];
    const parts = [1, 2, 3].map((i) => ({
      bytes: 40,
      queue: () => {
        ctx.pending += 40;
        return () => done.push(i);
      },
    }));
    await syncParts(ctx, gate, parts, 90, 'step');
    expect(gate.count).toBe(2);
    expect(done).toEqual([1, 2, 3]);
  });

  it('syncs once even with nothing to send, so counts do not depend on content', async () => {
    const gate = new SyncGate();
    await syncParts(limitedContext(10), gate, [], 10, 'step');
    expect(gate.count).toBe(1);
  });

  it('halves rows a refused request carried until every request fits, covering each row once', async () => {
    const ctx = limitedContext(1_000);
    const gate = new SyncGate();
    const rows: number[] = [];
    // Underestimated: 40 rows of 100 bytes claimed as 400 bytes in all.
    const part = rowPart({ start: 0, end: 40 }, 400, ({ start, end }) => {
      ctx.pending += (end - start) * 100;
      return () => rows.push(...Array.from({ length: end - start }, (_, k) => start + k));
    });
    await syncParts(ctx, gate, [part], 5_000, 'step');
    expect(rows).toEqual(Array.from({ length: 40 }, (_, k) => k));
    expect(Math.max(...ctx.sent)).toBeLessThanOrEqual(1_000);
  });

  it('passes the refusal on when a single command cannot be split', async () => {
    const ctx = limitedContext(10);
    const part = commandPart('x'.repeat(50), () => (ctx.pending += 500));
    await expect(syncParts(ctx, new SyncGate(), [part], 1_000, 'step')).rejects.toMatchObject({
      code: 'RequestPayloadSizeLimitExceeded',
    });
  });
});
