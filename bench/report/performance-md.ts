// docs/performance.md from a full benchmark run: how to reproduce it, the machine, every figure, the
// targets, and how the Apps Script estimate was made.

import type { BenchResult, RoundTrip } from '../cases/types.js';
import { APPS_SCRIPT_COST, appsScriptSeconds } from './apps-script-estimate.js';
import { barChartSvg } from './chart.js';
import { checkTargets, clean, ratios } from './targets.js';

/** The chart's file name, beside docs/performance.md. */
export const CHART_FILE = 'performance-round-trips.svg';

const n = (x: number): string => x.toLocaleString('en-GB');

/** One count for a table; `ours` adds what Apps Script spent per grading scale (provmap's rows only). */
function cell(r: RoundTrip | undefined, ours = false): string {
  if (!r) return '–';
  if (r.error) return `failed after ${n(r.calls)}`;
  if (r.afterFailure) return `${n(r.calls)}†`;
  if (ours && r.host === 'apps-script' && r.shapeCalls)
    return `${n(r.calls)} (${n(r.shapeCalls)} for scales)`;
  return r.unchunkedCalls !== undefined && r.unchunkedCalls !== r.calls
    ? `${n(r.calls)} (${n(r.unchunkedCalls)} unchunked)`
    : n(r.calls);
}

/** The round-trip chart: total calls over the six actions, per host and size, provmap beside per-cell. */
export function roundTripChart(result: BenchResult): string {
  const sizes = [...new Set(result.roundTrips.map((r) => r.pupils))].sort((a, b) => a - b);
  // Only actions that ran cleanly for both are summed, so the two bars always cover the same work.
  const both = (host: string, size: number): RoundTrip[] =>
    result.roundTrips.filter(
      (r) =>
        r.host === host &&
        r.pupils === size &&
        clean(r) &&
        result.naive.some((x) => x.host === host && x.pupils === size && x.action === r.action && clean(x)),
    );
  const sum = (rows: RoundTrip[], host: string, size: number, actions: readonly string[]): number | null => {
    const mine = rows.filter((r) => r.host === host && r.pupils === size && actions.includes(r.action));
    return mine.length === 0 ? null : mine.reduce((s, r) => s + r.calls, 0);
  };
  const groups = (['apps-script', 'excel'] as const).flatMap((host) =>
    sizes.map((size) => {
      const actions = both(host, size).map((r) => r.action);
      return {
        label: `${host}\n${n(size)} pupils\n${actions.length} of 6 actions`,
        values: [sum(result.roundTrips, host, size, actions), sum(result.naive, host, size, actions)],
      };
    }),
  );
  return barChartSvg({
    title: 'Host round trips, actions that ran on both: provmap vs a per-cell add-on',
    unit: 'calls',
    series: [
      { name: 'provmap (batched)', color: '#2b6cb0' },
      { name: 'per-cell add-on', color: '#c05621' },
    ],
    groups,
  });
}

/** The whole document. */
export function performanceMarkdown(result: BenchResult): string {
  const sizes = [...new Set(result.roundTrips.map((r) => r.pupils))].sort((a, b) => a - b);
  const actions = [...new Set(result.roundTrips.map((r) => r.action))];
  const find = (rows: RoundTrip[], host: string, action: string, size: number) =>
    rows.find((r) => r.host === host && r.action === action && r.pupils === size);
  const m = result.machine;
  const out: string[] = [
    '# Performance',
    '',
    '<!-- Written by `npm run bench` (bench/run.ts). Do not edit by hand: run it again. -->',
    '',
    `Measured ${result.generatedAt.slice(0, 10)} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node} (${m.platform}).`,
    'Every figure comes from synthetic schools generated from a fixed seed (`bench/generate/`): classes of 30,',
    'SEN support, EHC plans, pupil premium and EAL at national rates, a whole-school tracker (10 subjects, a baseline',
    'and five assessment points, with the usual slips) and one provision map per class in the seed guidance’s layout.',
    '',
    'Reproduce: `npm run bench` (all sizes, writes this file) or `npm run bench -- --quick --json` (30 and 300',
    'pupils, one JSON object on stdout).',
    '',
    '## Targets',
    '',
    '| Target | Met | Figures |',
    '| --- | --- | --- |',
    ...checkTargets(result).map((t) => `| ${t.target} | ${t.met ? 'yes' : '**no**'} | ${t.detail} |`),
    '',
    '## Host round trips',
    '',
    'Calls through each host’s fake: every SpreadsheetApp API call on the fake Google Sheets, every',
    '`context.sync()` on the fake Excel. Each action lists the sheets, reads what it needs, runs core and applies',
    'the plan, starting from what the action before it wrote. The per-cell add-on (`bench/naive/`) does the same',
    'work the usual way: `getValue`/`setValue` and validation cell by cell in Apps Script, a `sync()` per cell in',
    'Office.js. Excel splits writes into requests under its 5 MB limit; “unchunked” is the count with that limit',
    'lifted, which is the one that must not grow with the number of pupils. Apps Script has no batch call for',
    'named ranges or column widths: it makes three calls per named range, one per run of equal column widths',
    'and one per distinct dropdown that lists a range. Each grading scale in the workbook brings two named',
    'ranges, a dropdown list and a column on the Scales sheet, so those calls move with the scales in use',
    '(“n for scales” below), never with the pupils; the comparison across sizes leaves them out.',
    '',
    `![${'Round trips, provmap vs per-cell'}](${CHART_FILE})`,
    '',
  ];
  for (const host of ['apps-script', 'excel'] as const) {
    out.push(`### ${host === 'apps-script' ? 'Google Sheets (Apps Script)' : 'Excel (Office.js)'}`, '');
    out.push(
      `| Action | ${sizes.map((s) => `provmap, ${n(s)} pupils`).join(' | ')} | ${sizes.map((s) => `per-cell, ${n(s)}`).join(' | ')} |`,
    );
    out.push(`| --- |${sizes.map(() => ' ---: |').join('')}${sizes.map(() => ' ---: |').join('')}`);
    for (const a of actions)
      out.push(
        `| ${a} | ${sizes.map((s) => cell(find(result.roundTrips, host, a, s), true)).join(' | ')} | ${sizes
          .map((s) => cell(find(result.naive, host, a, s)))
          .join(' | ')} |`,
      );
    out.push('');
  }
  const largest = sizes[sizes.length - 1] ?? 0;
  const rs = ratios(result, largest);
  if (rs.length) {
    out.push(`Per-cell calls over provmap’s calls at ${n(largest)} pupils:`, '');
    out.push('| Host | Action | provmap | per-cell | ratio |', '| --- | --- | ---: | ---: | ---: |');
    for (const r of rs)
      out.push(`| ${r.host} | ${r.action} | ${n(r.ours)} | ${n(r.naive)} | ${n(Math.round(r.ratio))}x |`);
    out.push('');
  }
  out.push(...tabScalingSection(result));
  const failures = [
    ...result.roundTrips.map((r) => ({ r, who: 'provmap' })),
    ...result.naive.map((r) => ({ r, who: 'per-cell' })),
    ...(result.tabScaling ?? []).map((r) => ({ r, who: 'provmap, one tab per class' })),
  ].filter(({ r }) => r.error);
  if (failures.length) {
    out.push(
      'Actions that failed (the figure shows the calls made before the failure; † marks an action that ran after',
      'an earlier one failed, on a workbook missing its sheets, and is left out of every comparison):',
      '',
    );
    for (const { r, who } of failures)
      out.push(`- ${who} on ${r.host}, ${r.action}, ${n(r.pupils)} pupils: ${r.error}`);
    out.push('');
  }
  out.push(
    '## Apps Script time estimate',
    '',
    `Apps Script stops an execution after ${APPS_SCRIPT_COST.limitSeconds / 60} minutes. The estimate is counted calls × ${APPS_SCRIPT_COST.msPerCall} ms plus`,
    `cells read and written × ${APPS_SCRIPT_COST.msPerCell * 1000} µs. The costs come from published measurements, taken on the slow side: a`,
    'spreadsheet call that has to reach the server costs tens of milliseconds (400 row writes each followed by a',
    'flush took about 12 s, 30 ms a call, in a 2013 Stack Overflow measurement; PropertiesService calls average',
    '30–64 ms in L. Peralta’s measurements), while bulk values are cheap (one `setValues` of 4,000 cells took under',
    '50 ms in the same Stack Overflow test, about 12.5 µs a cell). Every counted call is charged as a full round',
    'trip, although Apps Script caches and batches many of them, so real runs should be faster.',
    '',
    `| Action | ${sizes.map((s) => `provmap, ${n(s)} pupils`).join(' | ')} | per-cell, ${n(largest)} pupils |`,
    `| --- |${sizes.map(() => ' ---: |').join('')} ---: |`,
  );
  const est = (r: RoundTrip | undefined): string => (!r || !clean(r) ? '–' : `${appsScriptSeconds(r)} s`);
  for (const a of actions)
    out.push(
      `| ${a} | ${sizes.map((s) => est(find(result.roundTrips, 'apps-script', a, s))).join(' | ')} | ${est(find(result.naive, 'apps-script', a, largest))} |`,
    );
  const perClass = result.tabScaling ?? [];
  if (perClass.some((r) => r.host === 'apps-script' && r.pupils === largest)) {
    const tabs = perClass.find((r) => r.host === 'apps-script' && r.pupils === largest)!.tabs;
    out.push(
      '',
      `With one map tab per class (${n(tabs)} tabs at ${n(largest)} pupils), the same estimate gives:`,
      '',
      '| Action | Estimate |',
      '| --- | ---: |',
      ...actions.map((a) => `| ${a} | ${est(find(perClass, 'apps-script', a, largest))} |`),
    );
  }
  out.push('', '## Core throughput', '');
  out.push('Core alone (no host), median of the timed repeats after one warm-up run.', '');
  const cases = [...new Set(result.core.map((c) => c.case))];
  const coreSizes = [...new Set(result.core.map((c) => c.pupils))].sort((a, b) => a - b);
  out.push(
    `| Case | ${coreSizes.map((s) => `${n(s)} pupils`).join(' | ')} |`,
    `| --- |${coreSizes.map(() => ' ---: |').join('')}`,
  );
  for (const c of cases)
    out.push(
      `| ${c} | ${coreSizes
        .map((s) => {
          const t = result.core.find((x) => x.case === c && x.pupils === s);
          return !t ? '–' : t.error ? `failed: ${t.error}` : `${n(t.ms)} ms`;
        })
        .join(' | ')} |`,
    );
  out.push(
    '',
    'At 3,000 pupils: “import + evaluate” reads and evaluates 100 class trackers (3,000 pupils × 10 subjects × 6',
    'points) and 100 class maps; “collate class maps” collates the 100 maps into the School Map and Summary;',
    '“structure tracker (plan)” builds the plan for the 30,000-row whole-school tracker; “summarise school” builds',
    'the Summary from the School Map.',
    '',
    '## Command line on files',
    '',
    'The `provmap` CLI bundled fresh and run on .xlsx files; wall time includes starting Node and reading and',
    'writing the files. Peak memory is the process’s maximum resident set (GNU `time -v`).',
    '',
    '| Run | Pupils | Time | Peak memory | Exit |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...result.cli.map(
      (c) =>
        `| ${c.case} | ${n(c.pupils)} | ${n(c.ms)} ms | ${c.peakMb === null ? '–' : `${n(c.peakMb)} MB`} | ${c.exitCode} |`,
    ),
    '',
    '## Peak memory of each benchmark process',
    '',
    '| Process | Peak memory |',
    '| --- | ---: |',
    ...Object.entries(result.peakMb).map(([k, v]) => `| ${k} | ${n(v)} MB |`),
    '',
  );
  return out.join('\n');
}

/**
 * Round trips when the school keeps one map tab per class, so the tabs grow with the pupils: the count, and
 * what each extra tab costs, per host and action.
 */
function tabScalingSection(result: BenchResult): string[] {
  const rows = result.tabScaling ?? [];
  if (rows.length === 0) return [];
  const sizes = [...new Set(rows.map((r) => r.pupils))].sort((a, b) => a - b);
  const actions = [...new Set(rows.map((r) => r.action))];
  const out = [
    '### One map tab per class',
    '',
    'The tables above start every size from the same two tabs (the tracker and one whole-school provision map),',
    'so only the number of pupils changes. Many schools keep one map tab per class instead, so a bigger school',
    'also has more tabs. Excel lists every tab’s name, size and visibility in one `sync()`; SpreadsheetApp has no',
    'such call (the Sheets API has, but only with a broader OAuth scope than `spreadsheets.currentonly`), so the',
    'Apps Script adapter asks each tab for its name, size and visibility when it lists the sheets, and for its',
    'grid size before writing, to stay inside the 10,000,000-cell limit. Collation also reads each map. That',
    'cost grows with tabs, never with the pupils on them:',
    '',
    `| Host | Action | ${sizes.map((s) => `${n(s)} pupils`).join(' | ')} | calls per extra tab |`,
    `| --- | --- |${sizes.map(() => ' ---: |').join('')} ---: |`,
  ];
  for (const host of ['apps-script', 'excel'] as const)
    for (const a of actions) {
      const at = sizes.map((s) => rows.find((r) => r.host === host && r.action === a && r.pupils === s));
      const first = at[0];
      const last = at[at.length - 1];
      const perTab =
        first && last && clean(first) && clean(last) && last.tabs > first.tabs
          ? ((last.unchunkedCalls ?? last.calls) - (first.unchunkedCalls ?? first.calls)) /
            (last.tabs - first.tabs)
          : null;
      out.push(
        `| ${host} | ${a} | ${at.map((r) => (r ? `${cell(r)} (${n(r.tabs)} tabs)` : '–')).join(' | ')} | ${perTab === null ? '–' : perTab.toFixed(1)} |`,
      );
    }
  out.push('', 'Calls per extra tab are from the smallest and largest sizes (Excel’s without chunking).', '');
  return out;
}
