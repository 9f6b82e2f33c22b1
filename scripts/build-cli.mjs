// Builds the `provmap` command: cli/provmap.ts bundled by esbuild into dist/cli/provmap.mjs (the package's
// bin). Runtime dependencies (exceljs, csv-parse, commander) stay external and load from node_modules.
import { chmodSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

const outfile = 'dist/cli/provmap.mjs';
await build({
  entryPoints: ['cli/provmap.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
});
if (!readFileSync(outfile, 'utf8').startsWith('#!/usr/bin/env node'))
  throw new Error(`${outfile} lost its shebang`);
chmodSync(outfile, 0o755);
console.log(`build-cli: wrote ${outfile}`);
