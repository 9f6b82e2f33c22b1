// Runs the reliability suite with its figures switched on, and writes docs/reliability.md from what it
// recorded and which tests passed.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureProcess } from '../cases/process.js';
import { reliabilityMarkdown, type SuiteResult } from './reliability-md.js';

interface VitestJson {
  testResults: {
    name: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
  }[];
}

/** Runs `vitest run test/reliability` and writes the document to `docPath`. */
export async function runReliability(docPath: string, log: (s: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'provmap-reliability-'));
  try {
    const figuresDir = join(dir, 'figures');
    const report = join(dir, 'vitest.json');
    log('bench: reliability suite…');
    const run = await measureProcess(
      process.execPath,
      [
        'node_modules/vitest/vitest.mjs',
        'run',
        'test/reliability',
        '--reporter=json',
        `--outputFile=${report}`,
      ],
      { ...process.env, PROVMAP_FIGURES: figuresDir },
    );
    log(`bench: reliability suite done in ${(run.ms / 1000).toFixed(0)} s (exit ${run.exitCode})`);
    const json = existsSync(report)
      ? (JSON.parse(readFileSync(report, 'utf8')) as VitestJson)
      : { testResults: [] };
    const figures: Record<string, Record<string, number>> = {};
    if (existsSync(figuresDir))
      for (const f of readdirSync(figuresDir))
        figures[f.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(figuresDir, f), 'utf8')) as Record<
          string,
          number
        >;
    const suite: SuiteResult = {
      ranAt: new Date().toISOString(),
      seconds: Math.round(run.ms / 1000),
      tests: json.testResults.flatMap((file) =>
        file.assertionResults.map((t) => ({
          file: file.name.replace(/^.*\/test\//, 'test/'),
          name: t.fullName,
          status: t.status,
          failure: t.failureMessages[0]?.split('\n')[0]?.slice(0, 240) ?? null,
        })),
      ),
      figures,
    };
    writeFileSync(docPath, reliabilityMarkdown(suite));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
