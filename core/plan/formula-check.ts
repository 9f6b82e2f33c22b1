// A small static check of generated formulas: balanced parentheses and only portable, non-volatile functions.

/** Functions provmap's formulas may use: they behave alike in Excel, Google Sheets and LibreOffice. */
export const PORTABLE_FUNCTIONS: readonly string[] = [
  'AND',
  'OR',
  'NOT',
  'IF',
  'IFERROR',
  'ISNUMBER',
  'ROUND',
  'INDEX',
  'MAX',
  'ROW',
  'SUBSTITUTE',
  'SUM',
  'COUNT',
  'SUMPRODUCT',
  'COUNTIFS',
  'SUMIFS',
  'AVERAGEIFS',
];

/** Functions that must never appear: volatile, dynamic-array, host-specific or wildcard-reading lookups. */
export const FORBIDDEN_FUNCTIONS: readonly string[] = [
  'INDIRECT',
  'OFFSET',
  'LAMBDA',
  'LET',
  'TEXTJOIN',
  'FILTER',
  'UNIQUE',
  'SORT',
  'SORTBY',
  'SEQUENCE',
  'XLOOKUP',
  'XMATCH',
  'ARRAYFORMULA',
  'QUERY',
  'NOW',
  'TODAY',
  'RAND',
  'RANDBETWEEN',
  'MATCH',
  'VLOOKUP',
  'HLOOKUP',
  'LOOKUP',
];

/** What is wrong with a formula (empty when it is fine). */
export function formulaProblems(formula: string): string[] {
  const problems: string[] = [];
  if (formula.startsWith('=')) problems.push('A plan formula is written without its leading "=".');
  let depth = 0;
  let inString = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (inString) {
      if (ch === '"') {
        if (formula[i + 1] === '"') i++;
        else inString = false;
      }
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) {
      problems.push(`Unbalanced ")" at ${i}.`);
      depth = 0;
    }
  }
  if (inString) problems.push('Unterminated text literal.');
  if (depth > 0) problems.push(`${depth} unclosed "(".`);
  for (const name of formulaFunctions(formula)) {
    if (FORBIDDEN_FUNCTIONS.includes(name)) problems.push(`Forbidden function ${name}.`);
    else if (!PORTABLE_FUNCTIONS.includes(name))
      problems.push(`Function ${name} is not on the portable list.`);
  }
  return problems;
}

/** The function names a formula calls, upper-case, outside text literals. */
export function formulaFunctions(formula: string): string[] {
  const outside = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const names = new Set<string>();
  for (const m of outside.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)) names.add(m[1]!.toUpperCase());
  return [...names];
}
