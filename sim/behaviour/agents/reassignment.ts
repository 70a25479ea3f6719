// Taking open work away from an agent so routing can give it to someone else:
// - R40 auto-reassign: when an agent moves to one of `autoReassign.statuses`, `after` (1 minute)
//   later — if they are still in such a status — up to `max` (50) of their most recently updated
//   open email / messaging tickets of the chosen channels and priorities are unassigned and
//   re-routed.
// - The team's end-of-shift policy: handBack unassigns every open email and messaging ticket at
//   once; reassign runs the R40 sweep (its delay, limit, channels, priorities) after the shift
//   ends, whatever its statuses; finish takes nothing.
// - R39 reassign reopened tickets: an email or messaging ticket going from pending, on-hold or
//   solved back to open while its agent has one of `reassignReopened.statuses` is re-routed;
//   email only if it carries the auto-routing tag, unless reassignThroughQueues (R41).
// Calls are never taken (R5); nor is a conversation whose session ended while routed as
// messaging — routing could not see it any more (R4), so it stays with its agent.
// Tickets taken are marked handedBack: without reassignThroughQueues they skip the custom
// queues (R41, see queueForHandedBack).

import type { Engine } from '../../engine/Engine.ts';
import type { Agent } from '../../model/Agent.ts';
import type { Ticket } from '../../model/Ticket.ts';
import type { StatusCode } from '../../model/codes.ts';
import { AGENT_STATUSES, CHANNELS, EMAIL, MESSAGING, NEW, OPEN, PENDING, PRIORITIES, SESSION_ENDED, STATUSES } from '../../model/codes.ts';
import type { AwayStatusName, EndOfShift, ReassignChannel } from '../../scenario/agentWork.ts';
import { AGENT_TIMER } from '../../engine/kinds.ts';
import { NO_EVENT } from '../../kernel/EventQueue.ts';
import { fitsStandardQueue, hasRoutingTag } from '../../routing/eligibility.ts';
import { NO_QUEUE, STANDARD_QUEUE } from '../../routing/Router.ts';
import type { Presence } from './presence.ts';
import { REASSIGNMENT_DUE, agentPayload } from './timers.ts';

const BY_STATUS = 0;
const END_OF_SHIFT = 1;

export type ReassignCause = 'autoReassign' | 'endOfShift' | 'handBack';

export class Reassignment {
  /** Pending R40 sweep per agent, and what asked for it. */
  private readonly due: Int32Array;
  private readonly dueCause: Uint8Array;

  constructor(private readonly e: Engine, private readonly presence: Presence) {
    this.due = new Int32Array(e.agents.length).fill(NO_EVENT);
    this.dueCause = new Uint8Array(e.agents.length);
  }

  /** R40: the agent's status changed; a move to a chosen status starts the countdown again. */
  statusChanged(a: Agent): void {
    const i = a.index;
    if (this.due[i] !== NO_EVENT && this.dueCause[i] === BY_STATUS) this.due[i] = this.e.cancel(this.due[i]!);
    if (this.chosen(a) && this.due[i] === NO_EVENT) this.plan(a, BY_STATUS);
  }

  /** The agent's shift ended: the team's policy for their open work. */
  shiftEnded(a: Agent): void {
    const policy: EndOfShift = this.e.compiled.scenario.teams[a.team]!.endOfShift;
    if (this.e.events.wanted('ShiftEnded')) this.e.events.emit({ type: 'ShiftEnded', t: this.e.now, agent: a.index, policy });
    if (policy === 'handBack') {
      this.take(a, 'handBack', ['email', 'messaging'], null, Infinity, 'end of shift: handed back');
    } else if (policy === 'reassign' && this.due[a.index] === NO_EVENT) {
      this.plan(a, END_OF_SHIFT);
    }
  }

  /** The R40 sweep is due. */
  fire(a: Agent): void {
    const i = a.index;
    const cause = this.dueCause[i];
    this.due[i] = NO_EVENT;
    const still = cause === BY_STATUS ? this.chosen(a) : !this.presence.onShift(a);
    if (!still) return;
    const s = this.e.settings.autoReassign;
    const reason = cause === BY_STATUS ? `agent ${AGENT_STATUSES[a.status]} (R40)` : 'end of shift: reassigned (R40)';
    this.take(a, cause === BY_STATUS ? 'autoReassign' : 'endOfShift', s.channels, s.priorities.map((p) => PRIORITIES.indexOf(p)), s.max, reason);
  }

  /** R39: the ticket went from `from` to open; re-route it if its agent is in a chosen status. */
  reopened(t: Ticket, from: StatusCode): void {
    const r = this.e.settings.reassignReopened;
    if (r.statuses.length === 0 || from < PENDING || t.assignee < 0) return;
    const agent = this.e.agents[t.assignee]!;
    const status = AGENT_STATUSES[agent.status] as AwayStatusName;
    if (!r.statuses.includes(status) || !takable(t, r.channels)) return;
    if (t.routingChannel === EMAIL && !hasRoutingTag(t, this.e.settings) && !this.e.settings.reassignThroughQueues) return;
    this.e.unassign(t, `reopened (${STATUSES[from]} → open) while agent ${status} (R39)`);
    t.handedBack = true;
  }

  private chosen(a: Agent): boolean {
    return (this.e.settings.autoReassign.statuses as readonly string[]).includes(AGENT_STATUSES[a.status]);
  }

  private plan(a: Agent, cause: number): void {
    this.dueCause[a.index] = cause;
    this.due[a.index] = this.e.kernel.after(this.e.settings.autoReassign.after, AGENT_TIMER, agentPayload(a.index, REASSIGNMENT_DUE));
  }

  /** Unassigns the agent's most recently updated open tickets that qualify; they re-route when the event settles. */
  private take(a: Agent, cause: ReassignCause, channels: readonly ReassignChannel[], priorities: number[] | null, max: number, reason: string): void {
    const open: Ticket[] = [];
    this.e.pool.forEachLive((t) => {
      if (t.assignee === a.index && !t.leaving && takable(t, channels) && (priorities === null || priorities.includes(t.priority))) open.push(t);
    });
    open.sort((x, y) => y.updatedAt - x.updatedAt || y.id - x.id);
    const taken = open.slice(0, max);
    for (const t of taken) {
      this.e.unassign(t, reason);
      t.handedBack = true;
    }
    if (this.e.events.wanted('WorkReassigned')) this.e.events.emit({ type: 'WorkReassigned', t: this.e.now, agent: a.index, cause, tickets: taken.length });
  }
}

/** An open email or messaging ticket of a chosen channel that routing could take on again. */
function takable(t: Ticket, channels: readonly ReassignChannel[]): boolean {
  if (t.status !== NEW && t.status !== OPEN) return false;
  const c = t.routingChannel;
  if (c !== EMAIL && c !== MESSAGING) return false; // R5: calls are never reassigned
  if (!channels.includes(CHANNELS[c] as ReassignChannel)) return false;
  return !(c === MESSAGING && t.sessionState === SESSION_ENDED); // R4
}

/**
 * R41: without reassignThroughQueues, a ticket taken from an agent goes through the standard
 * queue of its group (email needs the auto-routing tag there, R2), never a custom queue.
 */
export function queueForHandedBack(e: Engine, t: Ticket): number {
  return fitsStandardQueue(t, e.settings) ? STANDARD_QUEUE : NO_QUEUE;
}
