// Builds the panel pages once per test file with the real build scripts, and bundles test-only scripts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../../../', import.meta.url);

const run = (script: string): void => {
  execFileSync(process.execPath, [new URL(script, root).pathname], { stdio: 'pipe', cwd: root.pathname });
};

/** Runs scripts/build-ui.mjs and returns the Google Sheets sidebar page. */
export function buildSidebar(): string {
  run('scripts/build-ui.mjs');
  return readFileSync(new URL('dist/ui/sidebar.html', root), 'utf8');
}

/** The files the Excel task pane is served from, by URL path. */
export const TASKPANE_FILES = [
  '/taskpane.html',
  '/taskpane.js',
  '/taskpane.css',
  '/xlsx-reader.js',
  '/manifest.xml',
] as const;

/** Runs scripts/build-excel.mjs and returns the task pane's files as the add-in serves them. */
export function buildTaskPane(): Record<(typeof TASKPANE_FILES)[number], string> {
  run('scripts/build-excel.mjs');
  const file = (path: string): string => readFileSync(new URL(`dist/excel-addin${path}`, root), 'utf8');
  return Object.fromEntries(TASKPANE_FILES.map((p) => [p, file(p)])) as Record<
    (typeof TASKPANE_FILES)[number],
    string
  >;
}

/** Bundles a test entry (TypeScript) into one browser script. */
export async function bundleForBrowser(entry: string): Promise<string> {
  const r = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return r.outputFiles[0]!.text;
}
