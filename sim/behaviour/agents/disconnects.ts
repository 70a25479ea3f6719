// Disconnections (R20): a device that sleeps, a workspace closed, a network lost. Each agent of
// a team with `disconnects: { rate, duration }` disconnects at random while on shift; only a
// disconnection still going after `disconnectToOfflineSec` (Q17) sets the agent offline, and
// reconnecting gives back the status the day says they should have. While disconnected the
// agent answers no call offer (R37). Every agent has its own streams, drawn the same way
// whether or not a disconnection takes effect, so compared variants share them.

import type { Engine } from '../../engine/Engine.ts';
import type { Agent } from '../../model/Agent.ts';
import type { Uniform } from '../../kernel/RandomStreams.ts';
import type { Distribution } from '../../kernel/distributions/Distribution.ts';
import { makeDistribution } from '../../kernel/distributions/makeDistribution.ts';
import { AGENT_TIMER } from '../../engine/kinds.ts';
import type { Presence } from './presence.ts';
import { DISCONNECTS, OFFLINE_AFTER_DISCONNECT, RECONNECTS, agentPayload } from './timers.ts';

interface AgentDisconnects {
  gap: Distribution;
  length: Distribution;
  gapStream: Uniform;
  lengthStream: Uniform;
}

export class Disconnects {
  private readonly plans: (AgentDisconnects | null)[];
  /** When the current disconnection began (NaN: connected). */
  private readonly since: Float64Array;
  private readonly wentOffline: Uint8Array;

  constructor(private readonly e: Engine, private readonly presence: Presence) {
    const teams = e.compiled.scenario.teams;
    this.plans = e.agents.map((a) => {
      const d = teams[a.team]!.disconnects;
      if (!d) return null;
      return {
        gap: makeDistribution({ distribution: 'exponential', mean: 1 / d.rate }),
        length: makeDistribution(d.duration),
        gapStream: e.streams.get(`disconnects/${a.name}`),
        lengthStream: e.streams.get(`disconnect-length/${a.name}`),
      };
    });
    this.since = new Float64Array(e.agents.length).fill(NaN);
    this.wentOffline = new Uint8Array(e.agents.length);
  }

  init(): void {
    for (const a of this.e.agents) if (this.plans[a.index]) this.planNext(a);
  }

  disconnect(a: Agent): void {
    const plan = this.plans[a.index]!;
    this.planNext(a);
    const length = plan.length.sample(plan.lengthStream);
    // Off shift, or still disconnected: nothing happens (the draw is made all the same).
    if (!this.presence.onShift(a) || this.presence.disconnected[a.index] === 1 || !(length > 0)) return;
    const now = this.e.now;
    this.since[a.index] = now;
    this.wentOffline[a.index] = 0;
    this.presence.setDisconnected(a, true);
    if (this.e.events.wanted('AgentDisconnected')) this.e.events.emit({ type: 'AgentDisconnected', t: now, agent: a.index });
    this.e.kernel.after(length, AGENT_TIMER, agentPayload(a.index, RECONNECTS));
    // R20 / Q17: offline only if still disconnected once the delay has passed.
    const delay = this.e.settings.disconnectToOfflineSec;
    if (length <= delay) return;
    if (delay === 0) this.offline(a);
    else this.e.kernel.after(delay, AGENT_TIMER, agentPayload(a.index, OFFLINE_AFTER_DISCONNECT));
  }

  offline(a: Agent): void {
    if (this.presence.disconnected[a.index] !== 1) return;
    this.wentOffline[a.index] = 1;
    this.presence.setOfflineByDisconnect(a);
  }

  reconnect(a: Agent): void {
    const after = this.e.now - this.since[a.index]!;
    this.since[a.index] = NaN;
    if (this.e.events.wanted('AgentReconnected')) {
      this.e.events.emit({ type: 'AgentReconnected', t: this.e.now, agent: a.index, after, wentOffline: this.wentOffline[a.index] === 1 });
    }
    this.presence.setDisconnected(a, false);
  }

  private planNext(a: Agent): void {
    const plan = this.plans[a.index]!;
    const at = this.e.now + plan.gap.sample(plan.gapStream);
    if (at < this.e.horizon) this.e.kernel.at(at, AGENT_TIMER, agentPayload(a.index, DISCONNECTS));
  }
}
