// One queue's waiting tickets for one routing channel, best first: smallest orderKey1
// (−priority, or 0 when ordering by time only), then orderKey2 (eligibility time, R14/R16),
// then ticket id. Invariant: ticket.queue === this ⇔ the ticket is in `items` at heapPos.

import type { Ticket, TicketHolder } from '../model/Ticket.ts';

export class TicketHeap implements TicketHolder {
  private readonly items: Ticket[] = [];

  constructor(
    readonly name: string,
    /** Custom queue index, or -1 for the standard queue. */
    readonly queueIndex: number,
    readonly channel: number,
  ) {}

  get size(): number {
    return this.items.length;
  }

  /** The best waiting ticket, or undefined. */
  peek(): Ticket | undefined {
    return this.items[0];
  }

  /** The i-th ticket in heap (not queue) order — for scans that must see every ticket. */
  at(i: number): Ticket {
    return this.items[i]!;
  }

  push(t: Ticket): void {
    t.queue = this;
    this.up(this.items.length, t);
  }

  /** Removes a ticket that is in this heap. O(log n). */
  remove(t: Ticket): void {
    const items = this.items;
    const pos = t.heapPos;
    const last = items.pop()!;
    t.queue = null;
    t.heapPos = -1;
    if (last !== t) {
      if (pos > 0 && before(last, items[(pos - 1) >> 1]!)) this.up(pos, last);
      else this.down(pos, last);
    }
  }

  private up(pos: number, t: Ticket): void {
    const items = this.items;
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      const p = items[parent]!;
      if (!before(t, p)) break;
      items[pos] = p;
      p.heapPos = pos;
      pos = parent;
    }
    items[pos] = t;
    t.heapPos = pos;
  }

  private down(pos: number, t: Ticket): void {
    const items = this.items;
    const n = items.length;
    for (;;) {
      let child = 2 * pos + 1;
      if (child >= n) break;
      if (child + 1 < n && before(items[child + 1]!, items[child]!)) child++;
      const c = items[child]!;
      if (!before(c, t)) break;
      items[pos] = c;
      c.heapPos = pos;
      pos = child;
    }
    items[pos] = t;
    t.heapPos = pos;
  }
}

/** Queue order between two tickets (R14/R15 keys, then id for determinism). */
export function before(a: Ticket, b: Ticket): boolean {
  if (a.orderKey1 !== b.orderKey1) return a.orderKey1 < b.orderKey1;
  if (a.orderKey2 !== b.orderKey2) return a.orderKey2 < b.orderKey2;
  return a.id < b.id;
}
