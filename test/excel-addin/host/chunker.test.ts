// The chunker keeps every write well under Excel on the web's 5 MB request limit.

import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHUNK_BYTES,
  PAYLOAD_LIMIT_BYTES,
  cellBytes,
  halve,
  planChunks,
  rowBytes,
} from '../../../excel-addin/host/chunker.js';

describe('planChunks', () => {
  it('keeps each chunk within the byte budget and the row cap, covering every row once', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => 1000 + (i % 7) * 100);
    const chunks = planChunks(rows, { maxBytes: 50_000, maxRows: 30 });
    expect(chunks[0]!.start).toBe(0);
    expect(chunks.at(-1)!.end).toBe(1000);
    chunks.forEach((c, i) => {
      if (i > 0) expect(c.start).toBe(chunks[i - 1]!.end);
      expect(c.end - c.start).toBeLessThanOrEqual(30);
      expect(rows.slice(c.start, c.end).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(50_000);
    });
  });

  it('splits at the 5 MB boundary: rows summing to just over the limit give two chunks, to the limit one', () => {
    const row = 1024 * 1024;
    expect(
      planChunks([row, row, row, row, row], { maxBytes: PAYLOAD_LIMIT_BYTES, maxRows: 10_000 }),
    ).toHaveLength(1);
    expect(
      planChunks([row, row, row, row, row, 1], { maxBytes: PAYLOAD_LIMIT_BYTES, maxRows: 10_000 }),
    ).toEqual([
      { start: 0, end: 5 },
      { start: 5, end: 6 },
    ]);
  });

  it('gives an oversized row a chunk of its own', () => {
    expect(planChunks([10, 100, 10], { maxBytes: 50, maxRows: 100 })).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
      { start: 2, end: 3 },
    ]);
  });

  it('aims well under the hard limit by default', () => {
    expect(DEFAULT_CHUNK_BYTES).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES * 0.7);
  });
});

describe('payload estimates and halving', () => {
  it('counts escaped characters as the JSON request carries them', () => {
    expect(cellBytes('a"b', 'General')).toBe(
      JSON.stringify('a"b').length + JSON.stringify('General').length + 2,
    );
    expect(rowBytes([['x', 1]], [['@', '0']])[0]).toBeGreaterThan(
      cellBytes('x', '@') + cellBytes(1, '0') - 1,
    );
  });

  it('halves a chunk for a retry, and cannot halve one row', () => {
    expect(halve({ start: 0, end: 5 })).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 5 },
    ]);
    expect(halve({ start: 4, end: 5 })).toBeNull();
  });
});
