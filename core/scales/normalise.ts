// Text normalisation shared by every scale parser: one spelling per grade, whatever the teacher typed.

/** Dashes a keyboard or a word processor may produce in place of '-'. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Characters that take no space but break exact matches (zero-width spaces, BOM). */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/**
 * Grade text as parsers compare it: Unicode-compatibility folded (full-width letters, non-breaking
 * spaces), dashes unified to '-', lower case, runs of white space collapsed to one space, trimmed.
 */
export function normaliseGradeText(text: string): string {
  if (isPlainAscii(text)) return text.toLowerCase();
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True for printable ASCII with single spaces between words only: text that Unicode folding, dash and
 * white-space rules leave as it is, so only its case needs changing (most grades typed: "2b", "EXS").
 */
function isPlainAscii(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i - 1) === 0x20) return false;
    } else if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
}

/** True for text that is a plain decimal number once normalised ("98", "7.03", "-2"). */
export function isNumericText(norm: string): boolean {
  return NUMERIC.test(norm);
}

/**
 * The lookup key of a label, an alias or a typed value. Numbers and numeric text share one key
 * ("05", "5.0" and 5 all give "5"), so a number typed into a text cell still matches a numeric step.
 */
export function labelKey(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const norm = normaliseGradeText(value);
  return isNumericText(norm) ? String(Number(norm)) : norm;
}

/** Text for messages: at most 40 characters, so a pasted paragraph does not flood a report. */
export function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
