// The figures a benchmark run produces: the JSON `npm run bench -- --json` prints.

/** The two spreadsheet hosts whose fakes count round trips. */
export type HostName = 'apps-script' | 'excel';

/** Host round trips of one action: API calls on the fake SpreadsheetApp, syncs on the fake Excel. */
export interface RoundTrip {
  host: HostName;
  action: string;
  pupils: number;
  /** Tabs in the workbook the actions started from (the tracker and the provision map or maps). */
  tabs: number;
  calls: number;
  /**
   * Apps Script calls that come with the plan's shape, not its rows: three per named range, one per distinct
   * dropdown that lists a range, one per run of equal column widths. They move with the grading scales in
   * the workbook, not with the pupils.
   */
  shapeCalls?: number;
  /**
   * Excel only: syncs with Excel's 5 MB request limit lifted and no chunking, to show the count is constant
   * in the number of pupils bar chunking.
   */
  unchunkedCalls?: number;
  /** Cells the plan wrote and cells the host read, for the Apps Script time estimate. */
  cellsWritten: number;
  cellsRead: number;
  /** Set when the action failed on this host; calls are those made before it stopped. */
  error?: string;
  /** An earlier action of the sequence failed, so this one ran on a workbook missing its sheets. */
  afterFailure?: boolean;
}

/** Core work with no host, in milliseconds (median of the repeats). */
export interface CoreTiming {
  case: string;
  pupils: number;
  ms: number;
  repeats: number;
  error?: string;
}

/** The CLI on files, end to end, with the process's peak memory. */
export interface CliTiming {
  case: string;
  pupils: number;
  ms: number;
  peakMb: number | null;
  exitCode: number;
}

/** Everything one run measured. */
export interface BenchResult {
  generatedAt: string;
  quick: boolean;
  machine: { cpus: number; cpuModel: string; node: string; platform: string; memoryGb: number };
  /** provmap's adapters on the tracker and one whole-school map: only the number of pupils changes. */
  roundTrips: RoundTrip[];
  /** The per-cell add-on on the same workbooks. */
  naive: RoundTrip[];
  /** provmap's adapters on the tracker and one map tab per class: the number of tabs grows too. */
  tabScaling: RoundTrip[];
  core: CoreTiming[];
  cli: CliTiming[];
  /** Peak resident memory of each case's process, in MB, by "kind pupils host". */
  peakMb: Record<string, number>;
}
