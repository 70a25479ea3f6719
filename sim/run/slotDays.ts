// A staffing curve is one count per slot of the day, the same every day, and `omnisim staff`
// judges each slot on the run's days pooled. When the days differ — weekday factors, a weekend
// without calls — a slot's rate and its occupancy are taken over the days that have arrivals in
// it: averaged over a week of which two days have none, 120 calls an hour read 85.7/h, the Erlang
// figure started two agents short, and the curve's agents idle on those days halved the slot's
// occupancy. What the pooled figures still hide (a busy Monday beside a quiet Friday) is told.

import type { ChannelConfig } from '../scenario/Scenario.ts';
import { formatSpan } from '../scenario/units.ts';
import { expectedArrivals } from './expectedArrivals.ts';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export interface SlotDays {
  /** Per slot: arrivals per second, the mean over the days with arrivals in the slot (0: none on any). */
  rates: number[];
  /** Per slot: for each day of the run, whether the slot has arrivals on it (false where the run does not reach it). */
  days: boolean[][];
  /** Per slot: the lowest and highest rate (per second) of the days that have arrivals in it, over the slot's whole length. */
  range: Array<[number, number] | null>;
  /** Weekdays (0 = Monday) that the run reaches in a slot with arrivals on other days, without any in it. */
  idleWeekdays: number[];
  /** Arrivals per second over the slots of the run that have arrivals (0: none at all). */
  activeRate: number;
}

/** The channel's expected arrivals slot by slot and day by day over the run. */
export function slotDays(ch: ChannelConfig, startWeekday: number, horizon: number, interval: number): SlotDays {
  const arrivals = expectedArrivals(ch, startWeekday);
  const slots = 86400 / interval;
  const dayCount = Math.ceil(horizon / 86400);
  const rates: number[] = [];
  const days: boolean[][] = [];
  const range: Array<[number, number] | null> = [];
  const idle = new Set<number>();
  let allArrivals = 0;
  let allCovered = 0;
  for (let i = 0; i < slots; i++) {
    let total = 0;
    let covered = 0;
    let low = Infinity;
    let high = -Infinity;
    const has: boolean[] = [];
    for (let d = 0; d < dayCount; d++) {
      const from = d * 86400 + i * interval;
      const to = Math.min(horizon, from + interval);
      const n = to > from ? arrivals(from, to) : 0;
      has.push(n > 0);
      if (!(n > 0)) continue;
      total += n;
      covered += to - from;
      if (to - from === interval) { low = Math.min(low, n / interval); high = Math.max(high, n / interval); }
    }
    rates.push(covered > 0 ? total / covered : 0);
    allArrivals += total;
    allCovered += covered;
    if (covered > 0) {
      has.forEach((h, d) => { if (!h && d * 86400 + i * interval < horizon) idle.add((startWeekday + d) % 7); });
    }
    days.push(has);
    range.push(high >= low ? [low, high] : null);
  }
  return { rates, days, range, idleWeekdays: [...idle].sort((a, b) => a - b), activeRate: allCovered > 0 ? allArrivals / allCovered : 0 };
}

/**
 * A note when the run's days differ in a slot, or null: the slot whose days differ most (its
 * lowest and highest hourly rate) and the weekdays without arrivals in slots other days have.
 */
export function dayVariationNote(channel: string, s: SlotDays, interval: number): string | null {
  let worst = -1;
  let ratio = 1 + 1e-9;
  s.range.forEach((r, i) => {
    if (r !== null && r[1] / r[0] > ratio) { ratio = r[1] / r[0]; worst = i; }
  });
  if (worst < 0 && s.idleWeekdays.length === 0) return null;
  const perHour = (x: number) => `${+(x * 3600).toFixed(1)}/h`;
  const parts: string[] = [];
  if (worst >= 0) parts.push(`${formatSpan(worst * interval, (worst + 1) * interval)}: ${perHour(s.range[worst]![0])} to ${perHour(s.range[worst]![1])}`);
  if (s.idleWeekdays.length > 0) parts.push(`none on ${s.idleWeekdays.map((d) => WEEKDAYS[d]).join(', ')} in slots that have them on other days`);
  return `${channel} arrivals differ from day to day (${parts.join('; ')}). The curve is one for every day: each slot's rate, Erlang figure and ` +
    `occupancy are over the days with arrivals in it, and its simulated figures pool those days, so the busiest days fare worse than the slot shows. ` +
    `To size one day of the week, run a one-day scenario that starts on it (start: { weekday: monday }).`;
}
