// R18: a queue (one routing channel) whose tickets carry skills. The tickets are kept in one
// heap per distinct skill set (with R7, skills and brand: the routing mask), so an agent finds
// the best ticket it holds every skill of by looking at the top of each set it qualifies for —
// a handful of peeks, however long the queue. To everyone else it is one queue: ticket.queue
// names this heap, size counts all.

import type { Ticket } from '../../model/Ticket.ts';
import { TicketHeap, before } from '../TicketHeap.ts';

/** What an agent must hold to take the ticket: its skills (R18) and its brand's bit (R7). */
export function routingMask(t: Ticket): number {
  return t.skills | t.brandMask;
}

export class SkillTicketHeap extends TicketHeap {
  /** One heap per skill set seen, in first-seen order, with its mask. */
  private readonly parts: TicketHeap[] = [];
  private readonly masks: number[] = [];
  private count = 0;

  override get size(): number {
    return this.count;
  }

  /** The front of the queue in queue order (R14/R15), whatever its skills. */
  override peek(): Ticket | undefined {
    let best: Ticket | undefined;
    for (let i = 0; i < this.parts.length; i++) {
      const top = this.parts[i]!.peek();
      if (top && (!best || before(top, best))) best = top;
    }
    return best;
  }

  /**
   * The best ticket an agent holding `skills` (its brands' bits included) may take: tickets with
   * one of the agent's high-priority skills (`priority`) first, each group in queue order (R18).
   */
  peekFor(skills: number, priority: number): Ticket | undefined {
    let best: Ticket | undefined;
    let bestPriority = false;
    for (let i = 0; i < this.parts.length; i++) {
      const mask = this.masks[i]!;
      if ((mask & ~skills) !== 0) continue;
      const top = this.parts[i]!.peek();
      if (!top) continue;
      const p = (mask & priority) !== 0;
      if (!best || (p && !bestPriority) || (p === bestPriority && before(top, best))) {
        best = top;
        bestPriority = p;
      }
    }
    return best;
  }

  override at(i: number): Ticket {
    for (let k = 0; k < this.parts.length; k++) {
      const part = this.parts[k]!;
      if (i < part.size) return part.at(i);
      i -= part.size;
    }
    throw new RangeError(`no ticket at ${i}`);
  }

  override push(t: Ticket): void {
    this.part(routingMask(t)).push(t);
    t.queue = this;
    this.count++;
  }

  override remove(t: Ticket): void {
    this.part(routingMask(t)).remove(t);
    this.count--;
  }

  private part(mask: number): TicketHeap {
    const i = this.masks.indexOf(mask);
    if (i >= 0) return this.parts[i]!;
    const heap = new TicketHeap(this.name, this.queueIndex, this.channel);
    this.parts.push(heap);
    this.masks.push(mask);
    return heap;
  }
}
