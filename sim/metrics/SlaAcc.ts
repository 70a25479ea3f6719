// R15: first-reply SLA outcomes per arrival channel — tickets answered that had a target, and
// how many of them were answered after it (breached). Tickets still unanswered at the end, or
// abandoned, are not counted.

import type { SlaMeasured } from '../model/events.ts';
import type { ChannelName } from '../model/codes.ts';
import { ratio } from './CustomerAcc.ts';

export interface SlaFigures {
  /** Tickets with a first-reply target that got their first answer. */
  tickets: number;
  /** Of them, answered after the target. */
  breached: number;
  breachedShare: number;
}

export class SlaAcc {
  private readonly tickets = new Map<ChannelName, number>();
  private readonly breached = new Map<ChannelName, number>();

  reduce(e: SlaMeasured): void {
    this.tickets.set(e.channel, (this.tickets.get(e.channel) ?? 0) + 1);
    if (e.breached) this.breached.set(e.channel, (this.breached.get(e.channel) ?? 0) + 1);
  }

  /** Figures for each channel that has SLA targets, in the order given. */
  summary(channels: readonly ChannelName[]): Partial<Record<ChannelName, SlaFigures>> {
    const out: Partial<Record<ChannelName, SlaFigures>> = {};
    for (const c of channels) {
      const tickets = this.tickets.get(c) ?? 0;
      const breached = this.breached.get(c) ?? 0;
      out[c] = { tickets, breached, breachedShare: ratio(breached, tickets) };
    }
    return out;
  }
}
