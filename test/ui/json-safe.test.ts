// What may cross google.script.run.
import { describe, expect, it } from 'vitest';
import { jsonSafetyProblem } from '../../ui/json-safe.js';

describe('jsonSafetyProblem', () => {
  it('accepts plain data', () => {
    expect(
      jsonSafetyProblem({ a: [1, 'x', true, null, { b: Object.create(null) as object }], c: undefined }),
    ).toBeNull();
  });
  it('names where a Date, a function, a class instance or NaN sits', () => {
    expect(jsonSafetyProblem({ sheets: [{ date: new Date(0) }] })).toBe('$.sheets[0].date: a Date');
    expect(jsonSafetyProblem([() => 1])).toBe('$[0]: a function');
    expect(jsonSafetyProblem({ m: new Map() })).toBe('$.m: a Map');
    expect(jsonSafetyProblem({ n: Number.NaN })).toBe('$.n: a non-finite number');
    expect(jsonSafetyProblem(undefined)).toBe('$: undefined');
  });
});
