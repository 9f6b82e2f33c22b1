// The four Code of Practice areas of need: read from an "Area of need" cell, or inferred from a name.

import type { AreaOfNeed } from '../model/types.js';
import { collapse } from './text.js';

const CI: AreaOfNeed = 'communication and interaction';
const CL: AreaOfNeed = 'cognition and learning';
const SEMH: AreaOfNeed = 'social, emotional and mental health';
const SP: AreaOfNeed = 'sensory and/or physical';

/** A keyword (whole words, lower case) and the area it names. */
export interface AreaKeyword {
  words: string;
  area: AreaOfNeed;
}

/** What teachers write in an Area of need column: the areas' names, initials and common needs. */
export const AREA_KEYWORDS: readonly AreaKeyword[] = [
  { words: 'c&i', area: CI },
  { words: 'c and i', area: CI },
  { words: 'communication', area: CI },
  { words: 'interaction', area: CI },
  { words: 'slcn', area: CI },
  { words: 'c&l', area: CL },
  { words: 'c and l', area: CL },
  { words: 'cognition', area: CL },
  { words: 'learning', area: CL },
  { words: 'semh', area: SEMH },
  { words: 'social, emotional', area: SEMH },
  { words: 'social emotional', area: SEMH },
  { words: 'mental health', area: SEMH },
  { words: 'sensory', area: SP },
  { words: 'physical', area: SP },
  { words: 's&p', area: SP },
];

/**
 * How an area is inferred from an intervention's name when the sheet gives none. The first rule whose
 * words appear (as whole words) wins, so more specific phrases come first.
 */
export const AREA_INFERENCE_RULES: readonly AreaKeyword[] = [
  { words: 'social communication', area: CI },
  { words: 'speech', area: CI },
  { words: 'language', area: CI },
  { words: 'communication', area: CI },
  { words: 'vocabulary', area: CI },
  { words: 'talk', area: CI },
  { words: 'listening', area: CI },
  { words: 'social skills', area: SEMH },
  { words: 'social', area: SEMH },
  { words: 'emotional', area: SEMH },
  { words: 'nurture', area: SEMH },
  { words: 'friendship', area: SEMH },
  { words: 'self-esteem', area: SEMH },
  { words: 'anxiety', area: SEMH },
  { words: 'anger', area: SEMH },
  { words: 'behaviour', area: SEMH },
  { words: 'well-being', area: SEMH },
  { words: 'wellbeing', area: SEMH },
  { words: 'fine motor', area: SP },
  { words: 'gross motor', area: SP },
  { words: 'motor', area: SP },
  { words: 'handwriting', area: SP },
  { words: 'hearing', area: SP },
  { words: 'visual', area: SP },
  { words: 'vision', area: SP },
  { words: 'sensory', area: SP },
  { words: 'physio', area: SP },
  { words: 'physiotherapy', area: SP },
  { words: 'comprehension', area: CL },
  { words: 'numeracy', area: CL },
  { words: 'reading', area: CL },
  { words: 'phonics', area: CL },
  { words: 'spelling', area: CL },
  { words: 'writing', area: CL },
  { words: 'literacy', area: CL },
  { words: 'maths', area: CL },
  { words: 'mathematics', area: CL },
  { words: 'number', area: CL },
  { words: 'times tables', area: CL },
  { words: 'memory', area: CL },
];

function hasWords(text: string, words: string): boolean {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^a-z0-9&])${escaped}(?:$|[^a-z0-9&])`).test(text);
}

/** What an Area of need cell says: one area, several (ambiguous), or none recognised. */
export type AreaReading =
  { kind: 'area'; area: AreaOfNeed } | { kind: 'several'; areas: AreaOfNeed[] } | { kind: 'none' };

/** Reads an Area of need cell ("C&L", "SEMH", "Communication and interaction"...). */
export function parseAreaOfNeed(text: string): AreaReading {
  const t = collapse(text);
  const found = new Set<AreaOfNeed>();
  for (const k of AREA_KEYWORDS) if (hasWords(t, k.words)) found.add(k.area);
  // "Cognition and learning" names one area even though "learning" and "cognition" both match it;
  // "communication and interaction" likewise: the set above already merges them.
  if (found.size === 1) return { kind: 'area', area: [...found][0]! };
  if (found.size > 1) return { kind: 'several', areas: [...found] };
  return { kind: 'none' };
}

/** The likely area of an intervention from its name, by the first rule that applies, or null. */
export function inferAreaOfNeed(interventionName: string): AreaOfNeed | null {
  const t = collapse(interventionName);
  for (const rule of AREA_INFERENCE_RULES) if (hasWords(t, rule.words)) return rule.area;
  return null;
}
