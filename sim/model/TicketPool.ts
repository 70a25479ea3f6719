// Live tickets by slot, with released slots reused so memory stays flat however many
// tickets a run creates. Invariant: `live` counts exactly the tickets not yet released.

import type { ChannelCode } from './codes.ts';
import { Ticket } from './Ticket.ts';

export class TicketPool {
  /** Every ticket object ever made, by slot (released ones are reused). */
  readonly bySlot: Ticket[] = [];
  private readonly free: Ticket[] = [];
  private nextId = 1;
  live = 0;

  acquire(via: ChannelCode, now: number): Ticket {
    let t = this.free.pop();
    if (!t) {
      t = new Ticket(this.bySlot.length);
      this.bySlot.push(t);
    }
    t.reset(this.nextId++, via, now);
    this.live++;
    return t;
  }

  /** Returns a ticket in a terminal state to the pool; its timers must already be cancelled. */
  release(t: Ticket): void {
    t.id = 0;
    this.free.push(t);
    this.live--;
  }

  /** Ids handed out so far (the next ticket gets createdCount + 1). */
  get createdCount(): number {
    return this.nextId - 1;
  }

  /** Calls fn for every live ticket, in slot order. */
  forEachLive(fn: (t: Ticket) => void): void {
    for (const t of this.bySlot) if (t.id !== 0) fn(t);
  }
}
