// R15: first-reply SLA targets and the optional SLA sort. A ticket's target is fixed when it
// enters a queue (or is assigned at once, R9): its arrival channel's first-reply target for
// its priority then, counted from creation. Tickets already answered have no first-reply SLA.
// In a queue sorted by SLA, tickets with an SLA come first by breach time — those in breach
// first, the longest overdue first, then by how soon they breach; the breach time does not
// change while the ticket waits, so the heap order stays valid. Tickets without an SLA follow
// in R14 order (priority, then eligibility time, R16).

import type { Ticket } from '../model/Ticket.ts';
import type { Settings } from '../scenario/settings.ts';
import type { ChannelConfig } from '../scenario/Scenario.ts';
import type { RoutingQueue } from './Router.ts';
import type { EventWriter } from '../model/EventWriter.ts';
import { CHANNELS } from '../model/codes.ts';

/** orderKey1 of a ticket sorted by its breach time: ahead of every R14 priority key. */
const SLA_FIRST = -Infinity;

export class SlaOrder {
  /** targets[via·4 + priority]: first-reply target in seconds, NaN for none. */
  private readonly targets: Float64Array;

  constructor(channels: readonly ChannelConfig[], private readonly queues: readonly RoutingQueue[], private readonly settings: Settings) {
    this.targets = new Float64Array(channels.length * 4).fill(NaN);
    channels.forEach((c, code) => c.sla?.firstReply.forEach((s, p) => (this.targets[code * 4 + p] = s)));
  }

  /** Whether any channel has a target (else SLA needs no work at all). */
  static any(channels: readonly ChannelConfig[]): boolean {
    return channels.some((c) => c.sla !== null && c.sla.firstReply.some((x) => !Number.isNaN(x)));
  }

  /** The ticket enters queue `queue` (-1: the standard queue): fixes its target and its keys. */
  fix(t: Ticket, queue: number): void {
    t.slaBreachAt = t.answered ? NaN : t.createdAt + this.targets[t.via * 4 + t.priority]!;
    const sorted = queue < 0 ? this.settings.sortBySla : this.queues[queue]!.sortBySla === true;
    if (sorted && !Number.isNaN(t.slaBreachAt)) {
      t.orderKey1 = SLA_FIRST;
      t.orderKey2 = t.slaBreachAt;
    } else {
      // R14 / R16 (the engine set orderKey1 already); undoes an earlier SLA-sorted placement.
      t.orderKey2 = this.settings.reentryTimestamp === 'latest' ? t.latestEligibleAt : t.initialEligibleAt;
    }
  }
}

/** R15: the ticket's first answer came; was its first-reply target met? */
export function measureSla(events: EventWriter, now: number, t: Ticket): void {
  if (events.wanted('SlaMeasured')) {
    events.emit({ type: 'SlaMeasured', t: now, ticket: t.id, channel: CHANNELS[t.via], breached: now > t.slaBreachAt });
  }
}
