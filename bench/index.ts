// Benchmarks: synthetic schools, the per-cell baseline, the cases and their reports. `npm run bench` runs
// bench/run.ts.
//
// Exports: the generator (./generate), the action driver (./drive), the per-cell baseline (./naive), the
// cases (./cases) and the reports (./report), each through its own index.

export * as generate from './generate/index.js';
export * as drive from './drive/index.js';
export * as naive from './naive/index.js';
export * as cases from './cases/index.js';
export * as report from './report/index.js';
