// The build writes what `clasp push` needs, with a checked manifest, the allow-listed surface, custom
// functions that keep their JSDoc, and self-contained pages.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_FUNCTIONS } from '../../apps-script/public-functions.js';
import { ROOT } from '../support/paths.js';
import { buildAddon } from './support/addon.js';

/** The parts of the build script the tests call directly. */
interface BuildScript {
  checkManifest(m: Record<string, unknown>): unknown;
  readExports(file: string): { name: string; params: string[] | null; doc: string | null }[];
  checkSurface(fns: ReturnType<BuildScript['readExports']>, allow: Record<string, string>): void;
}

const manifest = () =>
  JSON.parse(readFileSync(join(ROOT, 'manifests/appsscript.json'), 'utf8')) as Record<string, unknown>;

let dir = '';
let script: BuildScript;
let check: BuildScript['checkManifest'];
beforeAll(async () => {
  script = (await import(pathToFileURL(join(ROOT, 'scripts/build-apps-script.mjs')).href)) as BuildScript;
  check = script.checkManifest;
  // The real panel, as `npm run build` packages it.
  dir = buildAddon(true);
}, 120_000);

describe('build-apps-script', () => {
  it('writes exactly the files clasp pushes', () => {
    expect(readdirSync(dir).sort()).toEqual([
      'Bundle.js',
      'Code.js',
      'Help.html',
      'Picker.html',
      'Sidebar.html',
      'appsscript.json',
    ]);
    const project = mkdtempSync(join(tmpdir(), 'provmap-clasp-'));
    // A checkout as docs/apps-script.md describes it: the example .clasp.json, the build in dist/apps-script.
    const example = JSON.parse(readFileSync(join(ROOT, '.clasp.json.example'), 'utf8')) as {
      rootDir: string;
    };
    cpSync(dir, join(project, example.rootDir), { recursive: true });
    writeFileSync(join(project, '.clasp.json'), JSON.stringify({ ...example, scriptId: 'test-script' }));
    const status = JSON.parse(
      execFileSync(join(ROOT, 'node_modules/.bin/clasp'), ['show-file-status', '--json'], {
        cwd: project,
        encoding: 'utf8',
      }),
    ) as { filesToPush: string[]; untrackedFiles: string[] };
    expect(status.filesToPush.map((f) => f.split('/').pop()).sort()).toEqual(readdirSync(dir).sort());
    expect(status.untrackedFiles).toEqual([]);
  });

  it('pushes the manifest with V8, the narrow scopes and the Sheets advanced service', () => {
    const pushed = JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8')) as {
      runtimeVersion: string;
      oauthScopes: string[];
      dependencies: { enabledAdvancedServices: { userSymbol: string; serviceId: string; version: string }[] };
    };
    expect(pushed.runtimeVersion).toBe('V8');
    expect(pushed.oauthScopes.sort()).toEqual([
      'https://www.googleapis.com/auth/drive.file',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    expect(pushed.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' },
    ]);
  });

  it('refuses manifests that ask for more than provmap needs', () => {
    expect(() => check(manifest())).not.toThrow();
    const broader = (scope: string) => ({
      ...manifest(),
      oauthScopes: [...(manifest().oauthScopes as string[]), scope],
    });
    for (const scope of [
      'https://www.googleapis.com/auth/spreadsheets',
      'https://www.googleapis.com/auth/drive',
      'https://www.googleapis.com/auth/drive.readonly',
      'https://www.googleapis.com/auth/script.external_request',
    ])
      expect(() => check(broader(scope)), scope).toThrow(/broader/);
    expect(() => check({ ...manifest(), runtimeVersion: 'DEPRECATED_ES5' })).toThrow(/V8/);
    expect(() => check({ ...manifest(), dependencies: {} })).toThrow(/Sheets advanced service/);
    const { oauthScopes: _omit, ...implicit } = manifest();
    expect(() => check(implicit)).toThrow(/explicitly/);
  });

  it('declares one top-level function per allow-listed name, custom functions with their JSDoc', () => {
    const code = readFileSync(join(dir, 'Code.js'), 'utf8');
    const declared = [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]).sort();
    expect(declared).toEqual(Object.keys(PUBLIC_FUNCTIONS).sort());
    for (const [name, kind] of Object.entries(PUBLIC_FUNCTIONS)) {
      if (kind !== 'custom') continue;
      const doc = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(`).exec(code);
      expect(doc, name).not.toBeNull();
      expect(doc![1]).toMatch(/@customfunction/);
      expect(doc![1]).toMatch(/@param \{[^}]+\} (\[\w+\]|\w+) \w/);
    }
    const bundle = readFileSync(join(dir, 'Bundle.js'), 'utf8');
    expect(bundle).toMatch(/^\/\/.*\n"use strict";\nvar provmap_ = \(\(\) => \{/);
    expect(bundle).not.toMatch(/\brequire\(|\bprocess\.env\b/);
  });

  it('packages each page as one self-contained file with no template scriptlets', () => {
    for (const page of ['Sidebar.html', 'Picker.html', 'Help.html']) {
      const html = readFileSync(join(dir, page), 'utf8');
      expect(html, page).not.toContain('<?');
      expect(html, page).not.toMatch(/<script[^>]*\bsrc=|<link[^>]*stylesheet/i);
      expect(html, page).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
    }
    expect(readFileSync(join(dir, 'Sidebar.html'), 'utf8')).toContain('<div id="app">');
    // The only outside script any page loads is Google's Picker loader.
    const picker = readFileSync(join(dir, 'Picker.html'), 'utf8');
    expect([...picker.matchAll(/https:\/\/[^\s'"]+/g)].map((m) => m[0])).toEqual([
      'https://apis.google.com/js/api.js',
    ]);
  });

  it('fails when globals.ts exports something the allow-list does not name, or a custom function lacks JSDoc', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'provmap-surface-'));
    const original = readFileSync(join(ROOT, 'apps-script/globals.ts'), 'utf8');
    const variant = (name: string, text: string) => {
      const file = join(scratch, name);
      writeFileSync(file, text);
      return () => script.checkSurface(script.readExports(file), PUBLIC_FUNCTIONS);
    };
    expect(variant('same.ts', original)).not.toThrow();
    expect(
      variant('extra.ts', `${original}\nexport function internalHelper(): number {\n  return 1;\n}\n`),
    ).toThrow(/not in the allow-list: internalHelper/);
    expect(variant('missing.ts', original.replace('export function menuHelp', 'function menuHelp'))).toThrow(
      /not exported: menuHelp/,
    );
    expect(
      variant(
        'undocumented.ts',
        original.replace(
          ' * @customfunction\n */\nexport function PROVMAP_STEPS',
          ' */\nexport function PROVMAP_STEPS',
        ),
      ),
    ).toThrow(/PROVMAP_STEPS needs a JSDoc block with @customfunction/);
  });
});
