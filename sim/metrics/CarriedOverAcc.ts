// What became of the work carried over from before the run (initialState), per channel. These
// tickets are left out of the channel figures (created before the run, they are not "offered"
// during it); this says how many there were, how many of the waiting ones were answered or
// gave up, and how long clearing the backlog took.

import type { SimEvent, TicketAssigned } from '../model/events.ts';
import type { ChannelName } from '../model/codes.ts';
import { CHANNELS } from '../model/codes.ts';
import { ratio } from './CustomerAcc.ts';

export interface CarriedOverFigures {
  /** Tickets carried over in all. */
  tickets: number;
  /** Of them, assigned to an agent at the start (in progress). */
  inProgress: number;
  /** Waiting at the start (queued, or in progress with no agent to hold them). */
  waiting: number;
  /** Waiting ones answered during the run. */
  answered: number;
  /** Waiting ones whose customer gave up (abandoned, or the session ended unanswered). */
  gaveUp: number;
  /** Waiting ones still unanswered at the end. */
  waitingAtEnd: number;
  /** Mean time from the start of the run to their answer. */
  meanAnsweredAfterSeconds: number;
  /** Their mean wait in all, including the time before the run (their age when answered). */
  meanAgeWhenAnsweredSeconds: number;
  /** When the last of them was answered (the backlog was cleared then if none is left). */
  lastAnsweredAtSeconds: number;
}

export class CarriedOverAcc {
  private readonly channelOf = new Map<number, number>();
  private readonly tickets = [0, 0, 0];
  private readonly inProgress = [0, 0, 0];
  private readonly answered = [0, 0, 0];
  private readonly gaveUpCount = [0, 0, 0];
  private readonly afterSum = [0, 0, 0];
  private readonly ageSum = [0, 0, 0];
  private readonly last = [NaN, NaN, NaN];

  /** Some work was carried over (the report then has a carriedOver section). */
  any = false;

  reduce(e: SimEvent): void {
    switch (e.type) {
      case 'TicketCarriedOver': {
        const c = CHANNELS.indexOf(e.channel);
        this.tickets[c]!++;
        this.channelOf.set(e.ticket, c);
        this.any = true;
        break;
      }
      case 'TicketAssigned':
        this.assigned(e.ticket, e.t, e.how, e.waited, e.first);
        break;
      case 'TicketAbandoned':
      case 'TicketDeflected':
        this.gaveUp(e.ticket);
        break;
    }
  }

  /** A ticket was assigned: carried-over work in progress, or answered after the start. */
  assigned(ticket: number, t: number, how: TicketAssigned['how'], waited: number, first: boolean): void {
    const c = this.channelOf.get(ticket);
    if (c === undefined) return;
    if (how === 'initial') {
      this.inProgress[c]!++;
    } else if (first) {
      this.answered[c]!++;
      this.afterSum[c]! += t;
      this.ageSum[c]! += waited;
      this.last[c] = t;
    } else {
      return; // not an answer (e.g. reopened): keep watching
    }
    this.channelOf.delete(ticket);
  }

  /** The customer of a ticket abandoned or was deflected. */
  gaveUp(ticket: number): void {
    const c = this.channelOf.get(ticket);
    if (c === undefined) return;
    this.gaveUpCount[c]!++;
    this.channelOf.delete(ticket);
  }

  /** Figures of the channels that carried work over. */
  summary(): Partial<Record<ChannelName, CarriedOverFigures>> {
    const left = [0, 0, 0];
    for (const c of this.channelOf.values()) left[c]!++;
    const out: Partial<Record<ChannelName, CarriedOverFigures>> = {};
    CHANNELS.forEach((name, c) => {
      if (this.tickets[c] === 0) return;
      out[name] = {
        tickets: this.tickets[c]!,
        inProgress: this.inProgress[c]!,
        waiting: this.tickets[c]! - this.inProgress[c]!,
        answered: this.answered[c]!,
        gaveUp: this.gaveUpCount[c]!,
        waitingAtEnd: left[c]!,
        meanAnsweredAfterSeconds: ratio(this.afterSum[c]!, this.answered[c]!),
        meanAgeWhenAnsweredSeconds: ratio(this.ageSum[c]!, this.answered[c]!),
        lastAnsweredAtSeconds: this.last[c]!,
      };
    });
    return out;
  }
}
