// R48: after a session has ended, a customer who writes again starts a new session and a new
// ticket; the old ticket is untouched. A customer cut off mid-conversation writes their next
// message as planned; one who was done writes again with the scenario's probability and delay.
// Pending follow-ups live here (not on the old ticket, which may be gone by then).

import type { Engine } from '../../engine/Engine.ts';
import type { Ticket } from '../../model/Ticket.ts';
import { MESSAGING } from '../../model/codes.ts';
import { FOLLOW_UP } from '../../engine/kinds.ts';
import { newTicket } from '../newTicket.ts';

export class FollowUps {
  private readonly previous: number[] = [];
  private readonly free: number[] = [];

  /** Plans the follow-up of a ticket whose session just ended, if its customer will write. */
  plan(e: Engine, t: Ticket, nextMessageIn: number): void {
    const ch = e.channels[MESSAGING]!;
    let delay = nextMessageIn;
    if (!(delay >= 0)) {
      if (!t.writesAgain) return;
      delay = ch.followUpAfter.sample(ch.u.followUp);
    }
    const i = this.free.length > 0 ? this.free.pop()! : this.previous.length;
    this.previous[i] = t.id;
    if (e.router.skills !== null) e.router.skills.keepBrandForFollowUp(t); // R7: the same brand
    e.kernel.after(delay, FOLLOW_UP, i);
  }

  fire(e: Engine, index: number): void {
    const previous = this.previous[index]!;
    this.free.push(index);
    const t = newTicket(e, e.channels[MESSAGING]!, previous);
    e.touch(t);
    e.triggers?.messagingEvent(t, 'conversation_requested');
  }
}
