// Time-zone arithmetic for the fake: Sheets stores dates as wall-clock days in the spreadsheet's zone.

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** The wall-clock time of an instant in a zone. */
export function wallClock(instant: number, tz: string): WallClock {
  const parts = formatter(tz).formatToParts(new Date(instant));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

function offsetMs(instant: number, tz: string): number {
  const w = wallClock(instant, tz);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant at which the zone's clock shows the given wall-clock time. */
export function zonedInstant(
  year: number,
  month: number,
  day: number,
  tz: string,
  h = 0,
  m = 0,
  s = 0,
): number {
  const guess = Date.UTC(year, month - 1, day, h, m, s);
  const first = guess - offsetMs(guess, tz);
  const second = guess - offsetMs(first, tz);
  return second;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Utilities.formatDate for the patterns provmap uses: yyyy MM dd HH mm ss and 'quoted' literals. */
export function formatDate(date: Date, tz: string, pattern: string): string {
  const w = wallClock(date.getTime(), tz);
  return pattern.replace(/'([^']*)'|yyyy|MM|dd|HH|mm|ss/g, (tok, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (tok) {
      case 'yyyy':
        return pad(w.year, 4);
      case 'MM':
        return pad(w.month);
      case 'dd':
        return pad(w.day);
      case 'HH':
        return pad(w.hour);
      case 'mm':
        return pad(w.minute);
      default:
        return pad(w.second);
    }
  });
}

/** yyyy-mm-dd of an instant in a zone. */
export function isoDay(date: Date, tz: string): string {
  return formatDate(date, tz, 'yyyy-MM-dd');
}
