import { describe, expect, it } from 'vitest';
import { labels, read, reason, scale } from './helpers.js';

describe('GCSE 9-1', () => {
  const ID = 'gcse-9-1';

  it('has U then three fine grades per grade, whole grades as numbers, up to 9+', () => {
    const l = labels(ID);
    expect(l.slice(0, 7)).toEqual(['U', '1-', 1, '1+', '2-', 2, '2+']);
    expect(l.slice(-3)).toEqual(['9-', 9, '9+']);
    expect(l).toHaveLength(28);
  });

  it.each([
    ['5', 5],
    [5, 5],
    ['5+', '5+'],
    ['5 +', '5+'],
    ['5 -', '5-'],
    ['5\u2212', '5-'],
    ['Grade 5', 5],
    ['grade 5-', '5-'],
    ['5=', 5],
    ['9+', '9+'],
    ['u', 'U'],
    ['Ungraded', 'U'],
  ])('reads %j as %j', (value, label) => expect(read(ID, value)).toBe(label));

  it('counts a whole grade as three steps', () => {
    const s = scale(ID);
    const step = (v: string | number) => {
      const p = s.parse(v);
      return p.kind === 'grade' ? p.step : NaN;
    };
    expect(step(6) - step(5)).toBe(3);
    expect(step('4+') - step('4-')).toBe(2);
    expect(step('1-') - step('U')).toBe(1);
  });

  it('refuses decimal grades with a hint at fine grades', () => {
    expect(reason(ID, 5.5)).toMatch(/5-, 5 or 5\+/);
    expect(reason(ID, '4.5')).toMatch(/4-, 4 or 4\+/);
  });

  it('reports grades that are not on the scale', () => {
    expect(reason(ID, 10)).toMatch(/not on the GCSE 9-1 scale/);
    expect(reason(ID, '0')).toMatch(/not on/);
    expect(read(ID, 'C')).toBe('unreadable');
  });
});

describe('GCSE A*-G', () => {
  const ID = 'gcse-legacy';

  it('runs U, G..A, A*', () => {
    expect(labels(ID)).toEqual(['U', 'G', 'F', 'E', 'D', 'C', 'B', 'A', 'A*']);
  });

  it.each([
    ['a*', 'A*'],
    ['A star', 'A*'],
    ['A *', 'A*'],
    ['a-star', 'A*'],
    ['Grade C', 'C'],
    ['c', 'C'],
    ['u', 'U'],
  ])('reads %j as %j', (value, label) => expect(read(ID, value)).toBe(label));

  it('reports numbers and plus/minus grades', () => {
    expect(reason(ID, 5)).toMatch(/not on the GCSE A\*-G scale/);
    expect(reason(ID, 'B+')).toMatch(/U to A\*/);
  });
});
