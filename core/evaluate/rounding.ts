// Spreadsheet ROUND in TypeScript: half away from zero, on the 15 significant digits a spreadsheet shows.

/**
 * Rounds like the spreadsheet function ROUND(x, digits): halves go away from zero (-2.5 -> -3), and the
 * number is first read to 15 significant digits, as Excel, Google Sheets and LibreOffice do, so binary
 * noise such as 1.005 (stored as 1.00499999...) rounds to 1.01. `digits` may be negative (ROUND(1234, -2)).
 */
export function roundTo(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const negative = x < 0;
  const [mantissa = '0', exponent = '0'] = Math.abs(x).toPrecision(15).split('e');
  const [intPart = '', fracPart = ''] = mantissa.split('.');
  let decimalDigits = intPart + fracPart;
  // Position of the decimal point counted from the first digit: value = 0.d1d2... * 10^point.
  let point = intPart.length + Number(exponent);
  while (decimalDigits.length > 1 && decimalDigits.startsWith('0')) {
    decimalDigits = decimalDigits.slice(1);
    point -= 1;
  }
  const keep = point + Math.trunc(digits);
  if (keep < 0) return 0;
  if (keep >= decimalDigits.length) return Number(`${negative ? '-' : ''}${mantissa}e${exponent}`);
  const kept = BigInt(decimalDigits.slice(0, keep) || '0') + (decimalDigits.charCodeAt(keep) >= 53 ? 1n : 0n);
  const result = Number(`${kept}e${-Math.trunc(digits)}`);
  return result === 0 ? 0 : negative ? -result : result;
}
