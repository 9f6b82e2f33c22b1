import { describe, expect, it } from 'vitest';
import { ENROLMENT_STATUSES, TRACKING_STATUSES } from '../../../core/evaluate/rules.js';
import {
  contrastRatio,
  ENROLMENT_STATUS_COLOUR,
  PALETTE,
  statusStyle,
  TRACKING_STATUS_COLOUR,
} from '../../../core/plan/palette.js';

describe('palette', () => {
  it('is five pairs of #RRGGBB colours, dark font on a light fill of the same hue', () => {
    expect(Object.keys(PALETTE).sort()).toEqual(['amber', 'blue', 'green', 'grey', 'red']);
    for (const pair of Object.values(PALETTE)) {
      expect(pair.fill).toMatch(/^#[0-9A-F]{6}$/);
      expect(pair.fontColor).toMatch(/^#[0-9A-F]{6}$/);
      expect(contrastRatio(pair.fontColor, pair.fill)).toBeGreaterThanOrEqual(7);
    }
  });

  it('computes WCAG contrast: black on white is 21, a colour on itself 1', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FAD4CC', '#FAD4CC')).toBeCloseTo(1, 5);
  });

  it('gives every status a colour as the brief sets them', () => {
    expect(Object.keys(ENROLMENT_STATUS_COLOUR).sort()).toEqual([...ENROLMENT_STATUSES].sort());
    expect(Object.keys(TRACKING_STATUS_COLOUR).sort()).toEqual([...TRACKING_STATUSES].sort());
    expect(statusStyle('not met').fill).toBe(PALETTE.red.fill);
    expect(statusStyle('partly met').fill).toBe(PALETTE.amber.fill);
    expect(statusStyle('met').fill).toBe(PALETTE.green.fill);
    expect(statusStyle('pending').fill).toBe(PALETTE.grey.fill);
    expect(statusStyle('off track').fill).toBe(PALETTE.red.fill);
    expect(statusStyle('slightly behind').fill).toBe(PALETTE.amber.fill);
    expect(statusStyle('on track').fill).toBe(PALETTE.green.fill);
    expect(statusStyle('ahead').fill).toBe(PALETTE.blue.fill);
    expect(statusStyle('no data').fill).toBe(PALETTE.grey.fill);
  });

  it('makes only the most urgent statuses bold', () => {
    const bold = [...ENROLMENT_STATUSES, ...TRACKING_STATUSES].filter((s) => statusStyle(s).bold);
    expect(bold.sort()).toEqual(['not met', 'off track']);
  });
});

// Colour-vision deficiency, simulated with Machado, Oliveira & Fernandes (2009) at full severity on linear
// RGB, and compared as CIE 1976 ΔE in L*a*b*. About 10 is clearly different at a glance; 2 is barely.
const CVD: Record<string, readonly (readonly number[])[]> = {
  'normal vision': [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function labSeenWith(hex: string, matrix: readonly (readonly number[])[]): [number, number, number] {
  const lin = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const [r, g, b] = matrix.map((row) =>
    Math.min(1, Math.max(0, row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!)),
  );
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const deltaE = (a: readonly number[], b: readonly number[]) => Math.hypot(...a.map((v, i) => v - b[i]!));

describe('palette for colour-blind readers', () => {
  const sets = {
    'provision map statuses': [...new Set(Object.values(ENROLMENT_STATUS_COLOUR))],
    'tracker statuses': [...new Set(Object.values(TRACKING_STATUS_COLOUR))],
  };
  for (const [vision, matrix] of Object.entries(CVD))
    for (const [name, colours] of Object.entries(sets))
      it(`keeps the ${name} fills apart with ${vision}`, () => {
        for (const [i, a] of colours.entries())
          for (const b of colours.slice(i + 1)) {
            const d = deltaE(labSeenWith(PALETTE[a].fill, matrix), labSeenWith(PALETTE[b].fill, matrix));
            expect(d, `${a} and ${b}`).toBeGreaterThanOrEqual(12);
          }
      });

  it('would catch the red-green pair that only differs in hue', () => {
    const seen = (hex: string) => labSeenWith(hex, CVD.deuteranopia!);
    expect(deltaE(seen('#FAD4CC'), seen('#CDEBDD'))).toBeLessThan(12);
  });
});
