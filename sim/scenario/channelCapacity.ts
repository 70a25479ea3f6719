// The capacity a scenario gives a channel: every agent of every team at once, each holding
// their team rule's units (N·k for a chat team of N agents at k conversations). An upper bound
// when shifts or statuses take agents away; the exact server count when they do not.

import type { Scenario, TeamConfig } from './Scenario.ts';
import type { ChannelName } from '../model/codes.ts';

export function channelCapacity(sc: Scenario, channel: ChannelName): number {
  return sc.teams.reduce((n, t) => n + t.count * teamCapacity(sc, t, channel), 0);
}

/** Units of `channel` one agent of the team holds (its capacity rule's). */
export function teamCapacity(sc: Scenario, team: TeamConfig, channel: ChannelName): number {
  return sc.capacityRules.find((r) => r.name === team.capacityRule)?.[channel] ?? 0;
}
