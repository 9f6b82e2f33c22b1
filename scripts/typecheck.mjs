// Typechecks every tsconfig in the repo: each target compiles against only its own host's types.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const projects = ['core', 'cli', 'apps-script', 'excel-addin', 'ui', 'bench', 'test'].filter((dir) =>
  existsSync(`${dir}/tsconfig.json`),
);
let failed = false;
for (const dir of projects) {
  try {
    execFileSync('npx', ['tsc', '-p', `${dir}/tsconfig.json`], { stdio: 'inherit' });
    console.log(`typecheck ${dir}: ok`);
  } catch {
    console.error(`typecheck ${dir}: FAILED`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
