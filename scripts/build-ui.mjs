// Builds the Google Sheets sidebar: dist/ui/sidebar.html, the panel in Google's look as one self-contained
// HTML file with its script and style inline (Apps Script serves one HTML file per sidebar). The Excel task
// pane is the same panel in the Fluent look; scripts/build-excel.mjs builds it into dist/excel-addin/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build, transform } from 'esbuild';

const root = new URL('..', import.meta.url);
const out = new URL('dist/ui/', root);

/** Inline code must not close its own element early; `<\/` means the same inside JS strings and regexes. */
function inlineSafe(code, tag) {
  return code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

const bundled = await build({
  entryPoints: [new URL('ui/entries/sidebar.ts', root).pathname],
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
const script = inlineSafe(bundled.outputFiles[0].text.trim(), 'script');
const css = (
  await transform(readFileSync(new URL('ui/styles/panel.css', root), 'utf8'), { loader: 'css', minify: true })
).code.trim();
const style = inlineSafe(css, 'style');

// Apps Script templates treat "<?" as a scriptlet: the sidebar must be served with createHtmlOutput, and
// the build refuses to emit the sequence at all so a template can never misread it.
if (script.includes('<?') || style.includes('<?')) throw new Error('sidebar.html: output contains "<?"');

const html = `<!doctype html>
<html lang="en-GB" data-theme="google">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>provmap</title>
<style>${style}</style>
</head>
<body>
<div id="app"><p>Loading provmap…</p></div>
<script>${script}</script>
</body>
</html>
`;
mkdirSync(out, { recursive: true });
writeFileSync(new URL('sidebar.html', out), html);
console.log(`build-ui: dist/ui/sidebar.html (${(Buffer.byteLength(html) / 1024).toFixed(1)} KiB)`);
