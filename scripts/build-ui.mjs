// Builds the panel: dist/ui/sidebar.html (Google theme) and dist/ui/taskpane.html (Fluent theme), each one
// self-contained HTML file with its script and style inline. The task pane gets a Content-Security-Policy
// that allows only itself (the inline script and style, by hash) and the Office.js CDN.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build, transform } from 'esbuild';

const root = new URL('..', import.meta.url);
const out = new URL('dist/ui/', root);

/** The Office.js CDN, the only origin the task pane may load from besides itself. */
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_ORIGIN = new URL(OFFICE_JS).origin;

const TARGETS = [
  { file: 'sidebar.html', entry: 'ui/entries/sidebar.ts', theme: 'google', office: false },
  { file: 'taskpane.html', entry: 'ui/entries/taskpane.ts', theme: 'fluent', office: true },
];

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Inline code must not close its own element early; `<\/` means the same inside JS strings and regexes. */
function inlineSafe(code, tag) {
  return code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

async function bundle(entry) {
  const result = await build({
    entryPoints: [new URL(entry, root).pathname],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text.trim();
}

function csp(script, style) {
  return [
    "default-src 'none'",
    `script-src 'self' ${sha256(script)} ${OFFICE_ORIGIN}`,
    `style-src 'self' ${sha256(style)}`,
    `connect-src 'self' ${OFFICE_ORIGIN}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

function page({ theme, office, script, style }) {
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    office ? `<meta http-equiv="Content-Security-Policy" content="${csp(script, style)}">` : '',
    '<title>provmap</title>',
    office ? `<script src="${OFFICE_JS}"></script>` : '',
    `<style>${style}</style>`,
  ].filter(Boolean);
  return `<!doctype html>
<html lang="en-GB" data-theme="${theme}">
<head>
${head.join('\n')}
</head>
<body>
<div id="app"><p>Loading provmap…</p></div>
<script>${script}</script>
</body>
</html>
`;
}

const css = (
  await transform(readFileSync(new URL('ui/styles/panel.css', root), 'utf8'), { loader: 'css', minify: true })
).code.trim();
const style = inlineSafe(css, 'style');

mkdirSync(out, { recursive: true });
for (const t of TARGETS) {
  const script = inlineSafe(await bundle(t.entry), 'script');
  // Apps Script templates treat "<?" as a scriptlet: the sidebar must be served with createHtmlOutput,
  // and the build refuses to emit the sequence at all so a template can never misread it.
  if (!t.office && (script.includes('<?') || style.includes('<?')))
    throw new Error(`${t.file}: output contains "<?"`);
  const html = page({ ...t, script, style });
  writeFileSync(new URL(t.file, out), html);
  console.log(`build-ui: dist/ui/${t.file} (${(Buffer.byteLength(html) / 1024).toFixed(1)} KiB)`);
}
