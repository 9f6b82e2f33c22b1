// The add-in's use cases: read what core needs through the Excel host, run the core action, apply its plan.

import type { ActionName, ActionResult } from '../../core/actions/types.js';
import { calendarDate } from '../../core/actions/today.js';
import type { Grid } from '../../core/grid.js';
import type { ApplyResult, SheetInfo, WorkbookHost } from '../../core/host.js';
import { isOwnedSheet } from '../../core/plan/sheet-names.js';
import type { Settings } from '../../core/settings.js';
import type { ActionsPort, SheetKind } from './actions-port.js';

/** A class-map file the SENCO picked in the task pane, read with the CLI's xlsx code. */
export interface PickedFile {
  name: string;
  /** The file's class-map sheets, read whole. */
  grids: Grid[];
}

export interface ActionRun extends ActionResult {
  applied: ApplyResult;
}

/** Lets the browser breathe between heavy steps, so Office does not take the add-in for hung. */
export const yieldToBrowser = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class ExcelActions {
  constructor(
    private readonly host: WorkbookHost,
    private readonly actions: ActionsPort,
    private readonly settings: () => Partial<Settings>,
  ) {}

  private async read(
    action: ActionName,
    o?: { source?: string },
  ): Promise<{ sheets: SheetInfo[]; grids: Grid[] }> {
    const sheets = await this.host.listSheets();
    const names = this.actions.sheetsToRead(action, sheets, o);
    return { sheets, grids: names.length > 0 ? await this.host.readGrids(names) : [] };
  }

  private async apply(result: ActionResult): Promise<ActionRun> {
    await yieldToBrowser();
    return { ...result, applied: await this.host.applyPlan(result.plan) };
  }

  private owned(grids: readonly Grid[]): Grid[] {
    return grids.filter((g) => isOwnedSheet(g.sheet));
  }

  /** Set up a provision map, tracker or class list from the teacher's sheet `source`. */
  async structure(source: string, kind?: SheetKind): Promise<ActionRun> {
    const { grids } = await this.read('structure', { source });
    const grid =
      grids.find((g) => g.sheet.toLowerCase() === source.toLowerCase()) ??
      (await this.host.readGrids([source]))[0]!;
    return this.apply(
      this.actions.structureSheet({
        workbook: this.owned(grids),
        settings: this.settings(),
        source: grid,
        ...(kind ? { kind } : {}),
      }),
    );
  }

  async reevaluate(): Promise<ActionRun> {
    const { grids } = await this.read('reevaluate');
    return this.apply(
      this.actions.reevaluate({
        workbook: this.owned(grids),
        settings: this.settings(),
        today: calendarDate(new Date()),
      }),
    );
  }

  async addAssessmentPoint(label?: string): Promise<ActionRun> {
    const { grids } = await this.read('add-point');
    return this.apply(
      this.actions.addAssessmentPoint({
        workbook: this.owned(grids),
        settings: this.settings(),
        ...(label ? { label } : {}),
      }),
    );
  }

  async summarise(): Promise<ActionRun> {
    const { grids } = await this.read('summary');
    return this.apply(
      this.actions.summariseSchool({
        workbook: this.owned(grids),
        settings: this.settings(),
        today: calendarDate(new Date()),
      }),
    );
  }

  async review(): Promise<ActionRun> {
    const { grids } = await this.read('review');
    return this.apply(
      this.actions.reviewProgress({
        workbook: this.owned(grids),
        settings: this.settings(),
        today: calendarDate(new Date()),
      }),
    );
  }

  /** Tabs of this workbook that look like class maps (ticked by default in the panel). */
  async collationCandidates(): Promise<string[]> {
    return this.actions.collationCandidates(await this.host.listSheets());
  }

  /** Collates class maps from tabs of this workbook and picked files into the school map and summaries. */
  async collate(tabs: readonly string[], files: readonly PickedFile[]): Promise<ActionRun> {
    const { grids } = await this.read('collate');
    const tabGrids = tabs.length > 0 ? await this.host.readGrids(tabs) : [];
    const maps = [
      ...tabGrids.map((grid) => ({ source: grid.sheet, grid })),
      ...files.flatMap((f) => f.grids.map((grid) => ({ source: `${f.name}: ${grid.sheet}`, grid }))),
    ];
    await yieldToBrowser();
    return this.apply(
      this.actions.collateMaps({
        workbook: this.owned(grids),
        settings: this.settings(),
        maps,
        today: calendarDate(new Date()),
      }),
    );
  }
}
