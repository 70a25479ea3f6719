// The roster's capacity figures in three flat arrays, indexed agent·3 + channel: each agent's
// maximum per channel (R25), what is counted against it (R26–R28) and its last assignment time
// (R22–R23). Routing reads them for every ticket; one array each for the whole roster keeps
// them in a few cache lines, where small arrays per agent were spread over the heap (E1 took
// ~5 first-level cache misses per ticket on them: `npm run bench:profile -- --event cache-misses`).
// Each Agent's own `max`, `counted` and `lastAssignedAt` are views of its three entries.

export class AgentLoads {
  readonly max: Int32Array;
  readonly counted: Int32Array;
  /** -Infinity: never assigned on that channel. */
  readonly lastAssignedAt: Float64Array;

  constructor(agentCount: number) {
    this.max = new Int32Array(agentCount * 3);
    this.counted = new Int32Array(agentCount * 3);
    this.lastAssignedAt = new Float64Array(agentCount * 3).fill(-Infinity);
  }
}
