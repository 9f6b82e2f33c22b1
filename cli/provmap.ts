#!/usr/bin/env node
// Entry point of the `provmap` command (run with tsx in the repo, or as the built dist/cli/provmap.mjs).

import { runCli } from './program.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
});
