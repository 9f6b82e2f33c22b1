// Counts the reliability suite keeps (inputs tried, fuzz runs, faults injected, cells preserved). When
// PROVMAP_FIGURES names a folder, each source (a test file or a host) writes its counts there as JSON, for
// docs/reliability.md.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const counts = new Map<string, Record<string, number>>();

/** Adds `n` to a named figure of a source ('fuzz', 'corpus', 'apps-script'...). */
export function record(source: string, figure: string, n = 1): void {
  const own = counts.get(source) ?? {};
  own[figure] = (own[figure] ?? 0) + n;
  counts.set(source, own);
  const dir = process.env.PROVMAP_FIGURES;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${source}.json`), JSON.stringify(own, null, 2));
}
