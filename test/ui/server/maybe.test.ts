// The MaybePromise helpers keep synchronous hosts synchronous and asynchronous ones asynchronous.
import { describe, expect, it } from 'vitest';
import { attempt, lastly, mapSeries, step } from '../../../ui/server/maybe.js';
import { envelope } from '../../../ui/server/server-functions.js';

describe('step', () => {
  it('stays synchronous for plain values and chains Promises', async () => {
    expect(step(2, (v) => v + 1)).toBe(3);
    const p = step(Promise.resolve(2), (v) => v + 1);
    expect(p).toBeInstanceOf(Promise);
    await expect(p).resolves.toBe(3);
  });
});

describe('mapSeries', () => {
  it('runs steps in order, synchronously when every step is', () => {
    const order: number[] = [];
    expect(mapSeries([1, 2, 3], (v) => (order.push(v), v * 2))).toEqual([2, 4, 6]);
    expect(order).toEqual([1, 2, 3]);
  });
  it('waits for each asynchronous step before the next', async () => {
    const order: string[] = [];
    const r = mapSeries([1, 2], async (v) => {
      order.push(`start ${v}`);
      await new Promise((res) => setTimeout(res, 5));
      order.push(`end ${v}`);
      return v;
    });
    await expect(r).resolves.toEqual([1, 2]);
    expect(order).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  });
});

describe('attempt and lastly', () => {
  it('catch synchronous throws and rejections alike, and always clean up', async () => {
    expect(
      attempt(
        () => {
          throw new Error('x');
        },
        () => 'caught',
      ),
    ).toBe('caught');
    await expect(
      attempt(
        () => Promise.reject(new Error('x')),
        () => 'caught',
      ),
    ).resolves.toBe('caught');
    let cleaned = 0;
    expect(() =>
      lastly(
        () => {
          throw new Error('y');
        },
        () => cleaned++,
      ),
    ).toThrow('y');
    await expect(
      lastly(
        () => Promise.resolve(1),
        () => cleaned++,
      ),
    ).resolves.toBe(1);
    expect(cleaned).toBe(2);
  });
});

describe('envelope', () => {
  it('refuses to hand google.script.run a value it cannot carry', () => {
    expect(envelope(() => ({ when: new Date(0) }))).toEqual({
      ok: false,
      error: { code: 'UNEXPECTED', message: 'The add-on tried to return $.when: a Date.' },
    });
    expect(envelope(() => undefined)).toEqual({ ok: true, value: null });
  });
});
