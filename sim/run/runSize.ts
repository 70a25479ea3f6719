// How big a run is before it starts: the expected number of tickets created over the horizon
// (∫λ of every channel, or the count of fixed and replayed arrival times), per replication.
// Follow-ups and reopened email come on top; they are a small share in every shipped scenario.

import type { Scenario } from '../scenario/Scenario.ts';
import { RateFunction } from '../traffic/RateFunction.ts';

export function expectedTickets(sc: Scenario): number {
  let n = 0;
  for (const ch of sc.channels) {
    if (!ch.enabled) continue;
    const times = ch.arrivals.times;
    if (times) {
      for (const t of times) if (t < sc.horizon) n++;
    } else {
      n += new RateFunction(ch.arrivals, sc.startWeekday).integrate(0, sc.horizon);
    }
  }
  return n;
}

/**
 * The full model's speed range measured by `npm run bench` (tickets a second, one core): a
 * year of a 500-agent multichannel centre at the low end, E1 (M/M/14 calls) at the high end.
 */
export const TICKETS_PER_SECOND = { low: 300_000, high: 2_300_000 } as const;
