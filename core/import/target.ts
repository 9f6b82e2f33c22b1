// Reads an intervention target: relative to entry ("Plus one sub-level."), a grade ("Target 2b"), or not
// measurable (kept as text).

import type { Target } from '../model/types.js';
import type { Grade, Scale } from '../scales/types.js';
import { COUNT_PATTERN, collapse, numberFromWord } from './text.js';

/** Sub-levels in one whole National Curriculum level: "plus one level" on NC sub-levels is 3 steps. */
const NC_SUBLEVELS_PER_LEVEL = 3;

const UNIT =
  '(sub[\\s-]?levels?|steps?|levels?|points?|grades?|months?|marks?|percentage points?|bands?|phases?)';

/** Ways of writing a relative target, each capturing the count and (optionally) the unit. */
const RELATIVE_PATTERNS: readonly RegExp[] = [
  // "Plus one sub-level.", "+1 sub-level", "+2 steps", "+2"
  new RegExp(`(?:^|[^a-z0-9])(?:plus\\s+|\\+\\s*)(${COUNT_PATTERN})(?:\\s*${UNIT})?(?![a-z0-9])`),
  // "two sub-levels progress", "1 sub-level of progress", "2 steps improvement"
  new RegExp(
    `(?:^|[^a-z0-9])(${COUNT_PATTERN})\\s+(?:more\\s+|further\\s+)?${UNIT}\\s+(?:of\\s+)?(?:progress|improvement|gain|higher|up|increase)`,
  ),
  // "to make two sub-levels", "move up 1 level", "improve by 6 months"
  new RegExp(
    `(?:make|making|gain|gaining|improve\\s+by|increase\\s+by|move\\s+up|moving\\s+up|rise\\s+by|progress\\s+by|go\\s+up)\\s+(?:by\\s+)?(${COUNT_PATTERN})\\s*${UNIT}`,
  ),
];

/** Words before a grade that say it is the target: "Target 2b", "To reach 3c", "Aim: 100". */
const ABSOLUTE_PREFIX =
  /^(?:(?:end\s+of\s+intervention\s+)?target(?:\s+grade|\s+level)?|aim|to\s+reach|to\s+achieve|to\s+get\s+to|reach|achieve)\s*[:=-]?\s*/i;

/**
 * A target as written. Relative targets ("Plus one sub-level.", "+1 sub-level", "+2 steps", "two
 * sub-levels progress") count steps of the scale; a whole "level" on NC sub-levels is three steps. A grade
 * on `scale` ("2b", "Target 2b") is absolute. Anything else is `none`. The text is always kept, trimmed.
 */
export function parseTarget(text: string, scale: Scale | null): Target {
  const kept = text.trim();
  const t = collapse(kept);
  if (t === '') return { kind: 'none', text: kept };
  for (const re of RELATIVE_PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const count = numberFromWord(m[1]!);
    if (count === null || count <= 0) continue;
    const unit = m[2] ?? '';
    const wholeLevels = /^levels?$/.test(unit) && scale?.id === 'nc-sublevels';
    return { kind: 'relative', steps: wholeLevels ? count * NC_SUBLEVELS_PER_LEVEL : count, text: kept };
  }
  if (scale) {
    const grade = absoluteGrade(kept, scale);
    if (grade) return { kind: 'absolute', grade, text: kept };
  }
  return { kind: 'none', text: kept };
}

function absoluteGrade(text: string, scale: Scale): Grade | null {
  for (const candidate of new Set([bareGradeText(text), targetGradeText(text)])) {
    if (candidate === '') continue;
    const parsed = scale.parse(candidate);
    if (parsed.kind === 'grade') return parsed;
  }
  return null;
}

function bareGradeText(text: string): string {
  return text
    .trim()
    .replace(ABSOLUTE_PREFIX, '')
    .replace(/[.!]+$/, '')
    .trim();
}

/** The text of a target's first line that could be a grade: "Target: 2b." gives "2b". */
export function targetGradeText(text: string): string {
  return bareGradeText(text.trim().split(/\r\n|\r|\n/)[0] ?? '');
}
