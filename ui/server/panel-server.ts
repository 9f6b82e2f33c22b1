// The panel's calls over any WorkbookHost: list sheets -> sheetsToRead -> readGrids -> core -> applyPlan.
// Host-neutral glue: Apps Script exposes it through google.script.run, Excel calls it directly.

import {
  addAssessmentPoint,
  calendarDate,
  collationCandidates,
  reevaluate,
  reviewProgress,
  sheetsToRead,
  structureSheet,
  summariseSchool,
  type ActionName,
  type ActionResult,
} from '../../core/actions/index.js';
import type { Grid } from '../../core/grid.js';
import type { MaybePromise } from '../../core/host.js';
import type { SheetKind } from '../../core/import/index.js';
import {
  actionOutcome,
  correctSource,
  leaderFiguresFromGrids,
  previewStructure,
  sheetStatus,
  type ActionOutcome,
  type LeaderFigures,
  type StructureCorrections,
} from '../../core/panel/index.js';
import { isOwnedSheet } from '../../core/plan/sheet-names.js';
import { ScaleRegistry } from '../../core/scales/index.js';
import type { Settings } from '../../core/settings.js';
import { ProvmapError } from '../../core/errors.js';
import type { ClassMapSource, HostBridge } from '../bridge.js';
import * as collation from './collation.js';
import type { PanelServerDeps } from './deps.js';
import { step } from './maybe.js';
import { loadSettings, saveSettings, settingsView } from './stored-settings.js';

/** HostBridge with each answer possibly synchronous (Apps Script) rather than always a Promise. */
export type PanelServer = {
  [K in keyof HostBridge]: (
    ...args: Parameters<HostBridge[K]>
  ) => MaybePromise<Awaited<ReturnType<HostBridge[K]>>>;
};

/** The panel server over a host. */
export function createPanelServer(deps: PanelServerDeps): PanelServer {
  const exclusive = <T>(run: () => MaybePromise<T>): MaybePromise<T> =>
    deps.exclusive ? deps.exclusive(run) : run();
  const withSettings = <T>(f: (s: Settings) => MaybePromise<T>): MaybePromise<T> =>
    step(loadSettings(deps.store), f);

  const readOne = (sheet: string): MaybePromise<Grid> =>
    step(deps.host.listSheets(), (sheets) => {
      if (!sheets.some((s) => s.name === sheet))
        throw new ProvmapError('SHEET_NOT_FOUND', `There is no sheet called "${sheet}".`);
      return step(deps.host.readGrids([sheet]), (grids) => grids[0]!);
    });

  /**
   * Reads what the action needs (sheetsToRead: the source, then provmap's own sheets), runs it, writes the
   * plan, and says what happened. The action sees only provmap's own sheets as its workbook.
   */
  const act = (
    action: ActionName,
    run: (workbook: readonly Grid[], settings: Settings, source: Grid | null) => ActionResult,
    source?: string,
  ): MaybePromise<ActionOutcome> =>
    exclusive(() =>
      withSettings((settings) =>
        step(deps.host.listSheets(), (sheets) => {
          if (source !== undefined && !sheets.some((s) => s.name === source))
            throw new ProvmapError('SHEET_NOT_FOUND', `There is no sheet called "${source}".`);
          const names = sheetsToRead(action, sheets, source === undefined ? {} : { source });
          return step(deps.host.readGrids(names), (grids) => {
            const result = run(
              grids.filter((g) => isOwnedSheet(g.sheet)),
              settings,
              grids.find((g) => g.sheet === source) ?? null,
            );
            return step(deps.host.applyPlan(result.plan), (applied) =>
              actionOutcome(action, result.report, applied, result.plan.activeSheet),
            );
          });
        }),
      ),
    );

  const figures = (): MaybePromise<LeaderFigures | null> =>
    withSettings((settings) =>
      step(deps.host.listSheets(), (sheets) =>
        step(deps.host.readGrids(sheetsToRead('summary', sheets).filter(isOwnedSheet)), (grids) =>
          leaderFiguresFromGrids(grids, settings, calendarDate(new Date())),
        ),
      ),
    );

  return {
    getContext: () =>
      step(deps.host.listSheets(), (sheets) =>
        step(deps.activeSheet(), (active) => ({
          host: deps.hostName,
          activeSheet: active,
          sheets: sheets.map((s) => ({ name: s.name, owned: isOwnedSheet(s.name), hidden: s.hidden })),
          canPickFiles: deps.files !== undefined,
        })),
      ),

    getSheetStatus: (sheet) =>
      withSettings((settings) =>
        step(readOne(sheet), (grid) => sheetStatus(grid, { settings, owned: isOwnedSheet(sheet) })),
      ),

    previewStructure: (sheet, kind: SheetKind | null) =>
      withSettings((settings) => step(readOne(sheet), (grid) => previewStructure(grid, { settings, kind }))),

    structure: (sheet, corrections: StructureCorrections) =>
      act(
        'structure',
        (workbook, settings, grid) => {
          if (!grid) throw new ProvmapError('SHEET_NOT_FOUND', `There is no sheet called "${sheet}".`);
          const scales = new ScaleRegistry(settings.schoolScales);
          return structureSheet({
            workbook,
            source: correctSource(grid, corrections, { settings, scales }),
            settings,
            ...(corrections.kind ? { kind: corrections.kind } : {}),
          });
        },
        sheet,
      ),

    addAssessmentPoint: (label) =>
      act('add-point', (workbook, settings) =>
        addAssessmentPoint({ workbook, settings, ...(label ? { label } : {}) }),
      ),
    reevaluate: () =>
      act('reevaluate', (workbook, settings) =>
        reevaluate({ workbook, settings, today: calendarDate(new Date()) }),
      ),
    runReview: () =>
      act('review', (workbook, settings) =>
        reviewProgress({ workbook, settings, today: calendarDate(new Date()) }),
      ),

    listClassMaps: () =>
      step(deps.host.listSheets(), (sheets) => {
        const suggested = new Set(collationCandidates(sheets));
        const tabs = sheets
          .filter((s) => !isOwnedSheet(s.name) && !s.hidden)
          .map((s) => ({
            source: { kind: 'tab', name: s.name } as ClassMapSource,
            suggested: suggested.has(s.name),
          }));
        const files = deps.files;
        if (!files) return { choices: tabs, canPickFiles: false };
        return step(files.list(), (picked) => ({
          choices: [...tabs, ...picked.map((source) => ({ source, suggested: true }))],
          canPickFiles: true,
        }));
      }),
    pickFiles: () => (deps.files ? deps.files.pick() : { sources: [], pending: false }),

    startCollation: (sources) => collation.startCollation(deps, sources),
    processChunk: (jobId) => exclusive(() => withSettings((s) => collation.processChunk(deps, jobId, s))),
    cancelCollation: (jobId) => collation.cancelCollation(deps, jobId),

    selectCell: (sheet, a1) => deps.selectCell(sheet, a1),

    generateSummary: () =>
      step(
        act('summary', (workbook, settings) =>
          summariseSchool({ workbook, settings, today: calendarDate(new Date()) }),
        ),
        () =>
          step(figures(), (f) => {
            if (!f)
              throw new ProvmapError(
                'NO_TABLE_FOUND',
                'There is no School Map or Provision Map to summarise.',
              );
            return f;
          }),
      ),
    getLeaderFigures: () => figures(),

    getSettings: () => withSettings(settingsView),
    saveSettings: (settings) => exclusive(() => step(saveSettings(deps.store, settings), settingsView)),
  };
}
