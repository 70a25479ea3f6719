// Creation times of exported tickets: ISO 8601 date-times ("2024-03-05T09:12:31Z",
// "2024-03-05 09:12") or times after the start of the run ("3600", "1h30m", "d1 09:30").
// Date-times are kept as the wall clock they show (seconds since 1970-01-01 00:00 of that
// clock) with their UTC offset when they have one; there is no time zone database here.

import { parseClock, parseDuration } from '../../scenario/units.ts';

export interface WallTime {
  /** Seconds since 1970-01-01 00:00 of the clock the timestamp shows. */
  wall: number;
  /** Minutes east of UTC written with it (Z: 0), or null when it has none. */
  offset: number | null;
  /** Written with Z (UTC). */
  utc: boolean;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A date-time, null when the text is not one, or a message when it is one but impossible. */
export function parseTimestamp(text: string): WallTime | null | { error: string } {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  if (m[4] === undefined) return { error: `"${text.trim()}" is a date without a time of day` };
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]), h = Number(m[4]), mi = Number(m[5]);
  const s = m[6] === undefined ? 0 : Number(m[6]);
  const frac = m[7] === undefined ? 0 : Number(`0.${m[7]}`);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const dim = mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1];
  if (dim === undefined || d < 1 || d > dim || h > 23 || mi > 59 || s > 59) return { error: `"${text.trim()}" is not a valid date and time` };
  const wall = Date.UTC(y, mo - 1, d, h, mi, s) / 1000 + frac;
  const z = m[8];
  if (z === undefined) return { wall, offset: null, utc: false };
  if (z.toUpperCase() === 'Z') return { wall, offset: 0, utc: true };
  const offset = parseOffset(z);
  return typeof offset === 'number' ? { wall, offset, utc: false } : offset;
}

/** "+01:00", "-0530", "+02" → minutes east of UTC. */
export function parseOffset(text: string): number | { error: string } {
  const m = /^\s*([+-])(\d{2}):?(\d{2})?\s*$/.exec(text);
  if (!m || Number(m[2]) > 14 || Number(m[3] ?? 0) > 59) return { error: `expected a UTC offset such as +01:00 or -05:30, got "${text}"` };
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** The clock time on the centre's clock: converted to `target` (minutes east of UTC) when
 *  both are known, else as written. */
export function onClock(w: WallTime, target: number | null): number {
  return target === null || w.offset === null ? w.wall : w.wall + (target - w.offset) * 60;
}

/** Seconds after the start: "3600" (seconds), "1h30m", "d1 09:30", "09:30"; null otherwise. */
export function parseRelative(text: string): number | null {
  const s = text.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  const dayClock = /^(?:d|day\s*)(\d+)\s+(\S+)$/i.exec(s);
  if (dayClock) {
    const c = parseClock(dayClock[2]!);
    return typeof c === 'number' ? Number(dayClock[1]) * 86400 + c : null;
  }
  if (s.includes(':')) {
    const c = parseClock(s);
    return typeof c === 'number' ? c : null;
  }
  const d = parseDuration(s);
  return typeof d === 'number' ? d : null;
}

/** Weekday of a wall time, Monday = 0 (1970-01-01 was a Thursday). */
export function weekdayOf(wall: number): number {
  return (((Math.floor(wall / 86400) + 3) % 7) + 7) % 7;
}

/** "2024-03-05 09:12" for messages. */
export function formatWall(wall: number): string {
  const d = new Date(Math.round(wall) * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
