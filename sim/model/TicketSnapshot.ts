// The fields of a ticket as they were when the current update began: what trigger conditions
// in "changed", "changed to" and "changed from" form compare against (R51, R47).

import type { Ticket } from './Ticket.ts';

export class TicketSnapshot {
  status = 0;
  priority = 0;
  group = -1;
  assignee = -1;
  routingChannel = 0;
  sessionState = 0;
  endedReason = -1;
  inactiveReason = -1;
  schedule = -1;
  tags: string[] = [];

  /** Copies the ticket's current values into this snapshot. */
  take(t: Ticket): void {
    this.status = t.status;
    this.priority = t.priority;
    this.group = t.group;
    this.assignee = t.assignee;
    this.routingChannel = t.routingChannel;
    this.sessionState = t.sessionState;
    this.endedReason = t.endedReason;
    this.inactiveReason = t.inactiveReason;
    this.schedule = t.schedule;
    this.tags.length = 0;
    for (const tag of t.tags) this.tags.push(tag);
  }
}
