// Email work: the assignee handles the ticket for its handle time, then it goes pending
// (awaiting the customer) or is solved. Pending tickets stop counting (R26); the customer's
// reply reopens the ticket for the same agent, who counts it again even over capacity (R29)
// and for whom it counts as an assignment event (R23).

import type { Engine } from '../engine/Engine.ts';
import type { Ticket } from '../model/Ticket.ts';
import { EMAIL, OPEN, PENDING, SOLVED } from '../model/codes.ts';
import { CUSTOMER_REPLIED, EMAIL_HANDLED } from '../engine/kinds.ts';

export function start(e: Engine, t: Ticket): void {
  t.workTimer = e.timer(t.workSeconds, EMAIL_HANDLED, t);
}

export function handled(e: Engine, t: Ticket): void {
  const ch = e.channels[EMAIL]!;
  if (ch.u.outcome.next() < ch.config.pendingProbability) {
    e.setStatus(t, PENDING);
    t.replyTimer = e.timer(ch.replyAfter.sample(ch.u.reply), CUSTOMER_REPLIED, t);
  } else {
    e.setStatus(t, SOLVED);
    e.finish(t);
  }
}

export function customerReplied(e: Engine, t: Ticket): void {
  const ch = e.channels[EMAIL]!;
  e.setStatus(t, OPEN);
  // Read after reopening: R39 may have handed the ticket back to routing.
  const agent = e.agents[t.assignee];
  if (!agent) return; // unassigned meanwhile: routing picks the reopened ticket up
  agent.lastAssignedAt[EMAIL] = e.now;
  e.events.ticketAssigned(t.id, agent.index, EMAIL, t.via, 'reopened', 0, false, false);
  t.workSeconds = ch.handleTime.sample(ch.u.handleTime);
  start(e, t);
}
