// A small SVG bar chart drawn by hand (no network, no library): round trips per action, provmap beside the
// per-cell baseline, on a log scale.

/** One cluster of bars. */
export interface ChartGroup {
  label: string;
  /** One bar per series, in series order; null draws nothing. */
  values: (number | null)[];
}

/** A chart to draw: its series (colours) and its groups of bars. */
export interface ChartSpec {
  title: string;
  series: { name: string; color: string }[];
  groups: ChartGroup[];
  unit: string;
}

const W = 760;
const H = 360;
const PAD = { left: 64, right: 16, top: 48, bottom: 100 };

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The chart as an SVG document, values on a log10 axis from 1 up to the next power of ten. */
export function barChartSvg(spec: ChartSpec): string {
  const max = Math.max(10, ...spec.groups.flatMap((g) => g.values.filter((v): v is number => v !== null)));
  const decades = Math.ceil(Math.log10(max));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const y = (v: number): number => PAD.top + plotH - (Math.log10(Math.max(1, v)) / decades) * plotH;
  const groupW = plotW / Math.max(1, spec.groups.length);
  const barW = Math.min(28, (groupW * 0.8) / spec.series.length);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${W / 2}" y="20" text-anchor="middle" font-size="14">${escapeXml(spec.title)}</text>`,
  ];
  for (let d = 0; d <= decades; d++) {
    const yy = y(10 ** d);
    parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${yy}" y2="${yy}" stroke="#dddddd"/>`);
    parts.push(
      `<text x="${PAD.left - 6}" y="${yy + 4}" text-anchor="end">${(10 ** d).toLocaleString('en-GB')}</text>`,
    );
  }
  parts.push(
    `<text x="14" y="${PAD.top + plotH / 2}" transform="rotate(-90 14 ${PAD.top + plotH / 2})" text-anchor="middle">${escapeXml(spec.unit)} (log scale)</text>`,
  );
  spec.groups.forEach((g, gi) => {
    const x0 = PAD.left + gi * groupW + (groupW - barW * spec.series.length) / 2;
    g.values.forEach((v, si) => {
      if (v === null) return;
      const top = y(v);
      const color = spec.series[si]!.color;
      parts.push(
        `<rect x="${(x0 + si * barW).toFixed(1)}" y="${top.toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${(PAD.top + plotH - top).toFixed(1)}" fill="${color}"><title>${escapeXml(`${g.label}: ${spec.series[si]!.name} ${v}`)}</title></rect>`,
      );
    });
    const cx = PAD.left + gi * groupW + groupW / 2;
    g.label
      .split('\n')
      .forEach((line, li) =>
        parts.push(
          `<text x="${cx.toFixed(1)}" y="${PAD.top + plotH + 16 + li * 13}" text-anchor="middle">${escapeXml(line)}</text>`,
        ),
      );
  });
  spec.series.forEach((s, si) => {
    const lx = PAD.left + si * 220;
    parts.push(`<rect x="${lx}" y="${H - 22}" width="12" height="12" fill="${s.color}"/>`);
    parts.push(`<text x="${lx + 18}" y="${H - 12}">${escapeXml(s.name)}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
