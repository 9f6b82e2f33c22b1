// Which hourly rate applies to an intervention's staff text ("HLTA", "Mrs Patel (TA)").

/** Lower-case words of a text: letters and digits, split on everything else. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** Index of the first place `needle` occurs in `hay` as a run of whole words, or -1. */
function findWords(hay: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0) return -1;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * The rate key (as written in settings) that the staff text names, or null.
 *
 * Keys match case-insensitively and only as whole words, so "HLTA" never matches the key "TA". Where
 * several keys match, a key contained in a longer matching key gives way to it ("Senior TA" beats "TA").
 * If two different roles are still named ("Teacher and TA"), there is no single rate: null.
 */
export function rateKeyFor(staff: string | null, rates: Readonly<Record<string, number>>): string | null {
  if (staff === null) return null;
  const text = words(staff);
  if (text.length === 0) return null;
  const exact = Object.keys(rates).find((key) => words(key).join(' ') === text.join(' '));
  if (exact !== undefined) return exact;
  const found: { key: string; from: number; to: number }[] = [];
  for (const key of Object.keys(rates)) {
    const kw = words(key);
    const from = findWords(text, kw);
    if (from >= 0) found.push({ key, from, to: from + kw.length });
  }
  const outer = found.filter(
    (m) => !found.some((o) => o !== m && o.to - o.from > m.to - m.from && o.from <= m.from && o.to >= m.to),
  );
  const distinct = new Set(outer.map((m) => words(m.key).join(' ')));
  return distinct.size === 1 ? (outer[0]?.key ?? null) : null;
}

/** The hourly cost for the staff text, from the rate table; null when no single role is named. */
export function hourlyRateFor(staff: string | null, rates: Readonly<Record<string, number>>): number | null {
  const key = rateKeyFor(staff, rates);
  return key === null ? null : (rates[key] ?? null);
}
