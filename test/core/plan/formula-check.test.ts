import { describe, expect, it } from 'vitest';
import { formulaFunctions, formulaProblems } from '../../../core/plan/formula-check.js';

describe('formula check', () => {
  it('accepts a balanced formula of portable functions', () => {
    expect(formulaProblems('IF(AND(ISNUMBER(A1),A1>0),ROUND(A1,6),"")')).toEqual([]);
  });

  it('finds unbalanced parentheses but ignores those inside text', () => {
    expect(formulaProblems('IF(A1>0,"(",""')).toEqual(['1 unclosed "(".']);
    expect(formulaProblems('IF(A1>0,")","")')).toEqual([]);
    expect(formulaProblems('A1)+(B1').some((p) => p.startsWith('Unbalanced'))).toBe(true);
    expect(formulaProblems('"open')).toContain('Unterminated text literal.');
  });

  it('rejects volatile, dynamic-array and wildcard lookups, and anything not on the list', () => {
    for (const f of [
      'INDIRECT("A1")',
      'OFFSET(A1,1,0)',
      'MATCH(A1,B:B,0)',
      'TEXTJOIN(",",TRUE,A1:A3)',
      'LET(x,1,x)',
    ])
      expect(formulaProblems(f).some((p) => p.startsWith('Forbidden'))).toBe(true);
    expect(formulaProblems('CONCAT(A1,B1)')).toEqual(['Function CONCAT is not on the portable list.']);
    expect(formulaProblems('=A1')).toHaveLength(1);
  });

  it('does not read function names inside text literals', () => {
    expect(formulaFunctions('IF(A1="INDIRECT(x)","MATCH(",SUM(B1))')).toEqual(['IF', 'SUM']);
  });
});
