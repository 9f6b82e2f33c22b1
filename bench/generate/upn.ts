// Unique Pupil Numbers with a valid check letter, as school MIS exports hold them.

/** The letters a UPN's check character is drawn from: A-Z without I, O and S. */
const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/**
 * The check letter for the 12 characters after it: each digit times its position (2 to 13), summed,
 * modulo 23, read from CHECK_LETTERS (DfE "Unique pupil numbers" guidance).
 */
export function upnCheckLetter(body: string): string {
  if (!/^\d{12}$/.test(body)) throw new RangeError(`A UPN body is 12 digits: ${body}`);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i + 2);
  return CHECK_LETTERS[sum % 23]!;
}

/** True for a permanent 13-character UPN whose check letter is right. */
export function isValidUpn(upn: string): boolean {
  return /^[A-Z]\d{12}$/.test(upn) && upnCheckLetter(upn.slice(1)) === upn[0];
}

/**
 * A UPN: check letter, 3-digit local authority number, 4-digit establishment number, 2-digit year of
 * allocation and a 3-digit serial.
 */
export function makeUpn(la: number, establishment: number, year: number, serial: number): string {
  const body =
    String(la).padStart(3, '0') +
    String(establishment).padStart(4, '0') +
    String(year % 100).padStart(2, '0') +
    String(serial % 1000).padStart(3, '0');
  return upnCheckLetter(body) + body;
}
