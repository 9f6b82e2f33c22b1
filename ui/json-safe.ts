// Checks that a value can cross google.script.run unchanged: plain objects, arrays, strings, finite numbers,
// booleans and null only.

/** Where a value first stops being JSON-safe ("$.sheets[2].date: a Date"), or null when it is safe. */
export function jsonSafetyProblem(value: unknown, path = '$'): string | null {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return null;
    case 'number':
      return Number.isFinite(value) ? null : `${path}: a non-finite number`;
    case 'object': {
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const p = jsonSafetyProblem(value[i], `${path}[${i}]`);
          if (p) return p;
        }
        return null;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null)
        return `${path}: a ${value.constructor?.name ?? 'class instance'}`;
      for (const [k, v] of Object.entries(value)) {
        // Apps Script drops undefined properties; treat them as absent, as JSON does.
        if (v === undefined) continue;
        const p = jsonSafetyProblem(v, `${path}.${k}`);
        if (p) return p;
      }
      return null;
    }
    default:
      return `${path}: ${value === undefined ? 'undefined' : `a ${typeof value}`}`;
  }
}
