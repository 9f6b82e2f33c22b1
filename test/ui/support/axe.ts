// Runs axe-core in the page and returns the serious and critical violations, in words.
import axe from 'axe-core';
import type { Page } from 'playwright-core';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious or critical axe violations of the page as it is now, e.g. "color-contrast: ... (.tab)". */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, so the task pane's Content-Security-Policy does not apply.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run(ctx: Document, o: object): Promise<{ violations: Violation[] }> };
    };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
