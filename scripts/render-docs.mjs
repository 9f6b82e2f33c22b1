// Renders pictures of provmap's output for the docs: runs the demo, then prints the structured provision map
// and the leaders' summary through LibreOffice (recalculated on load) to PDF, and pdftoppm to PNG.
//
//   node scripts/render-docs.mjs            writes docs/provision-map.png and docs/summary.png
//
// Needs LibreOffice (soffice) and poppler-utils (pdftoppm).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';

const root = resolve(new URL('..', import.meta.url).pathname);
const demoDir = join(root, 'out', 'docs-demo');
const docsDir = join(root, 'docs');

const TARGETS = [
  { file: 'class-3-provision-map.xlsx', sheet: 'Provision Map', png: 'provision-map.png' },
  { file: 'school-summary.xlsx', sheet: 'Summary', png: 'summary.png' },
];

// LibreOffice shows cached results of xlsx formulas unless told to recalculate on load ("always" = 0).
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const DPI = '120';
const MARGIN = 16;

/** The box around everything that is not white on a PPM page (P6), plus a margin. */
function contentBox(ppmPath) {
  const data = readFileSync(ppmPath);
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`${ppmPath} is not a binary PPM`);
  const [all, w, h] = header.map(Number);
  const start = header[0].length;
  let top = h,
    left = w,
    bottom = -1,
    right = -1;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = start + (y * w + x) * 3;
      if (data[i] < 245 || data[i + 1] < 245 || data[i + 2] < 245) {
        if (y < top) top = y;
        if (y > bottom) bottom = y;
        if (x < left) left = x;
        if (x > right) right = x;
      }
    }
  void all;
  if (bottom < 0) return { x: 0, y: 0, width: w, height: h };
  const x = Math.max(0, left - MARGIN);
  const y = Math.max(0, top - MARGIN);
  return { x, y, width: Math.min(w, right + MARGIN) - x, height: Math.min(h, bottom + MARGIN) - y };
}

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** A copy of the workbook where only `sheet` is visible (and active), so the PDF holds just that sheet. */
async function onlySheet(src, sheet, dest) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(src);
  const index = wb.worksheets.findIndex((ws) => ws.name === sheet);
  if (index < 0) throw new Error(`${src} has no sheet "${sheet}"`);
  wb.worksheets.forEach((ws, i) => {
    ws.state = i === index ? 'visible' : 'hidden';
    ws.views = [{ ...(ws.views?.[0] ?? {}), tabSelected: i === index }];
  });
  wb.views = [
    { x: 0, y: 0, width: 12000, height: 8000, firstSheet: 0, activeTab: index, visibility: 'visible' },
  ];
  await wb.xlsx.writeFile(dest);
}

rmSync(demoDir, { recursive: true, force: true });
run(process.execPath, ['--import', 'tsx', join(root, 'cli', 'provmap.ts'), 'demo', '-o', demoDir]);

const work = mkdtempSync(join(tmpdir(), 'provmap-docs-'));
const profile = join(work, 'profile');
mkdirSync(join(profile, 'user'), { recursive: true });
writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);

const copies = [];
for (const t of TARGETS) {
  const copy = join(work, t.png.replace(/\.png$/, '.xlsx'));
  await onlySheet(join(demoDir, t.file), t.sheet, copy);
  copies.push(copy);
}
run('soffice', [
  `-env:UserInstallation=file://${profile}`,
  '--headless',
  '--norestore',
  '--convert-to',
  'pdf',
  '--outdir',
  work,
  ...copies,
]);

mkdirSync(docsDir, { recursive: true });
for (const t of TARGETS) {
  const stem = join(work, t.png.replace(/\.png$/, ''));
  // First page as a raw image to find the table, then that part of the page as PNG (no blank paper).
  run('pdftoppm', ['-r', DPI, '-f', '1', '-l', '1', '-singlefile', `${stem}.pdf`, stem]);
  const box = contentBox(`${stem}.ppm`);
  const crop = ['-x', box.x, '-y', box.y, '-W', box.width, '-H', box.height].map(String);
  run('pdftoppm', ['-png', '-r', DPI, '-f', '1', '-l', '1', '-singlefile', ...crop, `${stem}.pdf`, stem]);
  copyFileSync(`${stem}.png`, join(docsDir, t.png));
  console.log(`render-docs: wrote docs/${t.png}`);
}
rmSync(work, { recursive: true, force: true });
