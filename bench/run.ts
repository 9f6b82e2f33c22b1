// The benchmark runner (`npm run bench`): core throughput, host round trips per action on both fakes beside
// the per-cell baseline, and the CLI on files, at 30, 300 and 3,000 pupils. Each case runs in its own
// process so its peak memory is its own. `--quick`: 30 and 300 pupils, fewer repeats. `--json`: print one
// JSON object and nothing else. A full run writes docs/performance.md and docs/reliability.md.
//
// Usage: tsx bench/run.ts [--quick] [--json] [--no-docs]
//        tsx bench/run.ts --render out/bench-result.json   (rewrite docs/performance.md from a saved run)
//        tsx bench/run.ts --reliability-only               (rewrite docs/reliability.md only)
//        tsx bench/run.ts --case core|round-trips|tab-scaling|naive|cli --pupils N [--host apps-script|excel]
//                         [--repeats R]

import { cpus, totalmem } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CORE_CASES, measureCore } from './cases/core-throughput.js';
import { measureCli } from './cases/cli.js';
import { measureProcess } from './cases/process.js';
import { measureRoundTrips } from './cases/round-trips.js';
import type { BenchResult, CliTiming, CoreTiming, HostName, RoundTrip } from './cases/types.js';
import { CHART_FILE, performanceMarkdown, roundTripChart } from './report/performance-md.js';
import { runReliability } from './report/reliability-run.js';
import { checkTargets } from './report/targets.js';

interface Args {
  quick: boolean;
  json: boolean;
  docs: boolean;
  case: string | null;
  render: string | null;
  reliabilityOnly: boolean;
  pupils: number;
  host: HostName;
  repeats: number;
}

function parseArgs(argv: readonly string[]): Args {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    quick: argv.includes('--quick'),
    json: argv.includes('--json'),
    docs: !argv.includes('--no-docs'),
    case: value('--case') ?? null,
    render: value('--render') ?? null,
    reliabilityOnly: argv.includes('--reliability-only'),
    pupils: Number(value('--pupils') ?? 30),
    host: (value('--host') ?? 'apps-script') as HostName,
    repeats: Number(value('--repeats') ?? 3),
  };
}

/** Child mode: one case, its figures as one JSON line on stdout. */
async function runCase(a: Args): Promise<unknown> {
  switch (a.case) {
    case 'core':
      return CORE_CASES.map((c) => measureCore(c, a.pupils, a.repeats));
    case 'round-trips':
      return measureRoundTrips(a.host, a.pupils, false);
    case 'tab-scaling':
      return measureRoundTrips(a.host, a.pupils, false, 'class maps');
    case 'naive':
      return measureRoundTrips(a.host, a.pupils, true);
    case 'cli':
      return measureCli(a.pupils);
    default:
      throw new Error(`unknown case ${a.case ?? ''}`);
  }
}

interface Job {
  label: string;
  args: string[];
  /** Timed jobs run alone; counting jobs may share the two cores. */
  timed: boolean;
}

async function runJob(
  job: Job,
  log: (s: string) => void,
): Promise<{ job: Job; data: unknown; peakMb: number | null }> {
  log(`bench: ${job.label}…`);
  const r = await measureProcess(process.execPath, ['--import', 'tsx', 'bench/run.ts', ...job.args]);
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.exitCode !== 0 || !line.startsWith('['))
    throw new Error(`bench: ${job.label} failed (exit ${r.exitCode}): ${r.stderr.slice(-800)}`);
  log(`bench: ${job.label} done in ${(r.ms / 1000).toFixed(1)} s${r.peakMb ? `, ${r.peakMb} MB` : ''}`);
  return { job, data: JSON.parse(line), peakMb: r.peakMb };
}

/** Runs jobs `width` at a time, in order. */
async function pool<T>(items: readonly Job[], width: number, run: (j: Job) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await run(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return out;
}

async function orchestrate(a: Args): Promise<BenchResult> {
  const log = (s: string): void => void process.stderr.write(`${s}\n`);
  const sizes = a.quick ? [30, 300] : [30, 300, 3000];
  const repeats = a.quick ? 1 : 5;
  const timed: Job[] = sizes.flatMap((p) => [
    {
      label: `core ${p}`,
      args: ['--case', 'core', '--pupils', String(p), '--repeats', String(repeats)],
      timed: true,
    },
    { label: `cli ${p}`, args: ['--case', 'cli', '--pupils', String(p)], timed: true },
  ]);
  const counting: Job[] = sizes.flatMap((p) =>
    (['apps-script', 'excel'] as const).flatMap((h) => [
      {
        label: `round-trips ${p} ${h}`,
        args: ['--case', 'round-trips', '--pupils', String(p), '--host', h],
        timed: false,
      },
      {
        label: `naive ${p} ${h}`,
        args: ['--case', 'naive', '--pupils', String(p), '--host', h],
        timed: false,
      },
      {
        label: `tab-scaling ${p} ${h}`,
        args: ['--case', 'tab-scaling', '--pupils', String(p), '--host', h],
        timed: false,
      },
    ]),
  );
  const done = [
    ...(await pool(timed, 1, (j) => runJob(j, log))),
    ...(await pool(counting, 2, (j) => runJob(j, log))),
  ];
  const cpu = cpus();
  const result: BenchResult = {
    generatedAt: new Date().toISOString(),
    quick: a.quick,
    machine: {
      cpus: cpu.length,
      cpuModel: cpu[0]?.model.trim() ?? 'unknown',
      node: process.versions.node,
      platform: `${process.platform} ${process.arch}`,
      memoryGb: Math.round(totalmem() / 2 ** 30),
    },
    roundTrips: [],
    naive: [],
    tabScaling: [],
    core: [],
    cli: [],
    peakMb: {},
  };
  for (const d of done) {
    if (d.peakMb !== null) result.peakMb[d.job.label] = d.peakMb;
    const kind = d.job.args[1];
    if (kind === 'core') result.core.push(...(d.data as CoreTiming[]));
    if (kind === 'cli') result.cli.push(...(d.data as CliTiming[]));
    if (kind === 'round-trips') result.roundTrips.push(...(d.data as RoundTrip[]));
    if (kind === 'naive') result.naive.push(...(d.data as RoundTrip[]));
    if (kind === 'tab-scaling') result.tabScaling.push(...(d.data as RoundTrip[]));
  }
  return result;
}

function summary(result: BenchResult): string {
  const lines = ['', 'Targets:'];
  for (const t of checkTargets(result))
    lines.push(`  ${t.met ? 'met    ' : 'NOT MET'}  ${t.target}: ${t.detail}`);
  return lines.join('\n');
}

/** Where a full run keeps its figures, so the document can be rewritten without measuring again. */
const SAVED = 'out/bench-result.json';

function writePerformanceDocs(result: BenchResult): void {
  writeFileSync('docs/performance.md', performanceMarkdown(result));
  writeFileSync(`docs/${CHART_FILE}`, roundTripChart(result));
}

async function main(): Promise<void> {
  const a = parseArgs(process.argv.slice(2));
  const log = (s: string): void => void process.stderr.write(`${s}\n`);
  if (a.case) {
    process.stdout.write(`${JSON.stringify(await runCase(a))}\n`);
    return;
  }
  if (a.render) {
    writePerformanceDocs(JSON.parse(readFileSync(a.render, 'utf8')) as BenchResult);
    return;
  }
  if (a.reliabilityOnly) {
    await runReliability('docs/reliability.md', log);
    return;
  }
  const result = await orchestrate(a);
  if (!a.quick && a.docs) {
    mkdirSync('out', { recursive: true });
    writeFileSync(SAVED, JSON.stringify(result, null, 2));
    writePerformanceDocs(result);
    await runReliability('docs/reliability.md', log);
  }
  if (a.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else process.stdout.write(`${summary(result)}\n`);
}

await main();
