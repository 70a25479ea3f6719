// A warning before a run that can only end with a queue growing without limit: on average more
// work arrives on a channel than all of its agents together can hold, and no customer gives up.
// Checked where a ticket holds one unit of capacity for its handling time — calls (plus
// wrap-up) and plain messaging conversations; email and exchanges are left to the run.

import type { Scenario } from '../Scenario.ts';
import { RateFunction } from '../../traffic/RateFunction.ts';
import type { Problems } from './Problems.ts';
import { channelCapacity } from '../channelCapacity.ts';
import { humanShare } from '../AiAgentConfig.ts';
import { unboundedHolding } from '../unboundedHolding.ts';

/** Offered load over capacity from which the warning is given. */
const OVERLOAD = 1;

export function checkLoad(sc: Scenario, p: Problems): void {
  sc.channels.forEach((ch) => {
    const holding = unboundedHolding(ch);
    if (holding === null) return;
    // R6: only what the AI agent escalates (and what it does not take) reaches the agents.
    const perSecond = (new RateFunction(ch.arrivals, sc.startWeekday).integrate(0, sc.horizon) / sc.horizon) * humanShare(ch.aiAgent);
    const load = perSecond * holding;
    // Every agent who can ever take the channel's work, all at once: an upper bound.
    const units = channelCapacity(sc, ch.channel);
    if (units === 0 || load < OVERLOAD * units) return;
    p.warn(`channels.${ch.channel}.arrivals`,
      `${round(perSecond * 3600)} ${ch.channel} tickets an hour on average${ch.aiAgent ? ' reaching the agents (after the AI agent)' : ''}, each holding an agent's capacity for ${round(holding)} s, ` +
      `is an offered load of ${round(load)} units, but all the agents together hold ${units}: with no patience the queue grows without limit ` +
      '(check the rate and its unit, add agents or give customers patience)');
  });
}

function round(x: number): string {
  return x >= 100 ? Math.round(x).toLocaleString('en-US') : String(Number(x.toPrecision(3)));
}
