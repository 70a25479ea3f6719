// Customers who arrive when no agent who takes their channel is on shift — email until 18:00
// with the team going home at 16:00, a week's weekend nobody works — wait for the next shift,
// or for the run's end, at any size of the team `omnisim staff --by team` sizes: its agents
// keep their shift. Those nobody comes on for within the threshold are certain misses; the
// service level counts those still waiting at the end as missed too (missedAtEnd). This reads
// them from the replications' series: the channel's capacity (every team's agents whose status
// takes it, R19) and its arrivals, per bucket.

import type { ChannelName } from '../model/codes.ts';
import type { RunSummary } from '../metrics/RunMetrics.ts';
import { formatSpan } from '../scenario/units.ts';
import { WEEKDAYS } from './slotDays.ts';

export interface OffShiftArrivals {
  channel: ChannelName;
  /** Arrivals after the warm-up, per replication (mean). */
  arrivals: number;
  /** Of them, those in buckets where no agent took the channel (mean per replication). */
  offShift: number;
  /** Of those, the ones whom nobody came on for before the threshold passed, with the run going on past it. */
  certainMisses: number;
  /** When no agent took the channel while customers were expected: "16:00–18:00", or by weekday. */
  hours: string;
}

export interface OffShiftRun {
  horizon: number;
  warmup: number;
  startWeekday: number;
  /** The channel's expected arrivals in [from, to), to name the hours customers arrive in. */
  expected: (from: number, to: number) => number;
}

/** No capacity in the bucket: no agent took the channel at any moment of it. */
const NONE = 1e-9;

export function offShiftArrivals(runs: readonly RunSummary[], channel: ChannelName, threshold: number, run: OffShiftRun): OffShiftArrivals | null {
  if (runs.length === 0) return null;
  const iv = runs[0]!.series.intervalSeconds;
  let arrivals = 0, offShift = 0, certain = 0;
  const everyRun = new Uint8Array(runs[0]!.series.channels[channel].capacity.length).fill(1);
  for (const r of runs) {
    const s = r.series.channels[channel];
    const n = s.capacity.length;
    // Per bucket: when the channel next has capacity (the start of the first bucket with any).
    const next = new Float64Array(n + 1).fill(Infinity);
    for (let b = n - 1; b >= 0; b--) next[b] = s.capacity[b]! > NONE ? b * iv : next[b + 1]!;
    for (let b = 0; b < n; b++) {
      if (s.capacity[b]! > NONE) everyRun[b] = 0;
      if (b * iv < run.warmup) continue;
      const a = s.arrivals[b]!;
      arrivals += a;
      if (s.capacity[b]! > NONE) continue;
      offShift += a;
      // Arriving by the bucket's end, waiting past the threshold before anyone takes the channel.
      const deadline = Math.min(run.horizon, (b + 1) * iv) + threshold;
      if (deadline < run.horizon && next[b]! >= deadline) certain += a;
    }
  }
  const k = runs.length;
  return { channel, arrivals: arrivals / k, offShift: offShift / k, certainMisses: certain / k, hours: offShiftHours(everyRun, iv, run) };
}

/** The hours with no capacity in any replication and arrivals expected, by time of day. */
function offShiftHours(none: Uint8Array, iv: number, run: OffShiftRun): string {
  if (iv > 86400 || 86400 % iv !== 0) return '';
  // Per day of the run, its spans (seconds of the day).
  const days = new Map<number, [number, number][]>();
  for (let b = 0; b < none.length; b++) {
    const from = b * iv, to = Math.min(run.horizon, from + iv);
    if (!none[b] || from < run.warmup || !(run.expected(from, to) > 0)) continue;
    const day = Math.floor(from / 86400);
    const spans = days.get(day) ?? [];
    const start = from - day * 86400, end = to - day * 86400;
    const last = spans[spans.length - 1];
    if (last && last[1] === start) last[1] = end;
    else spans.push([start, end]);
    days.set(day, spans);
  }
  if (days.size === 0) return '';
  // Per weekday, the union of its days' spans.
  const byWeekday = new Map<number, Set<string>>();
  for (const [day, spans] of days) {
    const w = (run.startWeekday + day) % 7;
    const set = byWeekday.get(w) ?? new Set<string>();
    for (const [a, b] of spans) set.add(`${a}-${b}`);
    byWeekday.set(w, set);
  }
  const text = (set: Set<string>) => spanText([...set].map((x) => x.split('-').map(Number) as [number, number]));
  const groups = new Map<string, number[]>();
  for (const w of [...byWeekday.keys()].sort((a, b) => a - b)) {
    const t = text(byWeekday.get(w)!);
    groups.set(t, [...(groups.get(t) ?? []), w]);
  }
  // The same hours on every weekday the run reaches: the hours alone ("every day" over several days).
  const reached = new Set<number>();
  for (let d = Math.floor(run.warmup / 86400); d * 86400 < run.horizon; d++) reached.add((run.startWeekday + d) % 7);
  if (groups.size === 1 && byWeekday.size === reached.size) {
    const [t] = groups.keys();
    return days.size > 1 ? `${t} every day` : t!;
  }
  return [...groups].map(([t, ws]) => `${weekdayList(ws)} ${t}`).join('; ');
}

/** Spans of a day merged and in order: "00:00–08:00, 18:00–24:00" (at most six, then "…"). */
function spanText(spans: [number, number][]): string {
  const merged: [number, number][] = [];
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const shown = merged.slice(0, 6).map(([a, b]) => formatSpan(a, b));
  return shown.join(', ') + (merged.length > 6 ? ', …' : '');
}

/** Weekdays (0 = Monday) as "Monday–Friday", "Saturday, Sunday". */
function weekdayList(ws: number[]): string {
  const runs: [number, number][] = [];
  for (const w of ws) {
    const last = runs[runs.length - 1];
    if (last && last[1] === w - 1) last[1] = w;
    else runs.push([w, w]);
  }
  return runs.map(([a, b]) => (b - a >= 2 ? `${WEEKDAYS[a]}–${WEEKDAYS[b]}` : a === b ? WEEKDAYS[a] : `${WEEKDAYS[a]}, ${WEEKDAYS[b]}`)).join(', ');
}
