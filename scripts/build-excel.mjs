// Builds the Excel add-in into dist/excel-addin: the task pane (the shared panel of ui/ in the Fluent look,
// with the ribbon commands and custom functions in the same runtime: taskpane.html, taskpane.js,
// taskpane.css, and xlsx-reader.js, loaded when a class-map file is picked), functions.json from the functions' JSDoc, icons, and the production and localhost
// manifests from manifests/excel/manifest.template.xml (both checked before the build ends).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { build, transform } from 'esbuild';
import { checkManifest } from './check-manifest.mjs';

const require = createRequire(import.meta.url);
const OUT = 'dist/excel-addin';

/** Where the add-in is served in production; schools hosting their own copy set PROVMAP_EXCEL_BASE_URL. */
export const PRODUCTION_BASE_URL = process.env.PROVMAP_EXCEL_BASE_URL ?? 'https://provmap.example.org/excel';
export const LOCALHOST_BASE_URL = 'https://localhost:3000';

const VARIANTS = {
  production: {
    id: '1e0be0b4-7845-4050-a290-6e10d34cbc46',
    name: 'provmap',
    base: PRODUCTION_BASE_URL,
    file: 'manifest.xml',
  },
  localhost: {
    id: '3ab959fb-20d7-4046-9cdf-8c6241fb33a8',
    name: 'provmap (dev)',
    base: LOCALHOST_BASE_URL,
    file: 'manifest.localhost.xml',
  },
};

/** The Office.js CDN: the only origin the task pane loads from besides its own. */
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_ORIGIN = new URL(OFFICE_JS).origin;

/** The page's policy: its own files and Office.js, nothing inline, nothing else. */
const TASKPANE_CSP = [
  "default-src 'none'",
  `script-src 'self' ${OFFICE_ORIGIN}`,
  "style-src 'self'",
  `connect-src 'self' ${OFFICE_ORIGIN}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** The task pane page: the panel mounts into #app once Office.js is ready. */
export const TASKPANE_HTML = `<!doctype html>
<html lang="en-GB" data-theme="fluent">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${TASKPANE_CSP}">
<title>provmap</title>
<link rel="stylesheet" href="taskpane.css">
<script src="${OFFICE_JS}"></script>
<script src="taskpane.js" defer></script>
</head>
<body>
<div id="app"><p>Loading provmap…</p></div>
</body>
</html>
`;

/** The manifest for one variant, from the template. */
export function renderManifest(template, variant, version) {
  const v = VARIANTS[variant];
  const fill = { ID: v.id, NAME: v.name, BASE_URL: v.base.replace(/\/$/, ''), VERSION: version };
  const xml = template.replace(/\{\{(\w+)\}\}/g, (m, k) => {
    if (!(k in fill)) throw new Error(`Unknown placeholder ${m} in the manifest template`);
    return fill[k].replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  });
  return { xml, base: v.base, file: v.file };
}

/** package.json's version as Office wants it: four numbers. */
export function manifestVersion(pkgVersion) {
  const parts = String(pkgVersion)
    .split(/[.+-]/)
    .filter((p) => /^\d+$/.test(p))
    .slice(0, 3);
  while (parts.length < 3) parts.push('0');
  return `${parts.join('.')}.0`;
}

// A PNG of a square icon: a navy tile with a pale 3 x 3 grid, for the ribbon and the add-in list.
const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
export function iconPng(size) {
  const rows = [];
  const cell = size / 4;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const gx = (x % cell) / cell;
      const gy = (y % cell) / cell;
      const line =
        x >= cell / 2 &&
        y >= cell / 2 &&
        x < size - cell / 2 &&
        y < size - cell / 2 &&
        (gx < 0.12 || gy < 0.12);
      const [r, g, b] = line ? [211, 229, 245] : [10, 63, 110];
      row.set([r, g, b, 255], 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export async function buildExcel() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(`${OUT}/assets`, { recursive: true });
  // The pane, ribbon commands and custom functions; the xlsx reader (ExcelJS, most of the weight) is its
  // own script, loaded only when a class-map file is picked (excel-addin/taskpane/lazy-reader.ts).
  const scripts = {
    'taskpane.js': 'excel-addin/taskpane/main.ts',
    'xlsx-reader.js': 'excel-addin/taskpane/xlsx-reader-entry.ts',
  };
  for (const [file, entry] of Object.entries(scripts))
    await build({
      entryPoints: [entry],
      outfile: `${OUT}/${file}`,
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: ['es2020'],
      minify: true,
      legalComments: 'none',
      charset: 'utf8',
      logLevel: 'warning',
    });
  writeFileSync(`${OUT}/taskpane.html`, TASKPANE_HTML);
  const css = await transform(readFileSync('ui/styles/panel.css', 'utf8'), { loader: 'css', minify: true });
  writeFileSync(`${OUT}/taskpane.css`, css.code);
  for (const size of [16, 32, 64, 80]) writeFileSync(`${OUT}/assets/icon-${size}.png`, iconPng(size));

  const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');
  const meta = await generateCustomFunctionsMetadata('excel-addin/functions/functions.ts');
  if (meta.errors.length > 0) throw new Error(`functions.json: ${meta.errors.join('; ')}`);
  writeFileSync(`${OUT}/functions.json`, `${meta.metadataJson}\n`);

  const version = manifestVersion(JSON.parse(readFileSync('package.json', 'utf8')).version);
  const template = readFileSync('manifests/excel/manifest.template.xml', 'utf8');
  for (const variant of Object.keys(VARIANTS)) {
    const { xml, base, file } = renderManifest(template, variant, version);
    const problems = checkManifest(xml, base);
    if (problems.length > 0) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
    writeFileSync(`${OUT}/${file}`, xml);
  }
  console.log(`build-excel: wrote ${OUT}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildExcel().catch((e) => {
    console.error(e.message ?? e);
    process.exit(1);
  });
}
