// Spreadsheet ROUND in TypeScript: half away from zero, on the 15 significant digits a spreadsheet shows.

/** 10^0 to 10^22: every power of ten that is an exact double, written out so none is computed. */
const POW10: readonly number[] = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
  1e20, 1e21, 1e22,
];

/**
 * Rounds like the spreadsheet function ROUND(x, digits): halves go away from zero (-2.5 -> -3), and the
 * number is first read to 15 significant digits, as Excel, Google Sheets and LibreOffice do, so binary
 * noise such as 1.005 (stored as 1.00499999...) rounds to 1.01. `digits` may be negative (ROUND(1234, -2)).
 */
export function roundTo(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  // A whole number of at most 15 digits is its own 15-digit reading: nothing to round off.
  if (digits >= 0 && Number.isInteger(x) && Math.abs(x) < 1e15) return x;
  const negative = x < 0;
  const text = Math.abs(x).toPrecision(15);
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? '0' : text.slice(e + 1);
  const dot = mantissa.indexOf('.');
  const intPart = dot < 0 ? mantissa : mantissa.slice(0, dot);
  const decimalDigits = dot < 0 ? mantissa : intPart + mantissa.slice(dot + 1);
  // Leading zeros are skipped: value = 0.d1d2... * 10^point, d1 the first digit after them.
  let start = 0;
  while (start < decimalDigits.length - 1 && decimalDigits.charCodeAt(start) === 48) start++;
  const point = intPart.length + Number(exponent) - start;
  const d = Math.trunc(digits);
  const keep = point + d;
  if (keep < 0) return 0;
  if (keep >= decimalDigits.length - start) return Number(`${negative ? '-' : ''}${mantissa}e${exponent}`);
  // At most 14 digits are kept, so the integer they make (plus one to round up) is exact.
  let kept = 0;
  for (let i = start; i < start + keep; i++) kept = kept * 10 + (decimalDigits.charCodeAt(i) - 48);
  if (decimalDigits.charCodeAt(start + keep) >= 53) kept += 1;
  // kept * 10^-d rounded once, as parsing `${kept}e${-d}` would: both are the double nearest that value.
  const scale = POW10[Math.abs(d)];
  const result = scale === undefined ? Number(`${kept}e${-d}`) : d >= 0 ? kept / scale : kept * scale;
  return result === 0 ? 0 : negative ? -result : result;
}
