// The reference for the frames' agent numbers: the frame recorder as it was before frames
// carried only changes (viz/worker/FrameRecorder.ts up to commit 39ac13a) — every agent's
// numbers copied into every frame, at the same bucket boundaries. Only its agent part is kept.

import type { SimEvent } from '../../sim/model/events.ts';
import type { EventBus } from '../../sim/model/EventBus.ts';
import { AGENT_FIELDS, A_MESSAGING, A_EMAIL, A_VOICE, A_STATUS } from '../../viz/protocol.ts';

const STATUS_CODE: Record<string, number> = { online: 0, away: 1, 'transfers-only': 2, offline: 3 };

export class AgentSnapshots {
  private readonly agents: number[];
  private nextBoundary: number;
  private lastFrameAt = 0;
  readonly frames: { t: number; agents: Int32Array }[] = [];

  constructor(private readonly interval: number, private readonly horizon: number, agentCount: number) {
    this.agents = new Array<number>(agentCount * AGENT_FIELDS).fill(0);
    this.nextBoundary = interval;
  }

  attach(bus: EventBus): () => void {
    return bus.subscribe(this.listener, ['RunStarted', 'CapacityChanged', 'CallEnded', 'AgentStatusChanged']);
  }

  readonly listener = (e: SimEvent): void => {
    this.flushUntil(e.t);
    switch (e.type) {
      case 'RunStarted':
        for (const a of e.agents) this.agents[a.agent * AGENT_FIELDS + A_STATUS] = STATUS_CODE[a.status] ?? 3;
        break;
      case 'CapacityChanged': {
        const c = e.channel === 'messaging' ? 0 : e.channel === 'email' ? 1 : 2;
        this.agents[e.agent * AGENT_FIELDS + (c === 0 ? A_MESSAGING : c === 1 ? A_EMAIL : A_VOICE)] = c === 2 ? (e.used > 0 ? 1 : 0) : e.used;
        break;
      }
      case 'CallEnded':
        if (e.wrapUp > 0 && e.agent >= 0) this.agents[e.agent * AGENT_FIELDS + A_VOICE] = 2;
        break;
      case 'AgentStatusChanged':
        this.agents[e.agent * AGENT_FIELDS + A_STATUS] = STATUS_CODE[e.to] ?? 3;
        break;
    }
  };

  flushUntil(t: number): void {
    while (t >= this.nextBoundary && this.nextBoundary <= this.horizon) {
      this.frames.push({ t: this.nextBoundary, agents: Int32Array.from(this.agents) });
      this.lastFrameAt = this.nextBoundary;
      this.nextBoundary += this.interval;
    }
    if (t >= this.horizon && this.lastFrameAt < this.horizon) {
      this.frames.push({ t: this.horizon, agents: Int32Array.from(this.agents) });
      this.lastFrameAt = this.horizon;
    }
  }
}

/** Numbers that differ from one snapshot to the next, over the run (what the frames must carry). */
export function changesBetween(frames: readonly { agents: Int32Array }[]): number {
  let n = 0;
  for (let i = 1; i < frames.length; i++) {
    const a = frames[i - 1]!.agents, b = frames[i]!.agents;
    for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) n++;
  }
  return n;
}
