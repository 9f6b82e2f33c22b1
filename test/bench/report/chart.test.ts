// The hand-drawn SVG chart: one bar per value, on a log scale, with text escaped.

import { describe, expect, it } from 'vitest';
import { barChartSvg } from '../../../bench/report/index.js';

describe('barChartSvg', () => {
  const svg = barChartSvg({
    title: 'Calls <& "quotes">',
    unit: 'calls',
    series: [
      { name: 'ours', color: '#111111' },
      { name: 'naive', color: '#222222' },
    ],
    groups: [
      { label: 'A\n30', values: [10, 10_000] },
      { label: 'B', values: [100, null] },
    ],
  });

  it('draws a bar per value and none for a missing one', () => {
    expect(svg.match(/<rect [^>]*fill="#111111">/g)).toHaveLength(2);
    expect(svg.match(/<rect [^>]*fill="#222222">/g)).toHaveLength(1);
  });

  it('puts ten times the value a fixed step higher (log scale)', () => {
    const heights = [...svg.matchAll(/<rect [^>]*height="([\d.]+)" fill="#111111">/g)].map((m) =>
      Number(m[1]),
    );
    const [h10, h100] = heights as [number, number];
    const h10000 = Number(/<rect [^>]*height="([\d.]+)" fill="#222222">/.exec(svg)![1]);
    expect(h100 - h10).toBeCloseTo((h10000 - h100) / 2, 0);
  });

  it('escapes text and is a single svg element', () => {
    expect(svg).toContain('Calls &lt;&amp; &quot;quotes&quot;&gt;');
    expect(svg.trim().startsWith('<svg')).toBe(true);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });
});
