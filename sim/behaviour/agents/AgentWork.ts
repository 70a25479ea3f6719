// Agents as a planner's real team, one object per run: their status through the day
// (presence: shifts, breaks, disconnections), what happens to their open work when that status
// changes (reassignment: R39, R40, end of shift), and call offers (R37). The engine calls in
// at a few points: start, its AGENT_TIMER and CALL_OFFER_ENDS events, agent status changes,
// tickets reopening, and the routing of tickets taken from an agent.

import type { Engine } from '../../engine/Engine.ts';
import type { Agent } from '../../model/Agent.ts';
import type { Ticket } from '../../model/Ticket.ts';
import type { StatusCode } from '../../model/codes.ts';
import { Presence } from './presence.ts';
import { Breaks } from './breaks.ts';
import { Disconnects } from './disconnects.ts';
import { Reassignment, queueForHandedBack } from './reassignment.ts';
import { CallOffers } from './callOffers.ts';
import { BREAK_ENDS, BREAK_STARTS, DISCONNECTS, OFFLINE_AFTER_DISCONNECT, REASSIGNMENT_DUE, RECONNECTS, agentOf, whatOf } from './timers.ts';

export class AgentWork {
  readonly presence: Presence;
  readonly breaks: Breaks;
  readonly disconnects: Disconnects;
  readonly reassignment: Reassignment;
  readonly calls: CallOffers;

  constructor(private readonly e: Engine) {
    this.presence = new Presence(e, { shiftEnded: (a) => this.reassignment.shiftEnded(a) });
    this.breaks = new Breaks(e, this.presence);
    this.disconnects = new Disconnects(e, this.presence);
    this.reassignment = new Reassignment(e, this.presence);
    this.calls = new CallOffers(e, this.presence);
  }

  /** After the shifts set the statuses of time 0: plans breaks and disconnections. */
  init(): void {
    this.presence.init();
    this.breaks.init();
    this.disconnects.init();
  }

  /** An AGENT_TIMER event. */
  fire(payload: number): void {
    const a = this.e.agents[agentOf(payload)]!;
    switch (whatOf(payload)) {
      case BREAK_STARTS: this.breaks.start(a); break;
      case BREAK_ENDS: this.breaks.end(a); break;
      case DISCONNECTS: this.disconnects.disconnect(a); break;
      case OFFLINE_AFTER_DISCONNECT: this.disconnects.offline(a); break;
      case RECONNECTS: this.disconnects.reconnect(a); break;
      case REASSIGNMENT_DUE: this.reassignment.fire(a); break;
    }
  }

  /** The engine changed the agent's status (after routing re-read it). */
  statusChanged(a: Agent): void {
    this.presence.changedElsewhere(a);
    this.calls.statusChanged(a);
    this.reassignment.statusChanged(a);
  }

  /** The ticket's status changed to open from `from` (R39 looks at reopened tickets). */
  reopened(t: Ticket, from: StatusCode): void {
    this.reassignment.reopened(t, from);
  }

  /** R41: the queue of a ticket taken from its agent, when reassignment skips custom queues. */
  queueForHandedBack(t: Ticket): number {
    return queueForHandedBack(this.e, t);
  }
}
