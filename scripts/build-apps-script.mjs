// Builds the Google Sheets editor add-on into dist/apps-script/, ready for `clasp push`:
//   appsscript.json  the manifest from manifests/, checked (V8, narrow scopes, the Sheets advanced service)
//   Code.js          one top-level function per export of apps-script/globals.ts (custom functions keep their
//                    JSDoc), each forwarding to the bundle
//   Bundle.js        the whole add-on as one esbuild IIFE (strict mode) in `var provmap_`
//   Sidebar.html     the shared panel (built by scripts/build-ui.mjs), Picker.html and Help.html, each one
//                    self-contained file
// Every top-level function of an Apps Script project can be called from the browser console, so the
// exports of globals.ts must equal the allow-list in apps-script/public-functions.ts, or the build fails.
// Usage: node scripts/build-apps-script.mjs [--out <dir>] [--sidebar <built sidebar.html>]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const at = (p) => resolve(root, p);
const argOut = process.argv.indexOf('--out');
const out = argOut >= 0 ? resolve(process.argv[argOut + 1]) : at('dist/apps-script');
const argSidebar = process.argv.indexOf('--sidebar');
const givenSidebar = argSidebar >= 0 ? resolve(process.argv[argSidebar + 1]) : null;

const ENTRY = 'apps-script/globals.ts';
const GLOBAL_NAME = 'provmap_';

/** The only scopes the add-on may ask for: this spreadsheet, its own dialogs, and files the user picks. */
const REQUIRED_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
];
const ALLOWED_SCOPES = [...REQUIRED_SCOPES, 'https://www.googleapis.com/auth/drive.file'];

function fail(message) {
  throw new Error(`build-apps-script: ${message}`);
}

/** Checks the source manifest and returns it as it will be pushed. */
export function checkManifest(manifest) {
  if (manifest.runtimeVersion !== 'V8') fail('the manifest must set "runtimeVersion": "V8".');
  const scopes = manifest.oauthScopes;
  if (!Array.isArray(scopes)) fail('the manifest must list oauthScopes explicitly.');
  if (new Set(scopes).size !== scopes.length) fail('the manifest lists a scope twice.');
  for (const s of scopes) if (!ALLOWED_SCOPES.includes(s)) fail(`scope ${s} is broader than provmap needs.`);
  for (const s of REQUIRED_SCOPES) if (!scopes.includes(s)) fail(`the manifest is missing scope ${s}.`);
  const services = manifest.dependencies?.enabledAdvancedServices ?? [];
  const sheets = services.find((s) => s.serviceId === 'sheets');
  if (!sheets || sheets.userSymbol !== 'Sheets' || sheets.version !== 'v4')
    fail('the Sheets advanced service (userSymbol Sheets, v4) must be enabled, to read picked files.');
  if (services.length !== 1) fail('only the Sheets advanced service may be enabled.');
  for (const key of ['webapp', 'executionApi', 'urlFetchWhitelist'])
    if (key in manifest) fail(`the manifest must not declare ${key}.`);
  return manifest;
}

/** Exported functions of the entry module: name, parameters and the JSDoc block above each. */
export function readExports(file = at(ENTRY)) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const exported = (node) =>
    ts.getModifiers?.(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
  const jsdoc = (node) => {
    const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
    const last = ranges.filter((r) => text.slice(r.pos, r.pos + 3) === '/**').pop();
    return last ? text.slice(last.pos, last.end) : null;
  };
  const fns = [];
  for (const node of source.statements) {
    if (ts.isExportDeclaration(node)) {
      if (node.isTypeOnly) continue;
      fail(`${ENTRY} must declare its public functions itself, not re-export them.`);
    }
    if (ts.isExportAssignment(node)) fail(`${ENTRY} must not have a default export.`);
    if (!exported(node)) continue;
    if (ts.isFunctionDeclaration(node) && node.name) {
      const params = node.parameters.map((p) => {
        if (p.dotDotDotToken || !ts.isIdentifier(p.name)) fail(`${node.name.text}: use plain parameters.`);
        return p.name.text.replace(/^_+/, '') || 'arg';
      });
      fns.push({ name: node.name.text, params, doc: jsdoc(node) });
    } else if (ts.isVariableStatement(node)) {
      for (const d of node.declarationList.declarations) {
        if (!ts.isIdentifier(d.name)) fail(`${ENTRY}: destructured exports are not allowed.`);
        fns.push({ name: d.name.text, params: null, doc: jsdoc(node) });
      }
    } else if (!ts.isInterfaceDeclaration(node) && !ts.isTypeAliasDeclaration(node)) {
      fail(`${ENTRY}: only functions may be exported (found ${ts.SyntaxKind[node.kind]}).`);
    }
  }
  return fns;
}

/** The allow-list, evaluated from its TypeScript source. */
export async function readAllowList() {
  const result = await build({
    entryPoints: [at('apps-script/public-functions.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'warning',
  });
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
  return (await import(url)).PUBLIC_FUNCTIONS;
}

async function bundle() {
  const result = await build({
    entryPoints: [at(ENTRY)],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** One generated top-level function per export, forwarding to the bundle. */
function stub(fn, kind) {
  const call = fn.params
    ? `${GLOBAL_NAME}.${fn.name}(${fn.params.join(', ')})`
    : `${GLOBAL_NAME}.${fn.name}.apply(null, arguments)`;
  const head = `function ${fn.name}(${(fn.params ?? []).join(', ')}) {\n  return ${call};\n}`;
  if (kind !== 'custom') return `/** ${kind}: see apps-script/globals.ts */\n${head}`;
  // Sheets shows a custom function's JSDoc as its argument help.
  const doc = fn.doc.replace(/^[ \t]*\*/gm, ' *');
  return `${doc}\n${head}`;
}

/** The exports must be the allow-list; custom functions need @customfunction JSDoc and upper-case names. */
export function checkSurface(fns, allow) {
  const names = fns.map((f) => f.name);
  const extra = names.filter((n) => !(n in allow));
  const missing = Object.keys(allow).filter((n) => !names.includes(n));
  if (extra.length) fail(`exported but not in the allow-list: ${extra.join(', ')}`);
  if (missing.length) fail(`in the allow-list but not exported: ${missing.join(', ')}`);
  for (const f of fns) {
    if (f.name.endsWith('_'))
      fail(`${f.name}: a public function cannot end in "_" (Apps Script hides those).`);
    const custom = allow[f.name] === 'custom';
    const tagged = /@customfunction\b/.test(f.doc ?? '');
    if (custom && !tagged) fail(`${f.name} needs a JSDoc block with @customfunction.`);
    if (!custom && tagged) fail(`${f.name} is tagged @customfunction but not listed as custom.`);
    if (custom && !/^[A-Z][A-Z0-9_]*$/.test(f.name)) fail(`${f.name}: custom functions are upper case.`);
    if (custom && !f.params) fail(`${f.name}: custom functions must be function declarations.`);
  }
}

/** Compiles the script and runs it in an empty context: its top-level functions must be the allow-list. */
function checkCode(code, allow) {
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: 'Code.js' });
  const globals = Object.keys(context);
  const fns = globals.filter((k) => typeof context[k] === 'function').sort();
  const expected = Object.keys(allow).sort();
  if (JSON.stringify(fns) !== JSON.stringify(expected))
    fail(`top-level functions ${fns} differ from the allow-list.`);
  const others = globals.filter((k) => typeof context[k] !== 'function');
  if (JSON.stringify(others) !== JSON.stringify([GLOBAL_NAME])) fail(`unexpected top-level names: ${others}`);
}

/** A dialog page must be one self-contained file that no template could misread. */
function checkHtml(name, html, { allowOrigins = [] } = {}) {
  if (html.includes('<?')) fail(`${name} contains "<?", which Apps Script templates would run.`);
  if (/<script[^>]*\bsrc=/i.test(html) || /<link[^>]*stylesheet/i.test(html))
    fail(`${name} must inline its script and style.`);
  if (/\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|document\.write|\beval\(/.test(html))
    fail(`${name} must build its DOM with textContent, not HTML strings.`);
  for (const m of html.matchAll(/https?:\/\/[^\s"'<>)]+/g)) {
    const origin = new URL(m[0]).origin;
    if (!allowOrigins.includes(origin) && !/^https?:\/\/(www\.)?w3\.org$/.test(origin))
      fail(`${name} refers to ${origin}; dialogs may only load Google's own scripts.`);
  }
  return html;
}

/** The shared panel as scripts/build-ui.mjs builds it (or a given built page). */
function sidebarHtml() {
  if (givenSidebar) return checkHtml('Sidebar.html', readFileSync(givenSidebar, 'utf8'));
  const builder = at('scripts/build-ui.mjs');
  if (existsSync(builder)) {
    try {
      execFileSync(process.execPath, [builder], { stdio: ['ignore', 'ignore', 'inherit'] });
    } catch {
      fail('the panel (scripts/build-ui.mjs) did not build; the sidebar cannot be packaged.');
    }
  }
  const built = at('dist/ui/sidebar.html');
  if (!existsSync(built)) fail('dist/ui/sidebar.html was not built.');
  return checkHtml('Sidebar.html', readFileSync(built, 'utf8'));
}

async function main() {
  const manifest = checkManifest(JSON.parse(readFileSync(at('manifests/appsscript.json'), 'utf8')));
  const allow = await readAllowList();
  const fns = readExports();
  checkSurface(fns, allow);
  const header = [
    '// provmap for Google Sheets. Generated by scripts/build-apps-script.mjs: do not edit.',
    `// The functions below are the add-on's whole public surface; everything else lives inside ${GLOBAL_NAME}`,
    '// (Bundle.js), where google.script.run cannot reach it.',
    '',
  ].join('\n');
  const code = `${header}\n${fns.map((f) => stub(f, allow[f.name])).join('\n\n')}\n`;
  const bundled = `// provmap for Google Sheets: the add-on bundled by esbuild. Generated: do not edit.\n${await bundle()}`;
  checkCode(`${code}\n${bundled}`, allow);

  const pages = {
    'Sidebar.html': sidebarHtml(),
    'Picker.html': checkHtml('Picker.html', readFileSync(at('apps-script/html/picker.html'), 'utf8'), {
      allowOrigins: ['https://apis.google.com'],
    }),
    'Help.html': checkHtml('Help.html', readFileSync(at('apps-script/html/help.html'), 'utf8')),
  };

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(resolve(out, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(resolve(out, 'Code.js'), code);
  writeFileSync(resolve(out, 'Bundle.js'), bundled);
  for (const [name, html] of Object.entries(pages)) writeFileSync(resolve(out, name), html);
  const kib = (s) => `${(Buffer.byteLength(s) / 1024).toFixed(1)} KiB`;
  console.log(
    `build-apps-script: ${out} (${fns.length} public functions, Bundle.js ${kib(bundled)}, ${Object.keys(pages).length} pages)`,
  );
}

// Imported by the tests for checkManifest; run as a script, it builds.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
