// The benchmark cases, each run in its own process by bench/run.ts.
//
// Exports: measureRoundTrips and benchActions (host round trips per action, provmap or per-cell),
// measureCore and CORE_CASES (core throughput), measureCli (the CLI on files), measureProcess (wall time and
// peak memory of a child process), benchSheets and BENCH_SEED (the generated workbook at a size), and the
// result shapes (BenchResult, RoundTrip, CoreTiming, CliTiming, HostName).

export { measureRoundTrips, benchActions } from './round-trips.js';
export { measureCore, CORE_CASES, type CoreCase } from './core-throughput.js';
export { measureCli } from './cli.js';
export { measureProcess, type ProcessRun } from './process.js';
export { benchSheets, BENCH_SEED, type BenchSheets } from './school-sheets.js';
export type { BenchResult, RoundTrip, CoreTiming, CliTiming, HostName } from './types.js';
