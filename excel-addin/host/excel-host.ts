// The Excel adapter of core's WorkbookHost port: Office.js reads and all-or-nothing, chunked writes.

import type { Grid } from '../../core/grid.js';
import type { ApplyResult, SheetInfo, WorkbookHost } from '../../core/host.js';
import type { WorkbookPlan } from '../../core/plan/types.js';
import { detectCapabilities, requireMinimum } from './capabilities.js';
import type { Capabilities, IsSetSupported } from './capabilities.js';
import { DEFAULT_CHUNK_BYTES, DEFAULT_CHUNK_ROWS, rowBytes } from './chunker.js';
import type { ChunkLimits } from './chunker.js';
import { WriteLock } from './lock.js';
import { WriteFailedError, isUndoNotSupported, officeCode } from './office-errors.js';
import { preparePlan } from './prepared-plan.js';
import { fingerprint, listSheets, readSheets } from './read-sheets.js';
import { restoreSnapshot } from './restore.js';
import { captureSnapshot } from './snapshot.js';
import type { WorkbookSnapshot } from './snapshot.js';
import { DEFAULT_SYNC_TIMEOUT_MS, SyncGate } from './sync.js';
import { writePlan } from './write-plan.js';

/** Excel.run, with the undo-group option where the caller asks for it. */
export type ExcelRun = <T>(
  batch: (ctx: Excel.RequestContext) => Promise<T>,
  options: { mergeUndoGroup: boolean },
) => Promise<T>;

export interface ExcelHostOptions {
  run: ExcelRun;
  isSetSupported: IsSetSupported;
  /** How long one sync may take before the user is told (default one minute). */
  syncTimeoutMs?: number;
  /** Chunk sizes for big writes (defaults: 10,000 rows, about 3 MB). */
  chunk?: Partial<ChunkLimits>;
}

/** What the last applyPlan did beyond the port's ApplyResult, for the task pane to tell the user. */
export interface ApplyNotes {
  syncs: number;
  /** True when the action is one step on Excel's undo list. */
  undoGrouped: boolean;
  /** Things provmap could not do in this Excel, in words for the user. */
  warnings: string[];
}

/** Excel.run from Office.js itself: the composition root's choice. */
export function officeRun(): ExcelRun {
  return (batch, options) =>
    options.mergeUndoGroup ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch);
}

export class ExcelHost implements WorkbookHost {
  readonly caps: Capabilities;
  readonly gate: SyncGate;
  private readonly limits: ChunkLimits;
  private readonly lock = new WriteLock();
  /** Fingerprints of what each sheet held when last read, to refuse writing over newer work. */
  private readonly prints = new Map<string, string>();
  lastApply: ApplyNotes | null = null;

  constructor(private readonly options: ExcelHostOptions) {
    this.caps = detectCapabilities(options.isSetSupported);
    this.gate = new SyncGate(options.syncTimeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS);
    this.limits = {
      maxBytes: options.chunk?.maxBytes ?? DEFAULT_CHUNK_BYTES,
      maxRows: options.chunk?.maxRows ?? DEFAULT_CHUNK_ROWS,
    };
  }

  /** Syncs made so far (round trips to Excel). */
  get syncs(): number {
    return this.gate.count;
  }

  async listSheets(): Promise<SheetInfo[]> {
    requireMinimum(this.caps);
    return this.options.run((ctx) => listSheets(ctx, this.gate), { mergeUndoGroup: false });
  }

  async readGrids(names: readonly string[]): Promise<Grid[]> {
    requireMinimum(this.caps);
    const grids = await this.options.run((ctx) => readSheets(ctx, this.gate, this.caps, names), {
      mergeUndoGroup: false,
    });
    for (const g of grids) this.prints.set(g.sheet, fingerprint(g.values));
    return grids;
  }

  /**
   * Writes the plan all or nothing: records what it will change, writes in a constant number of syncs,
   * and on any failure restores the record and throws WriteFailedError.
   */
  async applyPlan(plan: WorkbookPlan): Promise<ApplyResult> {
    requireMinimum(this.caps);
    const prepared = preparePlan(plan);
    return this.lock.run(async () => {
      const start = this.gate.count;
      const warnings: string[] = [];
      if (!this.caps.notes && plan.sheets.some((s) => s.notes.length > 0))
        warnings.push(
          'This version of Excel cannot add notes, so the notes on the header cells were left out.',
        );
      if (!this.caps.cellProperties)
        warnings.push('If writing fails, this version of Excel cannot restore fills and fonts.');
      let grouped = this.caps.undoGroup;
      for (;;) {
        try {
          await this.write(prepared, grouped);
          break;
        } catch (err) {
          if (grouped && err instanceof WriteFailedError && err.restored && isUndoNotSupported(err.cause)) {
            grouped = false;
            continue;
          }
          throw err;
        }
      }
      // Fresh reads are needed before the next write.
      this.prints.clear();
      this.lastApply = { syncs: this.gate.count - start, undoGrouped: grouped, warnings };
      return {
        sheetsWritten: prepared.sheets.map((s) => s.plan.name),
        cellsWritten: prepared.sheets.reduce((n, s) => n + s.matrix.filled, 0),
      };
    });
  }

  private async write(prepared: ReturnType<typeof preparePlan>, grouped: boolean): Promise<void> {
    let snapshot: WorkbookSnapshot | null = null;
    const targets = prepared.sheets.map((s) => ({
      name: s.plan.name,
      rows: s.matrix.rows,
      columns: s.matrix.columns,
      rowBytes: rowBytes(s.matrix.inputs, s.matrix.formats),
    }));
    try {
      await this.options.run(
        async (ctx) => {
          const captured = await captureSnapshot(
            ctx,
            this.gate,
            this.caps,
            targets,
            this.prints,
            this.limits,
          );
          snapshot = captured.snapshot;
          const existing = new Set(captured.snapshot.allSheets.map((s) => s.toLowerCase()));
          await writePlan(
            ctx,
            this.gate,
            this.caps,
            prepared,
            captured.snapshot,
            captured.live,
            this.limits,
            existing,
          );
        },
        { mergeUndoGroup: grouped },
      );
    } catch (err) {
      // Nothing was written before the snapshot was complete: a read failure or a refusal is passed on.
      if (snapshot === null) throw err;
      const taken: WorkbookSnapshot = snapshot;
      let restoreError: unknown = null;
      try {
        await this.options.run(
          (ctx) => restoreSnapshot(ctx, this.gate, this.caps, prepared, taken, this.limits),
          { mergeUndoGroup: false },
        );
      } catch (e) {
        restoreError = e;
      }
      throw new WriteFailedError(officeCode(err), restoreError === null, restoreError, { cause: err });
    }
  }
}
