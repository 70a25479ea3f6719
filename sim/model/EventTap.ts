// The frequent events as plain numbers, for one reader that folds them as they happen
// (the run's metrics). Building, dispatching and type-switching an event object costs more
// than the fold itself at millions of events a second; a tap skips all three. A tapped
// event still goes to the bus as an object when another reader wants its type.
// Channels are codes (MESSAGING, EMAIL, VOICE), not names. The time is the clock's (the tap
// reads it, like the event writer, so no call boxes it).

import type { OfferEnded, TicketAssigned } from './events.ts';

export interface EventTap {
  /** `aiAgent`: an AI agent took it first (R6); its customer reaches routing only if escalated. */
  ticketCreated(ticket: number, channel: number, followUpOf: number | null, aiAgent: boolean): void;
  ticketQueued(ticket: number, queue: string, channel: number): void;
  ticketRemovedFromQueue(ticket: number, queue: string, channel: number): void;
  ticketAssigned(
    ticket: number, agent: number, channel: number, via: number, how: TicketAssigned['how'], waited: number, first: boolean, queued: boolean,
  ): void;
  ticketAbandoned(ticket: number, channel: number, waited: number): void;
  capacityChanged(agent: number, channel: number, used: number): void;
  /** Whether it reads the session events below (SESSION_TAPPED_EVENTS); the writer skips
   *  the calls when not. With messaging they come several times per ticket. */
  readonly sessions: boolean;
  ticketStatusChanged(ticket: number): void;
  ticketOffered(ticket: number, channel: number): void;
  offerEnded(ticket: number, outcome: OfferEnded['outcome']): void;
}

/** The event types an EventTap receives. */
export const TAPPED_EVENTS = ['TicketCreated', 'TicketQueued', 'TicketRemovedFromQueue', 'TicketAssigned', 'TicketAbandoned', 'CapacityChanged'] as const;

/** The event types a tap that reads sessions (EventTap.sessions) receives besides. */
export const SESSION_TAPPED_EVENTS = ['TicketStatusChanged', 'TicketOffered', 'OfferEnded'] as const;
