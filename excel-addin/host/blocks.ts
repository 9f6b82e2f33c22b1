// Writes big rectangles of number formats and values in as few syncs as their size allows.

import { halve, planChunks, rowBytes } from './chunker.js';
import type { ChunkLimits, RowChunk } from './chunker.js';
import { isPayloadTooLarge } from './office-errors.js';
import { packParts } from './parts.js';
import type { SyncGate } from './sync.js';

/** A rectangle to write: number formats always, values and formulas when `inputs` is given. */
export interface WriteBlock {
  sheet: string;
  top: number;
  left: number;
  formats: string[][];
  inputs: (string | number | boolean)[][] | null;
}

interface Piece {
  block: WriteBlock;
  chunk: RowChunk;
  bytes: number;
}

function piecesOf(block: WriteBlock, limits: ChunkLimits): Piece[] {
  if (block.formats.length === 0 || (block.formats[0]?.length ?? 0) === 0) return [];
  const bytes = rowBytes(block.inputs ?? block.formats.map((r) => r.map(() => '')), block.formats);
  return planChunks(bytes, limits).map((chunk) => ({
    block,
    chunk,
    bytes: bytes.slice(chunk.start, chunk.end).reduce((a, b) => a + b, 0),
  }));
}

function queuePiece(ctx: Excel.RequestContext, p: Piece): void {
  const { block, chunk } = p;
  const columns = block.formats[0]!.length;
  const range = ctx.workbook.worksheets
    .getItem(block.sheet)
    .getRangeByIndexes(block.top + chunk.start, block.left, chunk.end - chunk.start, columns);
  // Formats first: a cell must already be '@' when risky text arrives, or Excel parses the text.
  range.numberFormat = block.formats.slice(chunk.start, chunk.end);
  if (block.inputs) range.formulas = block.inputs.slice(chunk.start, chunk.end);
}

/**
 * Writes the blocks, one sync per batch. A batch Excel refuses for its size is split (by pieces, then by
 * rows) and retried; nothing of a refused request was applied, so retrying is safe.
 */
export async function writeBlocks(
  ctx: Excel.RequestContext,
  gate: SyncGate,
  blocks: readonly WriteBlock[],
  limits: ChunkLimits,
  step: string,
): Promise<void> {
  const queue = packParts(
    blocks.flatMap((b) => piecesOf(b, limits)),
    limits.maxBytes,
  );
  while (queue.length > 0) {
    const batch = queue.shift()!;
    ctx.application.suspendApiCalculationUntilNextSync();
    for (const p of batch) queuePiece(ctx, p);
    try {
      await gate.sync(ctx, step);
    } catch (err) {
      if (!isPayloadTooLarge(err)) throw err;
      queue.unshift(...split(batch, err));
    }
  }
}

function split(batch: Piece[], err: unknown): Piece[][] {
  if (batch.length > 1) {
    const mid = Math.ceil(batch.length / 2);
    return [batch.slice(0, mid), batch.slice(mid)];
  }
  const only = batch[0]!;
  const halves = halve(only.chunk);
  if (!halves) throw err;
  return halves.map((chunk) => [{ block: only.block, chunk, bytes: Math.ceil(only.bytes / 2) }]);
}
