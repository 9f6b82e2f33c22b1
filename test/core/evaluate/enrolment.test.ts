import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateEnrolment,
  resolveTarget,
  ENROLMENT_STATUSES,
  type EnrolmentStatus,
} from '../../../core/evaluate/index.js';
import type { Target } from '../../../core/model/types.js';
import { enrolment, grade, noTarget, plusOne, scales } from './builders.js';

const nc = scales.get('nc-sublevels');
const lastNc = nc.steps[nc.steps.length - 1]!.label;
const abs = (label: string): Target => ({
  kind: 'absolute',
  grade: grade('nc-sublevels', label),
  text: label,
});
const rel = (steps: number): Target => ({ kind: 'relative', steps, text: `plus ${steps}` });

describe('resolveTarget', () => {
  it('adds relative steps to the entry', () => {
    expect(resolveTarget(enrolment('a', 'i', 'nc-sublevels', '2c', plusOne, null), nc)?.label).toBe('2b');
    expect(resolveTarget(enrolment('a', 'i', 'nc-sublevels', '2c', rel(3), null), nc)?.label).toBe('3c');
  });

  it('clamps to the last and the first step of the scale', () => {
    expect(resolveTarget(enrolment('a', 'i', 'nc-sublevels', '8b', rel(5), null), nc)?.label).toBe(lastNc);
    expect(resolveTarget(enrolment('a', 'i', 'nc-sublevels', '1c', rel(-100), null), nc)?.step).toBe(0);
  });

  it('has no target for a relative target without an entry or without the scale', () => {
    expect(resolveTarget(enrolment('a', 'i', 'nc-sublevels', null, plusOne, '2b'), nc)).toBeNull();
    expect(resolveTarget(enrolment('a', 'i', 'nc-sublevels', '2c', plusOne, null), null)).toBeNull();
  });

  it('returns an absolute target as written and none for an unmeasurable one', () => {
    expect(resolveTarget(enrolment('a', 'i', 'nc-sublevels', null, abs('3b'), null), nc)?.label).toBe('3b');
    expect(resolveTarget(enrolment('a', 'i', 'nc-sublevels', '2c', noTarget(), null), nc)).toBeNull();
  });
});

describe('evaluateEnrolment status rules', () => {
  const row = (entry: string | null, target: Target, exit: string | null) =>
    evaluateEnrolment(enrolment('a', 'i', 'nc-sublevels', entry, target, exit), scales);

  it('1. no measurable target comes first, even with an exit', () => {
    expect(row('2c', noTarget(), '3a').status).toBe('no target');
    expect(row(null, plusOne, '3a').status).toBe('no target');
  });

  it('2. no exit is pending', () => {
    expect(row('2c', plusOne, null)).toEqual({
      targetGrade: grade('nc-sublevels', '2b'),
      progress: null,
      status: 'pending',
    });
  });

  it('3. exit at or above the target is met', () => {
    expect(row('2c', plusOne, '2b')).toMatchObject({ status: 'met', progress: 1 });
    expect(row('2c', plusOne, '3c')).toMatchObject({ status: 'met', progress: 3 });
  });

  it('4. above entry but below target is partly met', () => {
    expect(row('2c', rel(3), '2a')).toMatchObject({ status: 'partly met', progress: 2 });
  });

  it('5. otherwise not met: no movement, or exit below entry', () => {
    expect(row('2b', plusOne, '2b')).toMatchObject({ status: 'not met', progress: 0 });
    expect(row('2b', plusOne, '2c')).toMatchObject({ status: 'not met', progress: -1 });
  });

  it('an absolute target without entry can be met or not met, never partly met, with no progress', () => {
    expect(row(null, abs('3c'), '3c')).toMatchObject({ status: 'met', progress: null });
    expect(row(null, abs('3c'), '2a')).toMatchObject({ status: 'not met', progress: null });
  });

  it('a target clamped at the top of the scale is met by the top grade', () => {
    expect(row('8a', plusOne, '8a')).toMatchObject({ status: 'met', progress: 0 });
  });

  it('ignores grades from another scale and rows whose scale is unknown', () => {
    const mixed = enrolment('a', 'i', 'nc-sublevels', '2c', plusOne, null, {
      exit: grade('leuven-wellbeing', 4),
    });
    expect(evaluateEnrolment(mixed, scales)).toMatchObject({ status: 'pending', progress: null });
    const unknown = {
      ...enrolment('a', 'i', 'nc-sublevels', '2c', abs('3c'), '2b'),
      scaleId: 'no-such-scale',
    };
    expect(evaluateEnrolment(unknown, scales)).toEqual({
      targetGrade: null,
      progress: null,
      status: 'no target',
    });
  });

  it('raising the exit never lowers the status (fast-check)', () => {
    const rank: Record<EnrolmentStatus, number> = {
      'not met': 0,
      'partly met': 1,
      met: 2,
      pending: -1,
      'no target': -1,
    };
    const n = nc.steps.length;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: n - 1 }),
        fc.integer({ min: -3, max: 6 }),
        fc.integer({ min: 0, max: n - 2 }),
        (entry, steps, exit) => {
          const make = (x: number) =>
            evaluateEnrolment(
              {
                ...enrolment('a', 'i', 'nc-sublevels', null, rel(steps), null),
                entry: nc.at(entry),
                exit: nc.at(x),
              },
              scales,
            );
          const low = make(exit);
          const high = make(exit + 1);
          expect(ENROLMENT_STATUSES).toContain(low.status);
          expect(rank[high.status]).toBeGreaterThanOrEqual(rank[low.status]);
          expect(low.progress).toBe(exit - entry);
          expect(low.status === 'met').toBe(exit >= Math.min(Math.max(entry + steps, 0), n - 1));
        },
      ),
    );
  });
});
