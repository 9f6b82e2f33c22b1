// Runs a child process and measures it: wall time, exit code, and peak memory from GNU time when present.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';

/** How a child process went. */
export interface ProcessRun {
  ms: number;
  exitCode: number;
  /** Maximum resident set size in MB, or null without GNU time. */
  peakMb: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command args` (under `time -v` when available) and collects its output. */
export function measureProcess(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<ProcessRun> {
  const timed = existsSync(GNU_TIME);
  const [cmd, argv] = timed ? [GNU_TIME, ['-v', command, ...args]] : [command, [...args]];
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({
        ms: Math.round(performance.now() - start),
        exitCode: code ?? 1,
        peakMb: kb ? Math.round(Number(kb[1]) / 1024) : null,
        stdout,
        stderr,
      });
    });
  });
}
