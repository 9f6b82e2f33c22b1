// The identity rules: which pupil a row is about, and which intervention.

/**
 * The Pupil.id rule: `upn:<UPN upper-case>` when a UPN is known, else `name:<name in Unicode NFC,
 * lower-cased, spaces collapsed>`. The same child written with different spacing, case or Unicode form
 * ("Zoë" as one character or as "e" plus a combining accent) is one pupil.
 */
export function pupilKey(name: string, upn: string | null): string {
  const u = upn?.trim() ?? '';
  if (u !== '') return `upn:${u.toUpperCase()}`;
  return `name:${name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()}`;
}

/** The Intervention.id rule: the name in Unicode NFC, lower-cased with spaces collapsed. */
export function interventionKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}
