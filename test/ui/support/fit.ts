// Checks that the panel fits its 300 px column as shown now: nothing scrolls sideways, nothing sticks out.
import type { Page } from 'playwright-core';
import { PANEL_WIDTH } from './chromium.js';

/**
 * What does not fit the panel as it is shown now, in words ("div.status: 340 > 276"); empty when all fits.
 * Checks the page, then the panel and every element in it that is rendered and not clipped away for screen
 * readers: its content is no wider than its box (scrollWidth <= clientWidth), and its box ends inside the
 * page's width. Form controls scroll
 * their own text, so only their box is checked.
 */
export function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > width) problems.push(`page: scrollWidth ${root.scrollWidth} > ${width}`);
    const panel = document.querySelector('main.panel');
    if (!panel) return [...problems, 'no main.panel'];
    const right = root.clientWidth;
    const name = (el: Element): string => {
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
      const text = (el.textContent ?? '').trim().slice(0, 30);
      return `${el.tagName.toLowerCase()}${cls}${text ? ` "${text}"` : ''}`;
    };
    // Text for screen readers only is clipped to nothing on purpose (.visually-hidden): it cannot show.
    const clipped = (el: Element): boolean => {
      for (let e: Element | null = el; e && e !== panel; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.clip !== 'auto' || style.clipPath !== 'none') return true;
      }
      return false;
    };
    for (const el of [panel, ...panel.querySelectorAll('*')]) {
      // Not rendered (a hidden tab, a closed details body): nothing to see, nothing to overflow.
      if (el.getClientRects().length === 0 || clipped(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.right > right + 0.5) problems.push(`${name(el)}: ends at ${Math.round(box.right)} > ${right}`);
      const control = el.matches('input, select, textarea');
      if (!control && el.scrollWidth > el.clientWidth && el.clientWidth > 0)
        problems.push(`${name(el)}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
    }
    return problems;
  }, PANEL_WIDTH);
}
