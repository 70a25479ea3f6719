// An agent: one capacity rule (R25), a unified status (R19), the groups they belong to, and
// what is counted against them per channel. Invariant: counted[c] equals the number of
// tickets whose countedAgent/countedChannel name this agent and channel.

import type { AgentStatusCode } from './codes.ts';
import { ONLINE } from './codes.ts';
import type { AgentLoads } from './AgentLoads.ts';

export class Agent {
  /** Maximum per channel from the agent's capacity rule (messaging, email, voice). */
  readonly max: Int32Array;
  /** Tickets counted against the agent per channel (R26–R28). */
  readonly counted: Int32Array;
  /** Time of the agent's last assignment per channel (R22–R23); -Infinity: never. */
  readonly lastAssignedAt: Float64Array;
  status: AgentStatusCode = ONLINE;
  /** Fixed rank for the final tie-break (Q15): the index, or a seeded permutation. */
  tieRank: number;
  /** R18: the skills the agent holds — with R7's brands they belong to — and the high-priority
   *  skills (bit masks, see compileSkills and compileBrands). */
  skills = 0;
  prioritySkills = 0;

  constructor(
    readonly index: number,
    readonly name: string,
    readonly team: number,
    readonly groups: readonly number[],
    readonly capacityRule: string,
    /** The roster's arrays these three are views of (the hot path reads those directly). */
    loads: AgentLoads,
  ) {
    this.tieRank = index;
    const from = index * 3;
    this.max = loads.max.subarray(from, from + 3);
    this.counted = loads.counted.subarray(from, from + 3);
    this.lastAssignedAt = loads.lastAssignedAt.subarray(from, from + 3);
  }

  /** Spare units on a channel; negative when pushed over the limit (R29). */
  spare(channel: number): number {
    return this.max[channel]! - this.counted[channel]!;
  }
}
