// An assignment method (R22) is the first selection key of an agent on a channel: smaller is
// chosen first. Ties then go to the oldest last assignment in that channel (R23). It reads the
// roster's loads at j = agent·3 + channel.

import type { AgentLoads } from '../../model/AgentLoads.ts';

export type AssignmentMethod = (loads: AgentLoads, j: number) => number;
