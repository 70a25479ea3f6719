// An assignment method (R22) is the first selection key of an agent on a channel: smaller is
// chosen first. Ties then go to the oldest last assignment in that channel (R23).

import type { Agent } from '../../model/Agent.ts';

export type AssignmentMethod = (agent: Agent, channel: number) => number;
