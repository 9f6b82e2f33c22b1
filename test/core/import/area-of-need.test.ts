// Areas of need: read from a column by keyword, or inferred from an intervention's name by a rule table.

import { describe, expect, it } from 'vitest';
import { AREA_INFERENCE_RULES, inferAreaOfNeed, parseAreaOfNeed } from '../../../core/import/index.js';

describe('parseAreaOfNeed', () => {
  it.each([
    ['C&I', 'communication and interaction'],
    ['Communication and interaction', 'communication and interaction'],
    ['C&L', 'cognition and learning'],
    ['Cognition and learning', 'cognition and learning'],
    ['SEMH', 'social, emotional and mental health'],
    ['Social, emotional and mental health', 'social, emotional and mental health'],
    ['Sensory', 'sensory and/or physical'],
    ['Sensory and/or physical', 'sensory and/or physical'],
    ['physical', 'sensory and/or physical'],
  ])('reads %j', (text, area) => {
    expect(parseAreaOfNeed(text)).toEqual({ kind: 'area', area });
  });

  it('says when a cell names several areas, or none', () => {
    expect(parseAreaOfNeed('SEMH / C&I')).toEqual({
      kind: 'several',
      areas: ['communication and interaction', 'social, emotional and mental health'],
    });
    expect(parseAreaOfNeed('Literacy')).toEqual({ kind: 'none' });
  });
});

describe('inferAreaOfNeed', () => {
  it.each([
    ['Comprehension group', 'cognition and learning'],
    ['Numeracy', 'cognition and learning'],
    ['Paired reading', 'cognition and learning'],
    ['Social skills', 'social, emotional and mental health'],
    ['Speech and language', 'communication and interaction'],
    ['Social communication group', 'communication and interaction'],
    ['Fine motor group', 'sensory and/or physical'],
    ['Hearing support', 'sensory and/or physical'],
    ['Visual stress overlays', 'sensory and/or physical'],
    ['Handwriting', 'sensory and/or physical'],
  ])('infers %j as %s', (name, area) => {
    expect(inferAreaOfNeed(name)).toBe(area);
  });

  it('infers nothing from a name no rule names', () => {
    expect(inferAreaOfNeed('Lego therapy')).toBeNull();
    expect(inferAreaOfNeed('Thinking skills')).toBeNull();
  });

  it('matches whole words only ("spreading" is not "reading")', () => {
    expect(inferAreaOfNeed('Spreading joy')).toBeNull();
  });

  it('is a table where every rule can win', () => {
    for (const rule of AREA_INFERENCE_RULES) expect(inferAreaOfNeed(rule.words)).toBe(rule.area);
  });
});
