// The identity rules: which pupil a row is about, and which intervention.

/**
 * The Pupil.id rule: `upn:<UPN upper-case>` when a UPN is known, else `name:<name lower-cased, spaces
 * collapsed>`. The same child written with different spacing or case is one pupil.
 */
export function pupilKey(name: string, upn: string | null): string {
  const u = upn?.trim() ?? '';
  if (u !== '') return `upn:${u.toUpperCase()}`;
  return `name:${name.replace(/\s+/g, ' ').trim().toLowerCase()}`;
}

/** The Intervention.id rule: the name lower-cased with spaces collapsed. */
export function interventionKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}
