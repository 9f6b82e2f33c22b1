// A cheap fingerprint of a sheet's values, to notice that someone changed it between read and write.

/** FNV-1a over a canonical text of the values, with the dimensions in front. */
export function fingerprint(values: readonly (readonly unknown[])[]): string {
  let h = 0x811c9dc5;
  const mix = (s: string): void => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  const cols = values.reduce((w, row) => Math.max(w, row.length), 0);
  for (const row of values) {
    for (const v of row) {
      const tag = v instanceof Date ? `d${v.getTime()}` : `${typeof v}:${String(v)}`;
      mix(tag);
      mix('\u0001');
    }
    mix('\u0002');
  }
  return `${values.length}x${cols}:${h.toString(16)}`;
}
