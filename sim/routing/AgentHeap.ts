// The agents of one group who can take work on one channel now (eligible status, spare
// capacity), best first by AgentKeys. Invariant: pos[a] ≥ 0 ⇔ agent a is in the heap.

import type { AgentKeys } from './AgentKeys.ts';

export class AgentHeap {
  private readonly items: Int32Array;
  private readonly pos: Int32Array;
  size = 0;

  constructor(readonly keys: AgentKeys, agentCount: number) {
    this.items = new Int32Array(Math.max(1, agentCount));
    this.pos = new Int32Array(Math.max(1, agentCount)).fill(-1);
  }

  /** Best agent, or -1. */
  peek(): number {
    return this.size > 0 ? this.items[0]! : -1;
  }

  has(agent: number): boolean {
    return this.pos[agent]! >= 0;
  }

  /** Inserts the agent, or restores order after its keys changed. */
  upsert(agent: number): void {
    const p = this.pos[agent]!;
    if (p < 0) {
      this.up(this.size++, agent);
    } else if (p > 0 && this.keys.better(agent, this.items[(p - 1) >> 1]!)) {
      this.up(p, agent);
    } else {
      this.down(p, agent);
    }
  }

  remove(agent: number): void {
    const p = this.pos[agent]!;
    if (p < 0) return;
    this.pos[agent] = -1;
    const last = this.items[--this.size]!;
    if (last !== agent) {
      if (p > 0 && this.keys.better(last, this.items[(p - 1) >> 1]!)) this.up(p, last);
      else this.down(p, last);
    }
  }

  /**
   * The best agent satisfying `accept`, visiting agents best-first and stopping at the first
   * match; -1 if none. Costs O(k log k) for k agents visited.
   */
  findBest(accept: (agent: number) => boolean): number {
    if (this.size === 0) return -1;
    if (accept(this.items[0]!)) return this.items[0]!;
    // Best-first walk of the heap with a small frontier sorted by key.
    const frontier: number[] = [0];
    const keys = this.keys, items = this.items;
    while (frontier.length > 0) {
      let bi = 0;
      for (let i = 1; i < frontier.length; i++) {
        if (keys.better(items[frontier[i]!]!, items[frontier[bi]!]!)) bi = i;
      }
      const p = frontier[bi]!;
      frontier[bi] = frontier[frontier.length - 1]!;
      frontier.pop();
      const a = items[p]!;
      if (p !== 0 && accept(a)) return a;
      const c = 2 * p + 1;
      if (c < this.size) frontier.push(c);
      if (c + 1 < this.size) frontier.push(c + 1);
    }
    return -1;
  }

  private up(p: number, agent: number): void {
    const items = this.items, pos = this.pos, keys = this.keys;
    while (p > 0) {
      const parent = (p - 1) >> 1;
      const q = items[parent]!;
      if (!keys.better(agent, q)) break;
      items[p] = q;
      pos[q] = p;
      p = parent;
    }
    items[p] = agent;
    pos[agent] = p;
  }

  private down(p: number, agent: number): void {
    const items = this.items, pos = this.pos, keys = this.keys;
    const n = this.size;
    for (;;) {
      let c = 2 * p + 1;
      if (c >= n) break;
      if (c + 1 < n && keys.better(items[c + 1]!, items[c]!)) c++;
      const q = items[c]!;
      if (!keys.better(q, agent)) break;
      items[p] = q;
      pos[q] = p;
      p = c;
    }
    items[p] = agent;
    pos[agent] = p;
  }
}
