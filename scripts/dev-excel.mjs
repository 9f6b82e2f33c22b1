// npm run dev:excel — builds the Excel add-in, then serves dist/excel-addin at https://localhost:3000 with
// certificates from office-addin-dev-certs, for sideloading manifest.localhost.xml (see docs/excel-addin.md).
import { createServer } from 'node:https';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { buildExcel } from './build-excel.mjs';

const ROOT = resolve('dist/excel-addin');
const PORT = Number(process.env.PORT ?? 3000);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

async function certificates() {
  try {
    const devCerts = await import('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    console.error(`Could not get development certificates (${e.message}).`);
    console.error(
      'Run "npx office-addin-dev-certs install" once (it asks to trust a local certificate authority), then try again.',
    );
    process.exit(1);
  }
}

await buildExcel();
const options = await certificates();
createServer(options, (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname);
  const file = normalize(join(ROOT, path === '/' ? 'taskpane.html' : path));
  if (!file.startsWith(ROOT) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(readFileSync(file));
}).listen(PORT, 'localhost', () =>
  console.log(
    `provmap Excel add-in on https://localhost:${PORT}/ — sideload dist/excel-addin/manifest.localhost.xml`,
  ),
);
