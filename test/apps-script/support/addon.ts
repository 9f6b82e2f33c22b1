// Builds the add-on as clasp would push it and loads it into a Node vm context over the fake services,
// so tests call its top-level functions exactly as Apps Script (triggers, menus, google.script.run) would.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import {
  createFakeGoogle,
  type FakeEnv,
  type FakeGoogle,
  type FakeGoogleOptions,
} from '../../fakes/spreadsheet-app/index.js';
import { ROOT } from '../../support/paths.js';

let built: string | null = null;

/**
 * Builds dist-like output into a temporary directory once per test file. `realSidebar` packages the panel
 * built by scripts/build-ui.mjs; otherwise a small stand-in page (the panel has its own tests).
 */
export function buildAddon(realSidebar = false): string {
  if (built && !realSidebar) return built;
  const out = mkdtempSync(join(tmpdir(), 'provmap-apps-script-'));
  const args = [join(ROOT, 'scripts/build-apps-script.mjs'), '--out', out];
  if (!realSidebar) args.push('--sidebar', join(ROOT, 'test/apps-script/fixtures/stand-in-sidebar.html'));
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  if (!realSidebar) built = out;
  return out;
}

/** The built HTML files by name without extension, as HtmlService.createHtmlOutputFromFile finds them. */
export function htmlFiles(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f.replace(/\.html$/, ''), readFileSync(join(dir, f), 'utf8')]),
  );
}

/** Apps Script passes results back through JSON (no Dates, functions or class instances). */
const wire = <T>(v: T): T => (v === undefined ? (null as T) : (JSON.parse(JSON.stringify(v)) as T));

export interface LoadedAddon {
  fake: FakeGoogle;
  context: vm.Context;
  /** Names of the top-level functions the project defines. */
  functions(): string[];
  /** Other top-level names the project defines (beyond the services the fake provides). */
  others(): string[];
  /**
   * Calls a top-level function as google.script.run does: the arguments arrive as JSON parsed inside the
   * project's context, and the answer leaves as JSON.
   */
  run(name: string, ...args: unknown[]): unknown;
  /** Calls a top-level function directly (a trigger, a menu item, a custom function). */
  call(name: string, ...args: unknown[]): unknown;
}

export interface AddonOptions extends FakeGoogleOptions {
  /** The authorisation mode the project is loaded and run in (FULL unless given). */
  authMode?: FakeEnv['authMode'];
}

/** Loads the built project over a fresh fake spreadsheet. */
export function loadAddon(options: AddonOptions = {}, dir = buildAddon()): LoadedAddon {
  const { authMode, ...fakeOptions } = options;
  const fake = createFakeGoogle({ ...fakeOptions, htmlFiles: htmlFiles(dir) });
  if (authMode) fake.env.authMode = authMode;
  const provided = new Set(Object.keys(fake.globals));
  const context = vm.createContext({ ...fake.globals });
  for (const file of ['Code.js', 'Bundle.js'])
    vm.runInContext(readFileSync(join(dir, file), 'utf8'), context, { filename: file });
  // google.script.run rebuilds the arguments inside the project's own realm, so they are that realm's
  // plain objects and arrays (made out here, their prototypes would be this realm's, and look foreign).
  const parseInside = vm.runInContext('(text) => JSON.parse(text)', context) as (text: string) => unknown[];
  const own = () => Object.keys(context).filter((k) => !provided.has(k));
  const fn = (name: string) => {
    const f = (context as Record<string, unknown>)[name];
    if (typeof f !== 'function') throw new Error(`The add-on has no top-level function ${name}`);
    return f as (...a: unknown[]) => unknown;
  };
  return {
    fake,
    context,
    functions: () =>
      own()
        .filter((k) => typeof (context as Record<string, unknown>)[k] === 'function')
        .sort(),
    others: () =>
      own()
        .filter((k) => typeof (context as Record<string, unknown>)[k] !== 'function')
        .sort(),
    run: (name, ...args) => wire(fn(name)(...parseInside(JSON.stringify(args)))),
    call: (name, ...args) => fn(name)(...args),
  };
}
