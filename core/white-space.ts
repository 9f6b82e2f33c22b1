// Runs of white space collapsed to one space, without copying text that has none to collapse.

/** Code units above ASCII that `\s` matches in a regular expression. */
const WIDE_SPACES = new Set([
  0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

/** True for a code unit `\s` matches: tab, line breaks, spaces of every width, the byte-order mark. */
export function isWhiteSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && WIDE_SPACES.has(c));
}

/**
 * `text.replace(/\s+/g, ' ')`: every run of white space becomes one space. Most cell text has none, or
 * only single spaces between words, and is returned as it is.
 */
export function collapseWhiteSpace(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 ? i + 1 < text.length && isWhiteSpaceCode(text.charCodeAt(i + 1)) : isWhiteSpaceCode(c))
      return text.replace(/\s+/g, ' ');
  }
  return text;
}
