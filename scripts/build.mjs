// Builds every target: runs each scripts/build-*.mjs (the CLI, the Apps Script bundle, the Excel add-in).
import { readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const targets = readdirSync(new URL('.', import.meta.url))
  .filter((f) => /^build-.+\.mjs$/.test(f))
  .sort();
for (const file of targets) {
  console.log(`build: ${file}`);
  execFileSync(process.execPath, [new URL(file, import.meta.url).pathname], { stdio: 'inherit' });
}
