// Arrivals of a channel: `{ rate: 120/h, profile, weekdays, spikes }`. The profile is a list
// of factors covering the day in equal slots (24 hourly, 48 half-hourly, …) or a mapping of
// "HH:MM" → factor holding until the next time. Spikes start `at` a duration after the run
// start ("34h"), a clock time on day 0 ("10:00") or on a given day ("d2 10:00").

import type { ArrivalConfig, Spike } from '../Scenario.ts';
import type { Problems } from './Problems.ts';
import { defaultArrivals } from '../defaults.ts';
import { duration, join, list, mapping, number, rate } from './fields.ts';
import { describeValue } from './describeValue.ts';
import { parseClock, parseDuration } from '../units.ts';
import { readReplayArrivals } from './readReplay.ts';

const DAY = 86400;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export function readArrivals(v: unknown, path: string, p: Problems): ArrivalConfig | undefined {
  if (typeof v === 'string') {
    const r = rate(v, path, p);
    return r === undefined ? undefined : { ...defaultArrivals(), rate: r };
  }
  const m = mapping(v, path, p, ['rate', 'profile', 'weekdays', 'spikes', 'times', 'replay']);
  if (!m) return undefined;
  if (m['replay'] !== undefined) return readReplayArrivals(m, path, p); // a CSV export of real tickets
  const out = defaultArrivals();
  if (m['times'] !== undefined) {
    // Fixed arrival times: for exact, hand-checkable scenarios (and small replays).
    for (const k of ['rate', 'profile', 'weekdays', 'spikes']) if (m[k] !== undefined) p.error(join(path, k), `"${k}" cannot be combined with fixed arrival times`);
    const l = list(m['times'], join(path, 'times'), p) ?? [];
    const times = l.map((x, i) => readInstant(x, join(join(path, 'times'), i), p));
    if (times.some((x) => x === undefined)) return undefined;
    const sorted = times as number[];
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]! < sorted[i - 1]!) {
        p.error(join(join(path, 'times'), i), 'arrival times must be in ascending order');
        return undefined;
      }
    }
    out.times = sorted;
    return out;
  }
  if (m['rate'] === undefined) p.error(join(path, 'rate'), 'arrivals need a rate such as 120/h (or fixed times: [0s, 30s, …])');
  else out.rate = rate(m['rate'], join(path, 'rate'), p) ?? 0;
  if (m['profile'] !== undefined) {
    const prof = readProfile(m['profile'], join(path, 'profile'), p);
    if (prof) {
      out.profile = prof.factors;
      out.profileSlotSeconds = prof.slot;
    }
  }
  if (m['weekdays'] !== undefined) out.weekdays = readWeekdays(m['weekdays'], join(path, 'weekdays'), p) ?? out.weekdays;
  if (m['spikes'] !== undefined) {
    const l = list(m['spikes'], join(path, 'spikes'), p) ?? [];
    out.spikes = l.map((s, i) => readSpike(s, join(join(path, 'spikes'), i), p)).filter((s): s is Spike => s !== undefined);
  }
  return out;
}

function readProfile(v: unknown, path: string, p: Problems): { factors: number[]; slot: number } | undefined {
  if (Array.isArray(v)) {
    const n = v.length;
    if (n === 0 || DAY % n !== 0) {
      p.error(path, `a profile list must split the day into equal whole-second slots (24, 48, 96, 144, 288, 1440 values …), got ${n} values`);
      return undefined;
    }
    const factors = v.map((x, i) => number(x, join(path, i), p, { min: 0 }) ?? 0);
    return { factors, slot: DAY / n };
  }
  if (v && typeof v === 'object') {
    // "HH:MM": factor, a step function over the day at one-minute resolution.
    const points: [number, number][] = [];
    for (const [k, x] of Object.entries(v)) {
      const at = parseClock(k);
      if (typeof at !== 'number' || at % 60 !== 0 || at >= DAY) {
        p.error(join(path, k), `profile keys are times of day on the minute such as "08:30", got "${k}"`);
        continue;
      }
      const f = number(x, join(path, k), p, { min: 0 });
      if (f !== undefined) points.push([at, f]);
    }
    if (points.length === 0) {
      // Entries that are there but bad have each been told at their key.
      if (Object.keys(v).length === 0) p.error(path, 'a profile mapping needs at least one "HH:MM": factor entry');
      return undefined;
    }
    points.sort((a, b) => a[0] - b[0]);
    const factors = new Array<number>(1440);
    for (let m = 0; m < 1440; m++) {
      let f = points[points.length - 1]![1]; // before the first point, the last one still holds
      for (const [at, x] of points) if (at <= m * 60) f = x;
      factors[m] = f;
    }
    return { factors, slot: 60 };
  }
  p.error(path, `expected a list of factors or a mapping of "HH:MM": factor, got ${describeValue(v)}`);
  return undefined;
}

function readWeekdays(v: unknown, path: string, p: Problems): number[] | undefined {
  if (Array.isArray(v)) {
    if (v.length !== 7) {
      p.error(path, `expected 7 factors, Monday first, got ${v.length}`);
      return undefined;
    }
    return v.map((x, i) => number(x, join(path, i), p, { min: 0 }) ?? 1);
  }
  const m = mapping(v, path, p, WEEKDAYS);
  if (!m) return undefined;
  return WEEKDAYS.map((d) => (m[d] === undefined ? 1 : number(m[d], join(path, d), p, { min: 0 }) ?? 1));
}

/** A spike: `{ at, duration, multiplier | extraRate, every? }` (the visualizer's knobs check theirs with it too). */
export function readSpike(v: unknown, path: string, p: Problems): Spike | undefined {
  const m = mapping(v, path, p, ['at', 'duration', 'multiplier', 'extraRate', 'every']);
  if (!m) return undefined;
  const start = readInstant(m['at'], join(path, 'at'), p);
  const dur = m['duration'] === undefined ? (p.error(join(path, 'duration'), 'a spike needs a duration such as 40m'), undefined)
    : duration(m['duration'], join(path, 'duration'), p, { min: 0, above: true });
  if (m['multiplier'] === undefined && m['extraRate'] === undefined) {
    p.error(path, 'a spike needs a multiplier (e.g. 3) or an extraRate (e.g. 200/h)');
  }
  const multiplier = m['multiplier'] === undefined ? 1 : number(m['multiplier'], join(path, 'multiplier'), p, { min: 0 });
  const extraRate = m['extraRate'] === undefined ? 0 : rate(m['extraRate'], join(path, 'extraRate'), p);
  const every = m['every'] === undefined ? 0 : duration(m['every'], join(path, 'every'), p, { min: 0, above: true });
  if (dur !== undefined && every !== undefined && every > 0 && dur > every) {
    p.error(join(path, 'every'), `a repeating spike must be shorter than its period (${dur}s > ${every}s)`);
  }
  if (start === undefined || dur === undefined || multiplier === undefined || extraRate === undefined || every === undefined) return undefined;
  return { start, duration: dur, multiplier, extraRate, every };
}

/** A moment of the run: "34h", "10:00" (day 0) or "d2 10:00" / "day 2 10:00". */
export function readInstant(v: unknown, path: string, p: Problems): number | undefined {
  if (typeof v === 'string') {
    const dayClock = /^\s*(?:d|day\s*)(\d+)\s+(\S+)\s*$/i.exec(v);
    if (dayClock) {
      const c = parseClock(dayClock[2]!);
      if (typeof c === 'number') return Number(dayClock[1]) * DAY + c;
    }
    if (v.includes(':')) {
      const c = parseClock(v);
      if (typeof c === 'number') return c;
    } else {
      const d = parseDuration(v);
      if (typeof d === 'number') return d;
    }
  }
  p.error(path, `expected a time such as "10:00" (day 0), "d2 10:00" or a duration after the start such as "34h", got ${describeValue(v)}`);
  return undefined;
}
