// Units a user writes: durations ("90s", "10m", "1d2h30m"), rates ("200/h", "3/m") and
// clock times ("10:30"). Internally every time is in seconds and every rate per second.

const UNIT_SECONDS: Record<string, number> = {
  ms: 0.001,
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
  m: 60, min: 60, mins: 60, minute: 60, minutes: 60,
  h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600,
  d: 86400, day: 86400, days: 86400,
  w: 604800, week: 604800, weeks: 604800,
};

const PART = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-z]+)/i;

/** Parses "90s", "1.5h", "1d2h30m" into seconds; returns an error message instead on bad input. */
export function parseDuration(text: string): number | { error: string } {
  let rest = text.trim();
  if (rest === '') return { error: 'expected a duration such as 90s, 10m or 2h, got an empty string' };
  let total = 0;
  while (rest.length > 0) {
    const m = PART.exec(rest);
    const unit = m ? UNIT_SECONDS[m[2]!.toLowerCase()] : undefined;
    if (!m || unit === undefined) {
      return { error: `expected a duration such as 90s, 10m, 2h or 1d2h, got "${text}"` };
    }
    total += Number(m[1]) * unit;
    rest = rest.slice(m[0].length).trim();
  }
  return total;
}

/** Parses "200/h", "3/m", "1.6/min", "5000/d" into events per second. */
export function parseRate(text: string): number | { error: string } {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*\/\s*([a-z]+)\s*$/i.exec(text);
  const unit = m ? UNIT_SECONDS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) return { error: `expected a rate such as 200/h or 3/m, got "${text}"` };
  return Number(m[1]) / unit;
}

/** Parses a clock time "HH:MM" or "HH:MM:SS" into seconds after midnight. */
export function parseClock(text: string): number | { error: string } {
  const m = /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/.exec(text);
  if (!m) return { error: `expected a time of day such as 09:30, got "${text}"` };
  const h = Number(m[1]), min = Number(m[2]), s = m[3] ? Number(m[3]) : 0;
  if (h > 24 || min > 59 || s > 59 || (h === 24 && (min > 0 || s > 0))) {
    return { error: `"${text}" is not a time of day between 00:00 and 24:00` };
  }
  return h * 3600 + min * 60 + s;
}

/** Formats seconds compactly for people: 7.80s, 4m 27s, 2h 05m, 3d 4h (rounding carries over). */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  const sign = seconds < 0 ? '-' : '';
  const s = Math.abs(seconds);
  if (s < 59.95) return `${sign}${Number.isInteger(s) ? s : s < 9.995 ? s.toFixed(2) : s.toFixed(1)}s`;
  if (s < 3599.5) {
    const total = Math.round(s);
    const m = Math.floor(total / 60), sec = total % 60;
    return sec === 0 ? `${sign}${m}m` : `${sign}${m}m ${String(sec).padStart(2, '0')}s`;
  }
  if (s < 86370) {
    const total = Math.round(s / 60);
    const h = Math.floor(total / 60), m = total % 60;
    return m === 0 ? `${sign}${h}h` : `${sign}${h}h ${String(m).padStart(2, '0')}m`;
  }
  const total = Math.round(s / 3600);
  const d = Math.floor(total / 24), h = total % 24;
  return h === 0 ? `${sign}${d}d` : `${sign}${d}d ${h}h`;
}

/** Formats seconds after the run start as "d0 10:05:00" (day index and clock time). */
export function formatClock(seconds: number): string {
  const day = Math.floor(seconds / 86400);
  const rest = seconds - day * 86400;
  const h = Math.floor(rest / 3600), m = Math.floor((rest % 3600) / 60), s = Math.floor(rest % 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `d${day} ${pad(h)}:${pad(m)}:${pad(s)}`;
}

/**
 * A span of run time as people read it: "10:30–11:15" on the first day, "10:00–24:00",
 * "d0 11:15–d365 00:00" across days, with " every 7d" / " daily" when it repeats.
 */
export function formatSpan(from: number, to: number, every = 0): string {
  const hm = (s: number) => formatClock(s).split(' ')[1]!.slice(0, 5);
  const dayOf = (s: number) => Math.floor(s / 86400);
  const repeat = every === 86400 ? ' daily' : every > 0 ? ` every ${formatDuration(every)}` : '';
  const sameDay = dayOf(from) === dayOf(to) || to === (dayOf(from) + 1) * 86400;
  if (sameDay) {
    const end = to === (dayOf(from) + 1) * 86400 ? '24:00' : hm(to);
    return `${dayOf(from) === 0 ? '' : `d${dayOf(from)} `}${hm(from)}–${end}${repeat}`;
  }
  return `d${dayOf(from)} ${hm(from)}–d${dayOf(to)} ${hm(to)}${repeat}`;
}
