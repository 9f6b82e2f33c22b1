// The xlsx host over files: reads the input file, writes the whole new workbook aside and renames it in.

import ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import type { Grid } from '../../core/grid.js';
import type { ApplyResult, SheetInfo, WorkbookHost } from '../../core/host.js';
import type { WorkbookPlan } from '../../core/plan/types.js';
import { applyPlanToWorkbook } from '../xlsx/apply-plan.js';
import { InputError } from '../xlsx/input-error.js';
import type { NotKept } from '../xlsx/package/not-kept.js';
import { listSheets, readGrids } from '../xlsx/read-workbook.js';
import { writeFileAtomic } from './atomic-write.js';
import { nodeFileSystem, writeRefusal } from './file-system.js';
import type { FileSystem } from './file-system.js';
import { readBytes, workbookFromBytes } from './read-input.js';
import type { InputFormat } from './read-input.js';

export interface FileHostOptions {
  /** The workbook (.xlsx) or CSV file to read. */
  input: string;
  /** Where applyPlan writes the new workbook; the input itself when not given. */
  output?: string;
  /** Start from an empty workbook when the input file does not exist yet (a school file's first run). */
  createIfMissing?: boolean;
  fs?: FileSystem;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Every call reads the input file once (one round trip); applyPlan then writes once and renames once,
 * whatever the size of the plan. A parsed workbook is reused while the file's bytes are unchanged.
 */
export class XlsxFileHost implements WorkbookHost {
  private readonly fs: FileSystem;
  private cache: { bytes: Uint8Array; workbook: Workbook; format: InputFormat; notKept: NotKept[] } | null =
    null;
  private lastNotKept: readonly NotKept[] = [];

  constructor(private readonly options: FileHostOptions) {
    this.fs = options.fs ?? nodeFileSystem;
  }

  /** The file applyPlan writes. */
  get output(): string {
    return this.options.output ?? this.options.input;
  }

  /** What the input file is, once it has been read. */
  get format(): InputFormat | null {
    return this.cache?.format ?? null;
  }

  /**
   * What the input file holds that the workbook read from it, and so the file applyPlan writes, does not
   * (charts, pivot tables, macros...); empty until the file has been read.
   */
  get notKept(): readonly NotKept[] {
    return this.lastNotKept;
  }

  private async open(): Promise<Workbook> {
    const bytes = await readBytes(this.options.input, this.fs).catch((e: unknown) => {
      if (this.options.createIfMissing && e instanceof InputError && e.code === 'FILE_NOT_FOUND') return null;
      throw e;
    });
    if (bytes === null) {
      this.lastNotKept = [];
      return new ExcelJS.Workbook();
    }
    if (this.cache && sameBytes(this.cache.bytes, bytes)) {
      this.lastNotKept = this.cache.notKept;
      return this.cache.workbook;
    }
    const { workbook, format, notKept } = await workbookFromBytes(bytes, this.options.input);
    this.cache = { bytes, workbook, format, notKept };
    this.lastNotKept = notKept;
    return workbook;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return listSheets(await this.open());
  }

  async readGrids(names: readonly string[]): Promise<Grid[]> {
    return readGrids(await this.open(), names);
  }

  async applyPlan(plan: WorkbookPlan): Promise<ApplyResult> {
    const wb = await this.open();
    // The plan is applied to the cached parse; drop it so a later read never sees a half-applied copy.
    this.cache = null;
    const result = applyPlanToWorkbook(wb, plan);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    await writeFileAtomic(this.output, bytes, this.fs).catch((e: unknown) => {
      throw writeRefusal(e, this.output) ?? e;
    });
    return result;
  }
}
