// The seeded generator: the same seed gives the same numbers, and the numbers are spread evenly.

import { describe, expect, it } from 'vitest';
import { Prng } from '../../../bench/generate/index.js';

describe('Prng', () => {
  it('repeats itself for a seed and differs between seeds', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const c = new Prng(43);
    const xs = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 50 }, () => c.next())).not.toEqual(xs);
  });

  it('draws floats in [0, 1) with a mean near one half, and whole numbers inside their bounds', () => {
    const rng = new Prng(7);
    const xs = Array.from({ length: 20_000 }, () => rng.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 0.5)).toBeLessThan(0.01);
    const ints = Array.from({ length: 5_000 }, () => rng.int(3, 6));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5, 6]));
  });

  it('gives normal values with mean 0 and standard deviation 1', () => {
    const rng = new Prng(11);
    const xs = Array.from({ length: 20_000 }, () => rng.normal());
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
  });

  it('shuffles into a permutation, and forks streams that do not disturb each other', () => {
    const rng = new Prng(3);
    const items = Array.from({ length: 30 }, (_, i) => i);
    const shuffled = rng.shuffle(items);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(items);
    expect(shuffled).not.toEqual(items);
    const forkA = new Prng(9).fork('maps');
    const forkB = new Prng(9).fork('maps');
    const other = new Prng(9).fork('trackers');
    expect(forkA.next()).toBe(forkB.next());
    expect(new Prng(9).fork('maps').next()).not.toBe(other.next());
  });
});
