// Which capacity a ticket consumes right now (R26–R30, R36, Q2, Q16): the agent and channel
// it is counted against, or none. The one definition of "counted"; the ledger applies it.

import type { Settings } from '../scenario/settings.ts';
import type { Ticket } from './Ticket.ts';
import { EMAIL, MESSAGING, VOICE, NEW, OPEN, SESSION_ENDED, SESSION_INACTIVE } from './codes.ts';

/** The agent the ticket counts against (its assignee, or the agent holding its offer), or -1. */
export function countedAgent(t: Ticket, s: Settings): number {
  if (t.assignee >= 0) return t.assignee;
  // R36 (inferred): a pending messaging offer holds a slot until it is answered; a ringing call
  // always holds the agent's line (R37).
  return t.offeredTo >= 0 && (s.offerReservesCapacity || t.routingChannel === VOICE) ? t.offeredTo : -1;
}

/** The channel the ticket counts against on countedAgent(), or -1. */
export function countedChannel(t: Ticket, s: Settings): number {
  if (t.assignee < 0) {
    if (t.offeredTo < 0) return -1;
    if (t.routingChannel === VOICE) return VOICE; // R37: a ringing call
    return s.offerReservesCapacity ? MESSAGING : -1;
  }
  const openish = t.status === NEW || t.status === OPEN;
  switch (t.routingChannel) {
    case VOICE:
      // R28: a call counts while live and during wrap-up; the ticket is solved after both.
      return openish ? VOICE : -1;
    case EMAIL:
      // R26: open email-routed tickets count, however they were assigned. Q16: email.
      if (!openish) return -1;
      return s.emailRoutedCapacity === 'messaging' && t.via === MESSAGING ? MESSAGING : EMAIL;
    case MESSAGING: {
      // R26/R27: only open work counts; a pending, on-hold or solved conversation never does
      // (with "count inactive" on, R27 counts all *open* messaging tickets, active or not).
      if (!openish) return -1;
      if (t.sessionState === SESSION_ENDED) {
        // R30 / Q2: ending the session frees messaging capacity.
        return s.releaseMessagingCapacityOnEnd === 'whenInactiveNotCounted' && s.countInactiveConversations ? MESSAGING : -1;
      }
      if (t.sessionState === SESSION_INACTIVE && !s.countInactiveConversations) return -1;
      return MESSAGING;
    }
  }
  return -1;
}
