// Applies the counting rule: after any change to a ticket, recount() moves its unit of
// capacity to where countedChannel() says it belongs. Keeps the counted loads exact and tells
// the listener which agent/channel changed so routing can react.

import type { Settings } from '../scenario/settings.ts';
import type { Agent } from './Agent.ts';
import type { AgentLoads } from './AgentLoads.ts';
import type { Ticket } from './Ticket.ts';
import { countedAgent, countedChannel } from './capacityRule.ts';

export interface CapacityListener {
  capacityChanged(agent: Agent, channel: number, delta: number): void;
}

export class CapacityLedger {
  constructor(
    private readonly agents: readonly Agent[],
    private readonly loads: AgentLoads,
    private readonly settings: Settings,
    private readonly listener: CapacityListener,
  ) {}

  /** Re-derives where the ticket is counted; returns true if anything moved. */
  recount(t: Ticket): boolean {
    const channel = countedChannel(t, this.settings);
    const agent = channel < 0 ? -1 : countedAgent(t, this.settings);
    if (agent === t.countedAgent && channel === t.countedChannel) return false;
    if (t.countedAgent >= 0) {
      const a = this.agents[t.countedAgent]!;
      const c = t.countedChannel;
      this.loads.counted[t.countedAgent * 3 + c]!--;
      t.countedAgent = -1;
      t.countedChannel = -1;
      this.listener.capacityChanged(a, c, -1);
    }
    if (agent >= 0) {
      const a = this.agents[agent]!;
      this.loads.counted[agent * 3 + channel]!++;
      t.countedAgent = agent;
      t.countedChannel = channel;
      this.listener.capacityChanged(a, channel, +1);
    }
    return true;
  }

  /** Stops counting a ticket that is leaving the system. */
  forget(t: Ticket): void {
    if (t.countedAgent < 0) return;
    const a = this.agents[t.countedAgent]!;
    const c = t.countedChannel;
    this.loads.counted[t.countedAgent * 3 + c]!--;
    t.countedAgent = -1;
    t.countedChannel = -1;
    this.listener.capacityChanged(a, c, -1);
  }
}
