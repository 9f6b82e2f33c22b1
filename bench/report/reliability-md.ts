// docs/reliability.md from a run of the reliability suite: inputs tried, fuzz runs, faults injected, cells
// preserved, security checks, which checks pass, and what each host promises.

import { SCENARIOS } from '../../test/reliability/corpus/index.js';
import { reliabilityHosts } from '../../test/reliability/hosts.js';

/** A run of the reliability suite: each check's outcome and the figures recorded. */
export interface SuiteResult {
  ranAt: string;
  seconds: number;
  tests: { file: string; name: string; status: string; failure: string | null }[];
  /** Figures by source ('corpus', 'fuzz', 'security', a host name), as the tests recorded them. */
  figures: Record<string, Record<string, number>>;
}

/** Terminal colour codes vitest may leave in a failure message. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

const n = (x: number | undefined): string => (x === undefined ? '–' : x.toLocaleString('en-GB'));

/** The whole document. */
export function reliabilityMarkdown(s: SuiteResult): string {
  const f = s.figures;
  const passed = s.tests.filter((t) => t.status === 'passed').length;
  const failed = s.tests.filter((t) => t.status === 'failed');
  const hosts = reliabilityHosts();
  const hostNames = hosts.map((h) => h.name);
  const out: string[] = [
    '# Reliability and security',
    '',
    '<!-- Written by `npm run bench` (bench/report/reliability-run.ts) from a run of `test/reliability`. -->',
    '',
    `Run ${s.ranAt.slice(0, 10)}: ${n(s.tests.length)} checks, ${n(passed)} passed, ${n(failed.length)} failed (${s.seconds} s).`,
    'Reproduce: `npx vitest run test/reliability` (the checks); `npm run bench` (the checks and this page).',
    'Fuzzing uses fixed seeds, so every run tries the same inputs.',
    '',
    '## Figures',
    '',
    '| What | Count |',
    '| --- | ---: |',
    `| Bad-input scenarios tried (corpus) | ${n(f.corpus?.scenarios)} |`,
    `| Cells in those scenarios | ${n(f.corpus?.cells)} |`,
    `| Fuzzed grids through import | ${n(f.fuzz?.['import runs'])} (${n(f.fuzz?.['import readings'])} read, ${n(f.fuzz?.['import typed errors'])} typed errors, 0 crashes allowed) |`,
    `| Fuzzed grids through evaluation | ${n(f.fuzz?.['evaluate runs'])} |`,
    `| Fuzzed grids through the structure action | ${n(f.fuzz?.['structure runs'])} |`,
    `| Fuzzed plans re-run for idempotence | ${n(f.fuzz?.['idempotence runs'])} |`,
    ...hostNames.flatMap((h) => [
      `| ${h}: faults injected (a failure at call k, every k) | ${n(f[h]?.['faults injected'])} |`,
      `| ${h}: actions re-run and compared | ${n(f[h]?.['idempotent re-runs'])} |`,
      `| ${h}: teacher-typed cells checked after updates | ${n(f[h]?.['cells preserved'])} (over ${n(f[h]?.['update runs'])} fuzzed updates) |`,
    ]),
    `| Manifests checked for scopes and permissions | ${n(f.security?.['manifests checked'])} |`,
    `| Panels scanned for remote scripts | ${n(f.security?.['pages scanned'])} |`,
    `| Content-Security-Policies checked | ${n(f.security?.['policies checked'])} |`,
    `| Panel and add-in files scanned for HTML sinks and eval | ${n(f.security?.['panel files scanned for HTML sinks'])} |`,
    `| Core files scanned for network calls | ${n(f.security?.['core files scanned'])} |`,
    `| Built bundles scanned for network calls | ${n(f.security?.['bundles scanned'])} |`,
    '',
    'A figure counts only what ran: a check that stopped at its first failure counts the inputs before it.',
    '',
    '## Bad-input corpus',
    '',
    'Each scenario (`test/reliability/corpus/`) goes through import and the structure action. It must give a typed',
    'error or well-formed diagnostics (sheet, A1 cell, stable code, message, hint), never another exception; no',
    'text a teacher typed may come back as a formula; every pupil read must reach the Pupils sheet or be reported;',
    'and running the action again over what it wrote must give the same plan.',
    '',
    '| Scenario | Input |',
    '| --- | --- |',
    ...SCENARIOS.map((sc) => `| ${sc.name} | ${sc.about} |`),
    '',
    '## What each host promises',
    '',
    ...hosts.map((h) => `- ${h.promise}`),
    '- Every host: provmap writes only the sheets it owns (Provision Map, Interventions, Pupils, Tracker, Scales,',
    '  School Map, Summary, Review); a teacher’s own sheets are never written, text is always written as text, and',
    '  the teacher’s own conditional formats, added columns and typed values are kept.',
    '',
    '## Checks that failed in this run',
    '',
  ];
  if (failed.length === 0) out.push('None.', '');
  else {
    out.push('| File | Check | First line of the failure |', '| --- | --- | --- |');
    for (const t of failed)
      out.push(
        `| ${t.file} | ${t.name.replace(/\|/g, '\\|')} | ${(t.failure ?? '').replace(/\|/g, '\\|').replace(ANSI_COLOUR, '')} |`,
      );
    out.push('');
  }
  return out.join('\n');
}
