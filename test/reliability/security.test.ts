// Security checks on what ships: the narrowest OAuth scopes and Office permissions, panels that load no
// remote script beyond the hosts' own, a Content-Security-Policy on the task pane, no network calls from
// core (and none from the built bundles).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { record } from './figures.js';
import { csp, HTML_SINKS, NETWORK_APIS, NETWORK_MODULES, remoteLoads } from './scan.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const at = (p: string): string => join(ROOT, p);
const read = (p: string): string => readFileSync(at(p), 'utf8');

/** The only scopes the add-on needs: this spreadsheet, its own sidebar and dialogs, and files the user picks. */
const NARROW_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/drive.file',
];
/** Scripts a panel may load from elsewhere: the hosts' own. */
const HOST_SCRIPTS = [
  'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
  'https://apis.google.com/js/api.js',
];
const OFFICE_ORIGIN = 'https://appsforoffice.microsoft.com';
function files(dir: string, ext: RegExp): string[] {
  if (!existsSync(at(dir))) return [];
  const out: string[] = [];
  for (const name of readdirSync(at(dir))) {
    const rel = join(dir, name);
    if (statSync(at(rel)).isDirectory()) out.push(...files(rel, ext));
    else if (ext.test(name)) out.push(rel);
  }
  return out;
}

const builtPanels = ['dist/ui/sidebar.html', 'dist/excel-addin/taskpane.html'].filter((p) =>
  existsSync(at(p)),
);
const builtBundles = [
  ...files('dist/excel-addin', /\.js$/),
  ...files('dist/apps-script', /\.js$/),
  ...builtPanels,
];

describe('security: the scanners find what they look for', () => {
  it('sees remote scripts, styles and dynamic loads', () => {
    const page =
      '<script src="https://evil.test/a.js"></script><link rel="stylesheet" href="//fonts.test/b.css">' +
      '<script>var s = document.createElement("script"); s.src = "https://evil.test/c.js";</script>' +
      '<style>@import url("https://evil.test/d.css");</style><script src="taskpane.js"></script>';
    expect(remoteLoads(page)).toEqual([
      'https://evil.test/a.js',
      '//fonts.test/b.css',
      'https://evil.test/c.js',
      'https://evil.test/d.css',
    ]);
  });
  it('reads a policy and spots network calls and modules', () => {
    const policy = csp(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-eval'">`,
    );
    expect(policy?.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
    for (const code of [
      'await fetch(url)',
      'new XMLHttpRequest()',
      'new WebSocket(u)',
      'navigator.sendBeacon(u)',
      'UrlFetchApp.fetch(u)',
    ])
      expect(NETWORK_APIS.test(code), code).toBe(true);
    expect(NETWORK_MODULES.test("import https from 'node:https';")).toBe(true);
    expect(NETWORK_APIS.test('const prefetched = rows; e.importScripts && x')).toBe(false);
    for (const code of [
      'el.innerHTML = name',
      'el.insertAdjacentHTML("beforeend", x)',
      'document.write(x)',
      '<?!= pupil.name ?>',
      'eval(s)',
      'new Function(s)',
    ])
      expect(HTML_SINKS.test(code), code).toBe(true);
    expect(HTML_SINKS.test('el.textContent = name; <?= pupil.name ?>')).toBe(false);
  });
});

describe('security: OAuth scopes and manifest permissions', () => {
  for (const path of ['manifests/appsscript.json', 'dist/apps-script/appsscript.json'].filter((p) =>
    existsSync(at(p)),
  ))
    it(`${path} asks only for the narrow scopes`, () => {
      const manifest = JSON.parse(read(path)) as { oauthScopes?: string[]; urlFetchWhitelist?: string[] };
      expect(manifest.oauthScopes, 'scopes are listed, not inferred').toBeDefined();
      for (const scope of manifest.oauthScopes!) expect(NARROW_SCOPES, scope).toContain(scope);
      expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
      expect(manifest.urlFetchWhitelist ?? []).toEqual([]);
      record('security', 'manifests checked');
    });

  for (const path of ['manifests/excel/manifest.template.xml', 'dist/excel-addin/manifest.xml'].filter((p) =>
    existsSync(at(p)),
  ))
    it(`${path} asks only to read and write the open workbook`, () => {
      const xml = read(path);
      const permissions = [...xml.matchAll(/<Permissions>\s*([^<]+?)\s*<\/Permissions>/g)].map((m) => m[1]);
      expect(permissions).toEqual(['ReadWriteDocument']);
      record('security', 'manifests checked');
    });
});

describe('security: panels load no remote script beyond the hosts’ own', () => {
  const pages = [...builtPanels, ...files('apps-script/html', /\.html$/)];
  it('finds the panels to check', () => expect(pages.length).toBeGreaterThan(0));
  for (const page of pages)
    it(page, () => {
      for (const url of remoteLoads(read(page))) expect(HOST_SCRIPTS, `${page} loads ${url}`).toContain(url);
      record('security', 'pages scanned');
    });
});

describe('security: the task pane has a Content-Security-Policy', () => {
  const panes = builtPanels.filter((p) => p.endsWith('taskpane.html'));
  for (const pane of panes)
    it(`${pane}: only itself and the Office.js CDN, no eval, no plugins`, () => {
      const policy = csp(read(pane));
      expect(policy, 'a CSP meta tag').not.toBeNull();
      expect(['self', 'none'].map((v) => `'${v}'`)).toContain(policy!.get('default-src')?.[0]);
      const scripts = policy!.get('script-src') ?? policy!.get('default-src')!;
      for (const source of scripts)
        expect(
          source === "'self'" || source === OFFICE_ORIGIN || /^'sha(256|384|512)-/.test(source),
          `script-src ${source}`,
        ).toBe(true);
      for (const source of policy!.get('connect-src') ?? [])
        expect(["'self'", "'none'", OFFICE_ORIGIN]).toContain(source);
      for (const [name, values] of policy!) {
        expect(values, `${name} allows eval`).not.toContain("'unsafe-eval'");
        expect(values, `${name} allows anything`).not.toContain('*');
      }
      expect(policy!.get('object-src')).toEqual(["'none'"]);
      record('security', 'policies checked');
    });
});

describe('security: pupil text is never rendered as HTML or run as code', () => {
  const sources = ['ui', 'excel-addin', 'apps-script'].flatMap((d) => files(d, /\.(ts|html)$/));
  it('the panels set text with textContent: no innerHTML, document.write, eval or force-printed template tags', () => {
    expect(sources.length).toBeGreaterThan(10);
    const offenders = sources.flatMap((f) => {
      const m = HTML_SINKS.exec(read(f));
      return m ? [`${f}: ${m[0]}`] : [];
    });
    expect(offenders).toEqual([]);
    record('security', 'panel files scanned for HTML sinks', sources.length);
  });
});

describe('security: no network calls', () => {
  const sources = files('core', /\.ts$/);
  it('core has no network API and imports no network module', () => {
    expect(sources.length).toBeGreaterThan(50);
    const offenders = sources.filter((f) => {
      const code = read(f);
      return NETWORK_APIS.test(code) || NETWORK_MODULES.test(code) || /\bimport\s*\(/.test(code);
    });
    expect(offenders).toEqual([]);
    record('security', 'core files scanned', sources.length);
  });

  it('the CLI imports no network module', () => {
    const offenders = files('cli', /\.ts$/).filter(
      (f) => NETWORK_MODULES.test(read(f)) || NETWORK_APIS.test(read(f)),
    );
    expect(offenders).toEqual([]);
  });

  it('the built bundles make no network calls', (ctx) => {
    if (builtBundles.length === 0) return ctx.skip();
    for (const bundle of builtBundles) {
      const m = NETWORK_APIS.exec(read(bundle));
      expect(m ? `${bundle}: ${m[0]}` : null).toBeNull();
      record('security', 'bundles scanned');
    }
  });
});
