// Selection keys of every agent for one channel, smaller first: key1 from the assignment
// method (R22), key2 the last assignment time in that channel (R23), key3 the final
// tie-break (Q15). Kept in typed arrays shared by every agent heap of the channel.

export class AgentKeys {
  readonly key1: Float64Array;
  readonly key2: Float64Array;
  readonly key3: Float64Array;
  constructor(agentCount: number) {
    this.key1 = new Float64Array(agentCount);
    this.key2 = new Float64Array(agentCount);
    this.key3 = new Float64Array(agentCount);
  }

  /** True if agent a should be chosen before agent b. */
  better(a: number, b: number): boolean {
    const k1 = this.key1;
    if (k1[a] !== k1[b]) return k1[a]! < k1[b]!;
    const k2 = this.key2;
    if (k2[a] !== k2[b]) return k2[a]! < k2[b]!;
    return this.key3[a]! < this.key3[b]!;
  }
}
