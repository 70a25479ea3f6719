// Offers of messaging work (R36): routing proposes a conversation to an agent, who Accepts
// after a while, or misses it. With "reassign if not accepted" the offer expires after the
// setting's time and passes to another agent; without it, the same agent keeps it until they
// accept. A pending offer holds a messaging slot (offerReservesCapacity), and under round
// robin offering counts as an assignment (R23, Q14).

import type { Engine } from '../../engine/Engine.ts';
import type { Ticket } from '../../model/Ticket.ts';
import type { Agent } from '../../model/Agent.ts';
import { MESSAGING } from '../../model/codes.ts';
import { OFFER_ACCEPTED, OFFER_EXPIRED } from '../../engine/kinds.ts';

export function offer(e: Engine, t: Ticket, agent: Agent): void {
  t.offeredTo = agent.index;
  t.lastOfferedTo = agent.index;
  if (e.settings.offerCountsAsAssignment) agent.lastAssignedAt[MESSAGING] = e.now;
  e.events.ticketOffered(t.id, agent.index, 'messaging');
  // Recount now: the router may be feeding this agent in a loop that checks spare capacity.
  if (!e.ledger.recount(t)) e.router.refresh(agent, MESSAGING);
  e.touch(t);
  const ch = e.channels[MESSAGING]!;
  // Two draws per offer, always, so streams stay aligned whatever the outcome.
  const acceptIn = ch.acceptTime.sample(ch.u.accept);
  const missed = ch.u.accept.next() < ch.config.offers.missProbability;
  const timeout = e.settings.reassignIfNotAcceptedAfter;
  if (timeout > 0 && (missed || acceptIn >= timeout)) {
    t.offerTimer = e.timer(timeout, OFFER_EXPIRED, t);
  } else if (acceptIn === 0) {
    accepted(e, t);
  } else {
    // Without a timeout a missed offer is still accepted eventually: OCR keeps offering.
    t.offerTimer = e.timer(acceptIn, OFFER_ACCEPTED, t);
  }
}

export function accepted(e: Engine, t: Ticket): void {
  const agent = e.agents[t.offeredTo]!;
  t.offeredTo = -1;
  e.events.offerEnded(t.id, agent.index, 'accepted');
  e.assign(t, agent, 'routed');
}

/** Not accepted in time: the ticket goes back to routing, which passes it on if it can. */
export function expired(e: Engine, t: Ticket): void {
  const agent = t.offeredTo;
  t.offeredTo = -1;
  e.events.offerEnded(t.id, agent, 'expired');
  e.touch(t);
}

/** The offer is called off (the ticket left the system or changed channel). */
export function withdraw(e: Engine, t: Ticket): void {
  if (t.offeredTo < 0) return;
  t.offerTimer = e.cancel(t.offerTimer);
  const agent = t.offeredTo;
  t.offeredTo = -1;
  e.events.offerEnded(t.id, agent, 'withdrawn');
  e.touch(t);
}
