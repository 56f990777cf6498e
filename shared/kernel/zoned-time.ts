// Wall-clock times in the district's time zone, to and from instants (Intl only; no time-zone library).
// Date, time and optional offset, each part checked by hand: Date.parse and Date.UTC silently move
// "2026-13-01" into the next year and accept years such as +275760 that toISOString cannot write back.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?([zZ]|[+-]\d{2}:?\d{2})?$/;

/** The years a district time may name: far beyond any programme, and every instant in them prints as ISO 8601. */
export const DISTRICT_YEARS = { first: 2000, last: 2100 } as const;

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Minutes east of UTC for "Z", "+08:00" or "-0530"; undefined for an offset no zone has. */
function offsetMinutes(text: string): number | undefined {
  if (text.toUpperCase() === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  return hours > 14 || minutes > 59 ? undefined : sign * (hours * 60 + minutes);
}

// Building a formatter costs far more than using one, and an export formats every row.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClockParts(ms: number, timeZone: string): number[] {
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [get('year'), get('month'), get('day'), get('hour'), get('minute'), get('second')];
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = wallClockParts(ms, timeZone);
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(ms / 1000) * 1000;
}

/**
 * "2026-03-01T09:00" read in `timeZone`; a string with Z or an offset is taken as it is. Undefined
 * unless it names a real calendar date and time in the years DISTRICT_YEARS allows.
 */
export function parseDistrictTime(input: string, timeZone: string): Date | undefined {
  const m = DATE_TIME.exec(input.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((n) => Number(n ?? 0)) as [number, number, number, number, number, number];
  const ms = Number((m[7] ?? '0').padEnd(3, '0'));
  if (y < DISTRICT_YEARS.first || y > DISTRICT_YEARS.last || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  if (h > 23 || mi > 59 || s > 59) return undefined;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const offsetText = m[8];
  if (offsetText !== undefined) {
    const offset = offsetMinutes(offsetText);
    return offset === undefined ? undefined : new Date(asUtc - offset * 60_000);
  }
  // Two passes settle the offset across a daylight-saving change.
  const first = asUtc - offsetAt(asUtc, timeZone);
  return new Date(asUtc - offsetAt(first, timeZone));
}

/** An instant as "YYYY-MM-DDTHH:mm" in `timeZone`, as a datetime-local field shows it. */
export function formatDistrictTime(iso: string, timeZone: string): string {
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0] = wallClockParts(Date.parse(iso), timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${y}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}`;
}

// Zone offsets change only on quarter hours (DST, history), so one lookup per zone and quarter serves
// every instant in it: an export of 100,000 rows formats with arithmetic, not Intl.
const offsets = new Map<string, number>();
const MAX_OFFSETS = 10_000;

function offsetForQuarterHour(ms: number, timeZone: string): number {
  const key = `${timeZone} ${Math.floor(ms / 900_000)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size >= MAX_OFFSETS) offsets.clear();
    offset = offsetAt(ms, timeZone);
    offsets.set(key, offset);
  }
  return offset;
}

/** An instant as "YYYY-MM-DD HH:mm:ss" in `timeZone`: sortable, and read by Excel as a date and time. */
export function districtDateTime(iso: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const ms = Date.parse(iso);
  const local = new Date(ms + offsetForQuarterHour(ms, timeZone));
  return local.toISOString().slice(0, 19).replace('T', ' ');
}

/** An instant as "YYYY-MM-DD HH:mm" in `timeZone`: how pages show a time to people. */
export function districtMinute(iso: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  return districtDateTime(iso, timeZone).slice(0, 16);
}
