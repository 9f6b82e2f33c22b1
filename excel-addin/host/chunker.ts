// Splits a big write into row chunks whose estimated request size stays well under Excel's 5 MB limit.

/** Excel on the web rejects a request or a response larger than this (RequestPayloadSizeLimitExceeded). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Chunks aim at this estimated size, leaving room for the JSON envelope and other queued commands. */
export const DEFAULT_CHUNK_BYTES = 3 * 1024 * 1024;

/** Rows per chunk to start with; a payload error halves it. */
export const DEFAULT_CHUNK_ROWS = 10_000;

/** A half-open run of rows [start, end). */
export interface RowChunk {
  start: number;
  end: number;
}

export interface ChunkLimits {
  maxBytes: number;
  maxRows: number;
}

/** Estimated JSON size of one cell as Office.js sends it (its value and its number format). */
export function cellBytes(input: string | number | boolean, format: string): number {
  // JSON.stringify escapes quotes and control characters, as the request body does.
  return JSON.stringify(input).length + JSON.stringify(format).length + 2;
}

/** Estimated bytes of each row of a sheet's matrices. */
export function rowBytes(
  inputs: readonly (readonly (string | number | boolean)[])[],
  formats: readonly (readonly string[])[],
): number[] {
  return inputs.map((row, r) => {
    let n = 4;
    row.forEach((v, c) => (n += cellBytes(v, formats[r]?.[c] ?? 'General')));
    return n;
  });
}

/**
 * Consecutive row chunks, each within `maxRows` rows and `maxBytes` estimated bytes. A single row larger
 * than `maxBytes` gets a chunk of its own (the caller checks it against the hard limit).
 */
export function planChunks(bytesPerRow: readonly number[], limits: ChunkLimits): RowChunk[] {
  const chunks: RowChunk[] = [];
  let start = 0;
  let size = 0;
  for (let r = 0; r < bytesPerRow.length; r++) {
    const b = bytesPerRow[r]!;
    const full = r - start >= limits.maxRows || (size + b > limits.maxBytes && r > start);
    if (full) {
      chunks.push({ start, end: r });
      start = r;
      size = 0;
    }
    size += b;
  }
  if (bytesPerRow.length > start) chunks.push({ start, end: bytesPerRow.length });
  return chunks;
}

/** Splits a chunk in two halves for a retry after a payload error; a one-row chunk cannot split. */
export function halve(chunk: RowChunk): RowChunk[] | null {
  const n = chunk.end - chunk.start;
  if (n <= 1) return null;
  const mid = chunk.start + Math.ceil(n / 2);
  return [
    { start: chunk.start, end: mid },
    { start: mid, end: chunk.end },
  ];
}
