// The panel's own code never turns text into markup or code: checked over every ui/ and core/panel/ source
// file (test/ui/sidebar.test.ts checks the built sidebar the same way).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const FORBIDDEN: [string, RegExp][] = [
  ['innerHTML', /\.innerHTML\b/],
  ['outerHTML assignment', /\.outerHTML\s*=/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write/],
  ['eval', /\beval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string timers', /set(?:Timeout|Interval)\s*\(\s*['"`]/],
  ['DOMParser', /DOMParser/],
  ['createContextualFragment', /createContextualFragment/],
];

describe('panel sources', () => {
  const files = [...sources('ui'), ...sources('core/panel')];

  it('are found', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  for (const [what, pattern] of FORBIDDEN)
    it(`never use ${what}`, () => {
      const hits = files.filter((f) => pattern.test(readFileSync(join(root, f), 'utf8')));
      expect(hits).toEqual([]);
    });
});
