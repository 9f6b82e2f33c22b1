// Writing actions run one at a time: a second run is told "busy", and the lock is always given back.

import { describe, expect, it } from 'vitest';
import { exclusive } from '../../apps-script/lock.js';
import { ProvmapError } from '../../core/errors.js';
import { createFakeGoogle } from '../fakes/spreadsheet-app/index.js';
import { servicesOver } from './harness.js';

describe('exclusive', () => {
  it('runs alone, and refuses with BUSY while another execution holds the lock', () => {
    const f = createFakeGoogle();
    const { lock } = servicesOver(f);
    expect(exclusive(lock, () => 42)).toBe(42);
    f.lock.holder = 'other';
    let ran = false;
    expect(() => exclusive(lock, () => (ran = true))).toThrow(expect.objectContaining({ code: 'BUSY' }));
    expect(ran).toBe(false);
    expect(f.lock.waited).toBeGreaterThan(0);
  });

  it('releases the lock when the action throws', () => {
    const f = createFakeGoogle();
    const { lock } = servicesOver(f);
    expect(() =>
      exclusive(lock, () => {
        throw new ProvmapError('CHANGED_SINCE_READ', 'changed');
      }),
    ).toThrow(ProvmapError);
    expect(f.lock.holder).toBeNull();
    expect(exclusive(lock, () => 'again')).toBe('again');
  });
});
