// Recalculates workbooks in LibreOffice headless, with a throwaway profile that forces recalculation on load.

import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * LibreOffice's own registry setting "Recalculation on file load" for Excel 2007+ files, set to 0
 * ("always"). By default it never recalculates xlsx files and shows their cached results, and ExcelJS
 * writes formulas without cached results, so without this every formula would read as blank.
 */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
</oor:items>
`;

/** The soffice binary: $SOFFICE, else the first `soffice` on PATH, else null. */
export function findSoffice(): string | null {
  if (process.env.SOFFICE && existsSync(process.env.SOFFICE)) return process.env.SOFFICE;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'soffice');
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * Whether LibreOffice tests run: they skip (with a message) only when soffice is missing and CI is not set.
 * In CI a missing soffice fails the tests instead of hiding them.
 */
export function libreOfficeAvailability(): { run: boolean; reason: string } {
  if (findSoffice()) return { run: true, reason: '' };
  if (process.env.CI) return { run: true, reason: 'CI is set: LibreOffice must be installed' };
  return {
    run: false,
    reason: 'LibreOffice (soffice) is not installed; apt install libreoffice-calc to run these',
  };
}

let profile: string | null = null;
let queue: Promise<unknown> = Promise.resolve();

/** One throwaway user profile per test process (LibreOffice locks a profile while it runs). */
function profileDir(): string {
  if (profile) return profile;
  profile = mkdtempSync(join(tmpdir(), 'provmap-lo-profile-'));
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  process.once('exit', () => rmSync(profile!, { recursive: true, force: true }));
  return profile;
}

/**
 * Converts files with LibreOffice (`format`: 'xlsx', 'pdf', ...) into `outDir`, in one soffice run, and
 * returns the new paths in the same order. Calls are queued: one soffice at a time per process.
 */
export function convertAllWithLibreOffice(
  inputs: readonly string[],
  outDir: string,
  format = 'xlsx',
): Promise<string[]> {
  const job = queue.then(async () => {
    const soffice = findSoffice();
    if (!soffice) throw new Error('LibreOffice (soffice) is not installed.');
    mkdirSync(outDir, { recursive: true });
    const filter = format === 'xlsx' ? 'xlsx:Calc MS Excel 2007 XML' : format;
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profileDir()).href}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        filter,
        '--outdir',
        outDir,
        ...inputs,
      ],
      { timeout: 300_000 },
    );
    return inputs.map((input) => {
      const out = join(outDir, `${basename(input, extname(input))}.${format}`);
      if (!existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
      return out;
    });
  });
  queue = job.catch(() => undefined);
  return job;
}

/** Converts one file; see convertAllWithLibreOffice. */
export async function convertWithLibreOffice(
  input: string,
  outDir: string,
  format = 'xlsx',
): Promise<string> {
  const [out] = await convertAllWithLibreOffice([input], outDir, format);
  return out!;
}

/** Recalculates an .xlsx in LibreOffice and returns the path of the recalculated copy (in a new folder). */
export function recalculate(input: string): Promise<string> {
  return convertWithLibreOffice(input, mkdtempSync(join(tmpdir(), 'provmap-recalc-')), 'xlsx');
}

/** Recalculates several .xlsx files (with distinct base names) in one LibreOffice run. */
export function recalculateAll(inputs: readonly string[]): Promise<string[]> {
  return convertAllWithLibreOffice(inputs, mkdtempSync(join(tmpdir(), 'provmap-recalc-')), 'xlsx');
}
