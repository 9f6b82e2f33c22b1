// How figures read in the panel: percentages, money and step counts as short words.

/** A fraction 0..1 as a whole percent ("67%"), or "–" when there is nothing to measure. */
export function formatPercent(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return `${Math.round(value * 100)}%`;
}

/** Money with the school's currency symbol: "£1,234" for whole amounts, "£12.50" otherwise. */
export function formatMoney(value: number | null, currency: string): string {
  if (value === null || !Number.isFinite(value)) return '–';
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const whole = Math.abs(abs - Math.round(abs)) < 0.005;
  const fixed = whole ? String(Math.round(abs)) : abs.toFixed(2);
  const [int = '0', dec] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${currency}${grouped}${dec === undefined ? '' : `.${dec}`}`;
}

/** "1 pupil", "3 pupils". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
