// The frequent events of a run, one function each, shared by the event fold (reduceMetrics)
// and the tap (MetricsTap), so both give the same figures by construction. Channels are codes.

import type { OfferEnded, TicketAssigned } from '../model/events.ts';
import { VOICE } from '../model/codes.ts';
import type { EventTap } from '../model/EventTap.ts';
import type { Clock } from '../model/EventWriter.ts';
import type { ChannelAcc, MetricsState } from './MetricsState.ts';
import { queueAcc, windowOf } from './MetricsState.ts';

export function capacityChanged(s: MetricsState, t: number, agent: number, c: number, used: number): void {
  const i = agent * 3 + c;
  const delta = used - s.agentUsed[i]!;
  s.agentUsed[i] = used;
  const acc = s.channels[c]!;
  acc.busy.set(t, acc.busy.value + delta);
  acc.busySeries.add(t, delta);
  // Work of an agent the channel's capacity does not count (off shift, on a break, or no capacity on it).
  if (s.agentOff[i] === 1) heldOffChanged(acc, t, delta);
}

/** Units held outside the channel's capacity changed by delta at t. */
export function heldOffChanged(acc: ChannelAcc, t: number, delta: number): void {
  acc.heldOff.set(t, acc.heldOff.value + delta);
  acc.heldOffSeries.add(t, delta);
}

export function ticketCreated(s: MetricsState, t: number, ticket: number, c: number, followUp: boolean, aiAgent: boolean): void {
  const acc = s.channels[c]!;
  acc.arrivals.add(t);
  if (t < s.config.warmup) return;
  if (s.firstMeasuredId === Infinity) s.firstMeasuredId = ticket;
  if (followUp) s.sessions.followUps++;
  // R6: a ticket the AI agent takes reaches routing (is offered) only when it escalates.
  if (aiAgent) acc.ai.taken++;
  else offered(s, c, t);
}

/** A customer's ticket reaches routing at t (at creation, or when the AI agent escalates it). */
export function offered(s: MetricsState, c: number, t: number): void {
  const acc = s.channels[c]!;
  acc.customers.offered++;
  const w = windowOf(s, t);
  if (w >= 0) acc.windows[w]!.offered++;
}

export function ticketAssigned(
  s: MetricsState, t: number, ticket: number, c: number, via: number, how: TicketAssigned['how'], waited: number, first: boolean, queued: boolean,
): void {
  if (s.carriedOver.any && ticket < s.firstMeasuredId) s.carriedOver.assigned(ticket, t, how, waited, first);
  // Auto-assignment and stranded tickets exist only with messaging (config.sessions).
  if (s.config.sessions && ticket >= s.firstMeasuredId) s.sessions.assigned(ticket, t, how, c);
  if (!first) return;
  const acc = s.channels[via]!;
  acc.answeredSeries.add(t);
  const wa = windowOf(s, t);
  if (wa >= 0) acc.windowAnswers[wa]!++;
  if (ticket < s.firstMeasuredId) return;
  const threshold = s.config.thresholds[via]!;
  acc.customers.answer(waited, queued, threshold);
  const w = windowOf(s, t - waited);
  if (w >= 0) acc.windows[w]!.answer(waited, queued, threshold);
}

export function ticketAbandoned(s: MetricsState, t: number, ticket: number, c: number, waited: number): void {
  if (s.carriedOver.any && ticket < s.firstMeasuredId) s.carriedOver.gaveUp(ticket);
  const acc = s.channels[c]!;
  acc.abandonedSeries.add(t);
  if (ticket < s.firstMeasuredId) return;
  acc.customers.abandon(waited);
  const w = windowOf(s, t - waited);
  if (w >= 0) acc.windows[w]!.abandon(waited);
}

export function ticketQueued(s: MetricsState, t: number, ticket: number, queue: string, c: number): void {
  const q = queueAcc(s, queue, c);
  if (t >= s.config.warmup) q.entered++;
  q.length.set(t, q.length.value + 1);
  s.channels[c]!.queueSeries.add(t, 1);
  if (s.config.sessions && ticket >= s.firstMeasuredId) s.sessions.touch(ticket, t);
}

export function ticketRemovedFromQueue(s: MetricsState, t: number, queue: string, c: number): void {
  const q = queueAcc(s, queue, c);
  q.length.set(t, q.length.value - 1);
  s.channels[c]!.queueSeries.add(t, -1);
}

// R7: the brand figures' part of three of them, counted as the channel's (BrandAcc). Only
// scenarios with brands call these (BrandedMetricsTap, reduceMetrics), so the tap of every
// other run has no brand code on its path.

/** Warm-up tickets have their brand on record too: their answers count in a window's answers per hour. */
export function brandCreated(s: MetricsState, t: number, ticket: number, c: number, aiAgent: boolean): void {
  if (s.brands !== null) s.brands.created(ticket, c, !aiAgent, ticket >= s.firstMeasuredId, windowOf(s, t));
}

/** Carried-over work has no brand on record, so its answers count for none. */
export function brandAnswered(s: MetricsState, t: number, ticket: number, via: number, waited: number, first: boolean, queued: boolean): void {
  if (s.brands !== null && first) {
    s.brands.answered(ticket, via, waited, queued, s.config.thresholds[via]!, ticket >= s.firstMeasuredId, windowOf(s, t - waited), windowOf(s, t));
  }
}

export function brandAbandoned(s: MetricsState, t: number, ticket: number, c: number, waited: number): void {
  if (s.brands !== null) s.brands.abandoned(ticket, c, waited, ticket >= s.firstMeasuredId, windowOf(s, t - waited));
}

/** The frequent events of a run straight into the state, without event objects. */
export class MetricsTap implements EventTap {
  /** Session figures are kept with messaging (RunMetrics' SESSION_EVENTS). */
  readonly sessions: boolean;
  constructor(protected readonly s: MetricsState, protected readonly clock: Clock) {
    this.sessions = s.config.sessions;
  }
  ticketCreated(ticket: number, channel: number, followUpOf: number | null, aiAgent: boolean): void {
    ticketCreated(this.s, this.clock.now, ticket, channel, followUpOf !== null, aiAgent);
  }
  ticketQueued(ticket: number, queue: string, channel: number): void {
    ticketQueued(this.s, this.clock.now, ticket, queue, channel);
  }
  ticketRemovedFromQueue(_ticket: number, queue: string, channel: number): void {
    ticketRemovedFromQueue(this.s, this.clock.now, queue, channel);
  }
  ticketAssigned(
    ticket: number, _agent: number, channel: number, via: number, how: TicketAssigned['how'], waited: number, first: boolean, queued: boolean,
  ): void {
    ticketAssigned(this.s, this.clock.now, ticket, channel, via, how, waited, first, queued);
  }
  ticketAbandoned(ticket: number, channel: number, waited: number): void {
    ticketAbandoned(this.s, this.clock.now, ticket, channel, waited);
  }
  capacityChanged(agent: number, channel: number, used: number): void {
    capacityChanged(this.s, this.clock.now, agent, channel, used);
  }
  ticketStatusChanged(ticket: number): void {
    if (ticket >= this.s.firstMeasuredId) this.s.sessions.touch(ticket, this.clock.now);
  }
  ticketOffered(ticket: number, channel: number): void {
    if (ticket >= this.s.firstMeasuredId) this.s.sessions.offered(ticket, channel === VOICE);
  }
  offerEnded(ticket: number, outcome: OfferEnded['outcome']): void {
    if (ticket >= this.s.firstMeasuredId) this.s.sessions.offerEnded(ticket, outcome);
  }
}

/** R7: the tap of a scenario with brands — the same figures, and each brand's. */
export class BrandedMetricsTap extends MetricsTap {
  override ticketCreated(ticket: number, channel: number, followUpOf: number | null, aiAgent: boolean): void {
    super.ticketCreated(ticket, channel, followUpOf, aiAgent);
    brandCreated(this.s, this.clock.now, ticket, channel, aiAgent);
  }
  override ticketAssigned(
    ticket: number, agent: number, channel: number, via: number, how: TicketAssigned['how'], waited: number, first: boolean, queued: boolean,
  ): void {
    super.ticketAssigned(ticket, agent, channel, via, how, waited, first, queued);
    brandAnswered(this.s, this.clock.now, ticket, via, waited, first, queued);
  }
  override ticketAbandoned(ticket: number, channel: number, waited: number): void {
    super.ticketAbandoned(ticket, channel, waited);
    brandAbandoned(this.s, this.clock.now, ticket, channel, waited);
  }
}
