// Builds the panel pages once per test file (scripts/build-ui.mjs) and bundles test-only browser scripts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../../../', import.meta.url);

/** Runs the real build and returns the two pages. */
export function buildPanel(): { sidebar: string; taskpane: string } {
  execFileSync(process.execPath, [new URL('scripts/build-ui.mjs', root).pathname], { stdio: 'pipe' });
  return {
    sidebar: readFileSync(new URL('dist/ui/sidebar.html', root), 'utf8'),
    taskpane: readFileSync(new URL('dist/ui/taskpane.html', root), 'utf8'),
  };
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
