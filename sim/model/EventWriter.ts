// Builds and emits engine events. The frequent ones reuse one object per type (no garbage
// at millions of events per second), so a listener must read an event during its call and
// copy it (copyEvent) to keep it. Every method is a no-op when no reader wants its type.
// Events carry the clock's current time, read here rather than passed in: a number that is
// not a small integer, passed to a call the compiler did not inline, is boxed on the heap —
// for the time, several times per ticket.

import type { EventBus, EventWants } from './EventBus.ts';
import type * as E from './events.ts';
import type { ChannelName, SessionStateName, EndedReason, AgentStatusName } from './codes.ts';
import { CHANNELS, STATUSES, MESSAGING, VOICE } from './codes.ts';
import type { StatusCode } from './codes.ts';
import type { EventTap } from './EventTap.ts';

/** Every reused event has the same fields in the same order (one hidden class), so a reader's
 *  property loads stay monomorphic however many event types it handles. */
function uniform<T>(type: string): T {
  return {
    type, t: 0, ticket: 0, agent: 0, channel: 'messaging', via: 'messaging', queue: '', reason: '', how: '', waited: 0, first: false, queued: false,
    used: 0, from: '', to: '', by: '', freedCapacity: false, priority: '', group: null, followUpOf: null, eligibleAt: 0, wrapUp: 0, aiAgent: false,
  } as T;
}

/** Where events read the current time (the kernel). */
export interface Clock {
  readonly now: number;
}

export class EventWriter {
  private readonly created: E.TicketCreated = uniform('TicketCreated');
  private readonly queuedEv: E.TicketQueued = uniform('TicketQueued');
  private readonly removed: E.TicketRemovedFromQueue = uniform('TicketRemovedFromQueue');
  private readonly assignedEv: E.TicketAssigned = uniform('TicketAssigned');
  private readonly abandonedEv: E.TicketAbandoned = uniform('TicketAbandoned');
  private readonly capacity: E.CapacityChanged = uniform('CapacityChanged');
  private readonly status: E.TicketStatusChanged = uniform('TicketStatusChanged');
  private readonly callEndedEv: E.CallEnded = uniform('CallEnded');
  private readonly session: E.SessionStateChanged = uniform('SessionStateChanged');
  private readonly message: E.MessageSent = uniform('MessageSent');

  private readonly wants: EventWants;
  /** The reader of the frequent events as numbers (the run's metrics), if any. */
  private tap: EventTap | null = null;
  /** The tap when it reads the session events (EventTap.sessions), else null. */
  private sessionTap: EventTap | null = null;

  constructor(private readonly bus: EventBus, private readonly clock: Clock) {
    this.wants = bus.wants;
  }

  /** Sends the frequent events (TAPPED_EVENTS, and SESSION_TAPPED_EVENTS when the tap reads
   *  sessions) to `tap` as numbers, before any bus reader. */
  setTap(tap: EventTap | null): void {
    this.tap = tap;
    this.sessionTap = tap !== null && tap.sessions ? tap : null;
  }

  /** Does any reader want events of this type? (Check before building a costly event.) */
  wanted(type: E.SimEventType): boolean {
    return this.wants[type];
  }

  /** Rare events are built fresh; use this for them. */
  emit(e: E.SimEvent): void {
    if (this.wants[e.type]) this.bus.emit(e);
  }

  /** Is a TicketCreated read at all (by the tap or the bus)? */
  get creationRead(): boolean {
    return this.tap !== null || this.wants.TicketCreated;
  }

  ticketCreated(ticket: number, channel: number, priority: string, group: string | null, followUpOf: number | null, aiAgent: boolean): void {
    const t = this.clock.now;
    if (this.tap !== null) this.tap.ticketCreated(ticket, channel, followUpOf, aiAgent);
    if (!this.wants.TicketCreated) return;
    const e = this.created;
    e.t = t; e.ticket = ticket; e.channel = CHANNELS[channel]!; e.priority = priority; e.group = group; e.followUpOf = followUpOf; e.aiAgent = aiAgent;
    this.bus.emit(e);
  }

  ticketQueued(ticket: number, queue: string, channel: number, eligibleAt: number): void {
    const t = this.clock.now;
    if (this.tap !== null) this.tap.ticketQueued(ticket, queue, channel);
    if (!this.wants.TicketQueued) return;
    const e = this.queuedEv;
    e.t = t; e.ticket = ticket; e.queue = queue; e.channel = CHANNELS[channel]!; e.eligibleAt = eligibleAt;
    this.bus.emit(e);
  }

  ticketRemovedFromQueue(ticket: number, queue: string, channel: number, reason: E.TicketRemovedFromQueue['reason']): void {
    const t = this.clock.now;
    if (this.tap !== null) this.tap.ticketRemovedFromQueue(ticket, queue, channel);
    if (!this.wants.TicketRemovedFromQueue) return;
    const e = this.removed;
    e.t = t; e.ticket = ticket; e.queue = queue; e.channel = CHANNELS[channel]!; e.reason = reason;
    this.bus.emit(e);
  }

  ticketAssigned(ticket: number, agent: number, channel: number, via: number, how: E.TicketAssigned['how'], waited: number, first: boolean, queued: boolean): void {
    const t = this.clock.now;
    if (this.tap !== null) this.tap.ticketAssigned(ticket, agent, channel, via, how, waited, first, queued);
    if (!this.wants.TicketAssigned) return;
    const e = this.assignedEv;
    e.t = t; e.ticket = ticket; e.agent = agent; e.channel = CHANNELS[channel]!; e.via = CHANNELS[via]!; e.how = how; e.waited = waited; e.first = first; e.queued = queued;
    this.bus.emit(e);
  }

  ticketAbandoned(ticket: number, channel: number, waited: number): void {
    const t = this.clock.now;
    if (this.tap !== null) this.tap.ticketAbandoned(ticket, channel, waited);
    if (!this.wants.TicketAbandoned) return;
    const e = this.abandonedEv;
    e.t = t; e.ticket = ticket; e.channel = CHANNELS[channel]!; e.waited = waited;
    this.bus.emit(e);
  }

  capacityChanged(agent: number, channel: number, used: number): void {
    const t = this.clock.now;
    if (this.tap !== null) this.tap.capacityChanged(agent, channel, used);
    if (!this.wants.CapacityChanged) return;
    const e = this.capacity;
    e.t = t; e.agent = agent; e.channel = CHANNELS[channel]!; e.used = used;
    this.bus.emit(e);
  }

  /** `from` and `to` are status codes (named here, only when someone reads the event). */
  statusChanged(ticket: number, from: StatusCode, to: StatusCode): void {
    const t = this.clock.now;
    if (this.sessionTap !== null) this.sessionTap.ticketStatusChanged(ticket);
    if (!this.wants.TicketStatusChanged) return;
    const e = this.status;
    e.t = t; e.ticket = ticket; e.from = STATUSES[from]!; e.to = STATUSES[to]!;
    this.bus.emit(e);
  }

  callEnded(ticket: number, agent: number, wrapUp: number): void {
    const t = this.clock.now;
    if (!this.wants.CallEnded) return;
    const e = this.callEndedEv;
    e.t = t; e.ticket = ticket; e.agent = agent; e.wrapUp = wrapUp;
    this.bus.emit(e);
  }

  sessionStateChanged(ticket: number, from: SessionStateName, to: SessionStateName, reason: string, freedCapacity: boolean): void {
    const t = this.clock.now;
    if (!this.wants.SessionStateChanged) return;
    const e = this.session;
    e.t = t; e.ticket = ticket; e.from = from; e.to = to; e.reason = reason; e.freedCapacity = freedCapacity;
    this.bus.emit(e);
  }

  sessionEnded(ticket: number, reason: EndedReason, agent: number | null, freedCapacity: boolean): void {
    const t = this.clock.now;
    if (this.wants.SessionEnded) this.bus.emit({ type: 'SessionEnded', t, ticket, reason, agent, freedCapacity });
  }

  messageSent(ticket: number, by: 'agent' | 'end_user', agent: number | null): void {
    const t = this.clock.now;
    if (!this.wants.MessageSent) return;
    const e = this.message;
    e.t = t; e.ticket = ticket; e.by = by; e.agent = agent;
    this.bus.emit(e);
  }

  routingChannelChanged(ticket: number, from: ChannelName, to: ChannelName, cause: string): void {
    const t = this.clock.now;
    if (this.wants.RoutingChannelChanged) this.bus.emit({ type: 'RoutingChannelChanged', t, ticket, from, to, cause });
  }

  ticketOffered(ticket: number, agent: number, channel: ChannelName): void {
    const t = this.clock.now;
    if (this.sessionTap !== null) this.sessionTap.ticketOffered(ticket, channel === 'voice' ? VOICE : MESSAGING);
    // A named check before building: emit()'s check by the event's type is a keyed lookup the
    // compiler cannot specialise, costly on a path taken for every offer.
    if (this.wants.TicketOffered) this.bus.emit({ type: 'TicketOffered', t, ticket, agent, channel });
  }

  offerEnded(ticket: number, agent: number, outcome: E.OfferEnded['outcome']): void {
    const t = this.clock.now;
    if (this.sessionTap !== null) this.sessionTap.offerEnded(ticket, outcome);
    if (this.wants.OfferEnded) this.bus.emit({ type: 'OfferEnded', t, ticket, agent, outcome });
  }

  agentStatusChanged(agent: number, from: AgentStatusName, to: AgentStatusName): void {
    const t = this.clock.now;
    if (this.wants.AgentStatusChanged) this.bus.emit({ type: 'AgentStatusChanged', t, agent, from, to });
  }
}
