// Round trips per action on each host's fake, for provmap's adapters and for the naive per-cell add-on.

import type { Grid } from '../../core/grid.js';
import type { WorkbookHost } from '../../core/host.js';
import type { WorkbookPlan } from '../../core/plan/types.js';
import { validationKey, widthRuns } from '../../apps-script/host/write-sheet.js';
import { createAppsScriptHarness, fitStartingSheets, realTypes } from '../../test/apps-script/harness.js';
import { createFakeGoogle } from '../../test/fakes/spreadsheet-app/index.js';
import { createFakeExcel } from '../../test/fakes/excel/index.js';
import { createExcelHarness } from '../../test/fakes/excel/harness.js';
import type { InitialSheet } from '../../test/contract/harness.js';
import { runAction, toInitialSheet, type ActionRequest } from '../drive/index.js';
import { naiveExcelHost, naiveSheetsHost } from '../naive/index.js';
import { benchStartingSheets, type BenchShape } from './school-sheets.js';
import type { HostName, RoundTrip } from './types.js';

/** The six actions, in the order a school meets them; each starts from what the one before wrote. */
export function benchActions(trackerSheet: string): ActionRequest[] {
  return [
    { action: 'structure', source: trackerSheet },
    { action: 'add-point', label: 'Summer 2' },
    { action: 'reevaluate' },
    { action: 'collate' },
    { action: 'summary' },
    { action: 'review' },
  ];
}

interface Counted {
  host: WorkbookHost;
  calls: () => number;
}

/** Lifts Excel's request limit and chunking, so only the adapter's fixed syncs are left. */
const NO_CHUNKING = { maxBytes: Number.MAX_SAFE_INTEGER, maxRows: Number.MAX_SAFE_INTEGER };

async function counted(
  host: HostName,
  naive: boolean,
  initial: InitialSheet[],
  unchunked = false,
): Promise<Counted> {
  if (host === 'apps-script') {
    if (!naive) {
      const h = await createAppsScriptHarness(initial);
      fitStartingSheets(h.fake);
      return { host: h.host, calls: h.calls };
    }
    const fake = createFakeGoogle({ sheets: initial });
    fitStartingSheets(fake);
    const t = realTypes(fake);
    return { host: naiveSheetsHost(t.app, t.ss), calls: () => fake.calls.total };
  }
  if (!naive) {
    const h = await createExcelHarness(initial, unchunked ? { host: { chunk: NO_CHUNKING } } : {});
    if (unchunked) h.fake.state.payloadLimit = Number.MAX_SAFE_INTEGER;
    return { host: h.host, calls: h.calls };
  }
  const fake = createFakeExcel(initial);
  return { host: naiveExcelHost(fake.run), calls: () => fake.state.syncs };
}

/**
 * The Apps Script calls that come with a plan's shape rather than its rows: three per named range (look up
 * the old one, get its range, set it), one per distinct dropdown that lists a range, one per run of equal
 * column widths. Each grading scale in the workbook brings two named ranges, a dropdown list and a column on
 * the Scales sheet, so these move with the scales in use, never with the pupils.
 */
function shapeCalls(plan: WorkbookPlan): number {
  const lists = plan.sheets.reduce(
    (n, sheet) =>
      n + new Set(sheet.validations.filter((v) => v.rule.kind === 'list-from-range').map(validationKey)).size,
    0,
  );
  const widths = plan.sheets.reduce((n, sheet) => n + widthRuns(sheet.columnWidths).length, 0);
  return 3 * plan.namedRanges.length + lists + widths;
}

function cellsIn(grids: readonly Grid[]): number {
  return grids.reduce((n, g) => n + g.values.reduce((m, row) => m + row.length, 0), 0);
}

/** Runs the six actions on one host at one size and workbook shape, and counts the calls each made. */
export async function measureRoundTrips(
  host: HostName,
  pupils: number,
  naive: boolean,
  shape: BenchShape = 'one map',
): Promise<RoundTrip[]> {
  const sheets = benchStartingSheets(pupils, shape);
  const initial = sheets.map(toInitialSheet);
  const at: Where = { host, pupils, tabs: sheets.length, tracker: sheets[0]!.sheet };
  const rows = await countActions(at, await counted(host, naive, initial));
  if (host !== 'excel' || naive) return rows;
  const unchunked = await countActions(at, await counted(host, false, initial, true));
  return rows.map((r, i) => (unchunked[i]!.error ? r : { ...r, unchunkedCalls: unchunked[i]!.calls }));
}

/** Where the actions run: the host, the school's size, the tabs it starts with and its tracker's tab. */
interface Where {
  host: HostName;
  pupils: number;
  tabs: number;
  tracker: string;
}

async function countActions({ host, pupils, tabs, tracker }: Where, target: Counted): Promise<RoundTrip[]> {
  const out: RoundTrip[] = [];
  let failed = false;
  for (const request of benchActions(tracker)) {
    const before = target.calls();
    const at = { host, action: request.action, pupils, tabs, ...(failed ? { afterFailure: true } : {}) };
    try {
      const run = await runAction(target.host, { ...request, today: '2025-03-01' });
      out.push({
        ...at,
        calls: target.calls() - before,
        shapeCalls: shapeCalls(run.result.plan),
        cellsWritten: run.applied.cellsWritten,
        cellsRead: cellsIn(run.read),
      });
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      const message = e instanceof Error ? e.message : String(e);
      out.push({
        ...at,
        calls: target.calls() - before,
        cellsWritten: 0,
        cellsRead: 0,
        error: `${typeof code === 'string' ? `${code}: ` : ''}${message}`.slice(0, 200),
      });
      failed = true;
    }
  }
  return out;
}
