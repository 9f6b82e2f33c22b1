// Normalised keys for matching pupils across sheets: names, UPNs, classes.

/**
 * A name as a matching key: case, accents, punctuation and extra spaces ignored, and "Smith, Amy" read as
 * "Amy Smith".
 */
export function nameKey(name: string): string {
  let s = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const parts = s.split(',');
  if (parts.length === 2 && parts[0]!.trim() !== '' && parts[1]!.trim() !== '') s = `${parts[1]} ${parts[0]}`;
  return s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** First word of a name key: the forename. */
export function forenameKey(name: string): string {
  return nameKey(name).split(' ')[0] ?? '';
}

/** A UPN as a key: upper case without spaces; null when blank. */
export function upnKey(upn: string | null): string | null {
  const s = upn?.replace(/\s+/g, '').toUpperCase() ?? '';
  return s === '' ? null : s;
}

/** A class name as a key: "Class 3B", "3 b" and "3B" are one class; null when blank. */
export function groupKey(group: string | null): string | null {
  const s = (group ?? '')
    .toLowerCase()
    .replace(/^\s*(class|form)\b/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return s === '' ? null : s;
}
