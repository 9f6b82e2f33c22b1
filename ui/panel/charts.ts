// Small bar charts as inline SVG (createElementNS), each with a text alternative and a table.

import type { Bar } from '../../core/panel/index.js';
import { formatPercent } from '../../core/panel/format.js';
import { h, s, uid } from './dom.js';

const WIDTH = 276;
const ROW = 34;
const LABEL_CHARS = 34;
const BAR_WIDTH = 220;

function shorten(text: string): string {
  return text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text;
}

/** "Comprehension 83% (5 of 6 met)" for each bar, as one sentence for screen readers. */
export function describeBars(title: string, bars: readonly Bar[]): string {
  const parts = bars.map((b) => `${b.label} ${formatPercent(b.value)} (${b.detail})`);
  return `${title}: ${parts.join('; ')}.`;
}

/** One horizontal bar per entry: label above, bar and percentage beside it; a table behind "Show table". */
export function barChart(title: string, bars: readonly Bar[]): HTMLElement {
  const captionId = uid('chart');
  if (bars.length === 0)
    return h(
      'figure',
      { class: 'chart', 'aria-labelledby': captionId },
      h('figcaption', { id: captionId }, title),
      h('p', { class: 'muted' }, 'Nothing to show yet.'),
    );
  const height = bars.length * ROW + 4;
  const svg = s('svg', {
    class: 'bars',
    viewBox: `0 0 ${WIDTH} ${height}`,
    width: '100%',
    role: 'img',
    'aria-label': describeBars(title, bars),
    focusable: 'false',
  });
  bars.forEach((bar, i) => {
    const y = i * ROW;
    svg.append(
      s('text', { x: 0, y: y + 12, class: 'bar-label' }, shorten(bar.label)),
      s('rect', { x: 0, y: y + 17, width: BAR_WIDTH, height: 10, rx: 2, class: 'bar-track' }),
    );
    if (bar.value !== null) {
      const w = Math.max(0, Math.min(1, bar.value)) * BAR_WIDTH;
      svg.append(s('rect', { x: 0, y: y + 17, width: w.toFixed(1), height: 10, rx: 2, class: 'bar-fill' }));
    }
    svg.append(
      s(
        'text',
        { x: WIDTH, y: y + 27, 'text-anchor': 'end', class: 'bar-value' },
        bar.value === null ? 'n/a' : formatPercent(bar.value),
      ),
    );
  });
  const table = h(
    'table',
    { class: 'data' },
    h('caption', { class: 'visually-hidden' }, title),
    h(
      'thead',
      undefined,
      h(
        'tr',
        undefined,
        h('th', { scope: 'col' }, 'Name'),
        h('th', { scope: 'col' }, 'Met'),
        h('th', { scope: 'col' }, 'Detail'),
      ),
    ),
    h(
      'tbody',
      undefined,
      ...bars.map((b) =>
        h(
          'tr',
          undefined,
          h('th', { scope: 'row' }, b.label),
          h('td', undefined, formatPercent(b.value)),
          h('td', undefined, b.detail),
        ),
      ),
    ),
  );
  return h(
    'figure',
    { class: 'chart', 'aria-labelledby': captionId },
    h('figcaption', { id: captionId }, title),
    svg,
    h('details', { class: 'chart-table' }, h('summary', undefined, 'Show as a table'), table),
  );
}
