// The capacity a scenario gives a channel: every agent of every team at once, each holding
// their team rule's units (N·k for a chat team of N agents at k conversations). An upper bound
// when shifts or statuses take agents away; the exact server count when they do not.

import type { Scenario } from './Scenario.ts';
import type { ChannelName } from '../model/codes.ts';

export function channelCapacity(sc: Scenario, channel: ChannelName): number {
  return sc.teams.reduce((n, t) => {
    const rule = sc.capacityRules.find((r) => r.name === t.capacityRule);
    return n + t.count * (rule ? rule[channel] : 0);
  }, 0);
}
