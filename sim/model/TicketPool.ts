// Live tickets by slot, with released slots reused so memory stays flat however many
// tickets a run creates. Invariant: `live` counts exactly the tickets not yet released.

import type { ChannelCode } from './codes.ts';
import { Ticket } from './Ticket.ts';
import { formatDuration } from '../scenario/units.ts';
import { InputError } from '../InputError.ts';

/**
 * Tickets open at once beyond which a run stops (about 1 GB of them): only a queue growing
 * without limit gets there, and it would otherwise end in the JavaScript heap running out.
 * The scenario's doing, so the stop is an InputError: the CLI tells it as the user's to fix.
 */
export const MAX_OPEN_TICKETS = 1_000_000;

function runawayMessage(limit: number, now: number): string {
  return `the run stopped at ${formatDuration(now)}: ${limit.toLocaleString('en-US')} tickets were open at once, ` +
    'so a queue grows without limit — more work arrives than the agents answer and no customer gives up ' +
    '(check the arrival rates and their units, the capacities and the shifts, or give customers patience)';
}

export class TicketPool {
  /** Every ticket object ever made, by slot (released ones are reused). */
  readonly bySlot: Ticket[] = [];
  /** Released slots, a stack (typed: Array.prototype.push was a builtin call per ticket). */
  private free: Int32Array = new Int32Array(64);
  private freeCount = 0;
  private nextId = 1;
  live = 0;

  /** `limit`: tickets open at once beyond which the run stops (see MAX_OPEN_TICKETS). */
  constructor(private readonly limit = MAX_OPEN_TICKETS) {}

  acquire(via: ChannelCode, now: number): Ticket {
    const t = this.freeCount > 0 ? this.bySlot[this.free[--this.freeCount]!]! : this.fresh(now);
    t.reset(this.nextId++, via, now);
    this.live++;
    return t;
  }

  /** Returns a ticket in a terminal state to the pool; its timers must already be cancelled. */
  release(t: Ticket): void {
    t.id = 0;
    if (this.freeCount === this.free.length) this.free = grown(this.free);
    this.free[this.freeCount++] = t.slot;
    this.live--;
  }

  /** A ticket in a new slot (no released one to reuse). */
  private fresh(now: number): Ticket {
    if (this.bySlot.length >= this.limit) throw new InputError(runawayMessage(this.limit, now));
    const t = new Ticket(this.bySlot.length);
    this.bySlot.push(t);
    return t;
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

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
