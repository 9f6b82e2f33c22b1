// The headings the set-up preview writes for corrected columns are ones import reads as those fields.
import { describe, expect, it } from 'vitest';
import { fieldOf, isPointHeader, KIND_FIELDS, type SheetKind } from '../../../core/import/index.js';
import { FIELD_CHOICES, POINT_FIELD, headingFor } from '../../../core/panel/index.js';

const KINDS: SheetKind[] = ['provision', 'tracking', 'class-list'];

describe('FIELD_CHOICES', () => {
  for (const kind of KINDS)
    it(`every ${kind} heading is read back as its field`, () => {
      for (const choice of FIELD_CHOICES[kind]) {
        if (choice.field === POINT_FIELD) continue;
        expect(fieldOf(choice.label), choice.label).toBe(choice.field);
        expect(KIND_FIELDS[kind] as readonly string[]).toContain(choice.field);
      }
    });

  it('offers assessment points on trackers only', () => {
    expect(FIELD_CHOICES.tracking.some((f) => f.field === POINT_FIELD)).toBe(true);
    expect(FIELD_CHOICES.provision.some((f) => f.field === POINT_FIELD)).toBe(false);
    expect(isPointHeader('Baseline') && isPointHeader('AP3')).toBe(true);
  });

  it('never offers a column provmap computes', () => {
    for (const kind of KINDS)
      for (const f of ['progress', 'status', 'costPerPupil', 'latest', 'expectedNow', 'provisionRecord'])
        expect(headingFor(kind, f)).toBeNull();
  });
});
