// Expected arrivals of a channel between two times of the run: ∫λ of its random process, or the
// count of its fixed or replayed arrival times, which the rate function does not know of (a
// replayed day read as 0 tickets an hour to `omnisim staff`).

import type { ChannelConfig } from '../scenario/Scenario.ts';
import { RateFunction } from '../traffic/RateFunction.ts';

/** A function of (from, to) giving the channel's expected arrivals in [from, to). */
export function expectedArrivals(ch: ChannelConfig, startWeekday: number): (from: number, to: number) => number {
  const times = ch.arrivals.times;
  if (times !== null) return (from, to) => firstAtOrAfter(times, to) - firstAtOrAfter(times, from);
  const rf = new RateFunction(ch.arrivals, startWeekday);
  return (from, to) => rf.integrate(from, to);
}

/** The index of the first of the ascending times at or after t. */
function firstAtOrAfter(times: readonly number[], t: number): number {
  let lo = 0, hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
