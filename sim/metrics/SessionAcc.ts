// What ending messaging sessions does (issue #3): sessions ended by reason, tickets routed as
// email, stranded tickets (R4) and how long they stay untouched, follow-up tickets (R48),
// messaging capacity freed, offers, auto-assignment of inactive conversations (R34).

import type { OfferEnded, SimEvent, TicketAssigned } from '../model/events.ts';
import { MESSAGING } from '../model/codes.ts';

export interface SessionSummary {
  endedByAgent: number;
  endedByTrigger: number;
  endedByInactivity: number;
  endedByEndUser: number;
  reclassifiedToEmail: number;
  stranded: number;
  strandedOpenAtEnd: number;
  /** Mean and max age, at the end of the run, of the stranded tickets nobody touched. */
  strandedMeanAgeAtEndSeconds: number;
  strandedMaxAgeAtEndSeconds: number;
  /** Mean time a stranded ticket stayed untouched, for those touched before the end. */
  strandedMeanUntouchedSeconds: number;
  notRouted: number;
  followUpTickets: number;
  capacityFreedBySessionEnd: number;
  capacityFreedByInactivity: number;
  wentInactive: number;
  reactivated: number;
  autoAssignedInactive: number;
  offers: number;
  offersAccepted: number;
  offersExpired: number;
}

export class SessionAcc {
  readonly ended = { agent: 0, trigger: 0, inactivity: 0, end_user: 0 };
  reclassified = 0;
  stranded = 0;
  notRouted = 0;
  followUps = 0;
  freedByEnd = 0;
  freedByInactivity = 0;
  wentInactive = 0;
  reactivated = 0;
  autoAssigned = 0;
  offers = 0;
  accepted = 0;
  expired = 0;
  /** Calls being offered (R37): their offers are not messaging offers. */
  private readonly ringing = new Set<number>();
  /** Stranded tickets not touched since, by id → stranded at. */
  private readonly open = new Map<number, number>();
  private untouchedSum = 0;
  private untouchedCount = 0;

  /** Folds one event (only events about measured tickets are passed in). */
  reduce(e: SimEvent): void {
    switch (e.type) {
      case 'SessionEnded':
        this.ended[e.reason]++;
        if (e.freedCapacity) this.freedByEnd++;
        break;
      case 'SessionStateChanged':
        if (e.to === 'inactive') {
          this.wentInactive++;
          if (e.freedCapacity) this.freedByInactivity++;
        } else if (e.from === 'inactive' && e.to === 'active') {
          this.reactivated++;
        }
        break;
      case 'RoutingChannelChanged':
        if (e.from === 'messaging' && e.to === 'email') this.reclassified++;
        this.touch(e.ticket, e.t);
        break;
      case 'TicketStranded':
        if (e.kind === 'no-queue') this.notRouted++;
        else {
          this.stranded++;
          this.open.set(e.ticket, e.t);
        }
        break;
      case 'TicketCreated':
        if (e.followUpOf !== null) this.followUps++;
        break;
      case 'TicketAssigned':
        this.assigned(e.ticket, e.t, e.how, e.channel === 'messaging' ? MESSAGING : -1);
        break;
      case 'TicketStatusChanged':
      case 'TicketQueued':
        this.touch(e.ticket, e.t);
        break;
      case 'TicketOffered':
        this.offered(e.ticket, e.channel === 'voice');
        break;
      case 'OfferEnded':
        this.offerEnded(e.ticket, e.outcome);
        break;
    }
  }

  /** A measured ticket was offered: a call rings (R37), a conversation is a messaging offer (R36). */
  offered(ticket: number, call: boolean): void {
    if (call) this.ringing.add(ticket);
    else this.offers++;
  }

  offerEnded(ticket: number, outcome: OfferEnded['outcome']): void {
    if (this.ringing.delete(ticket)) return;
    if (outcome === 'accepted') this.accepted++;
    else if (outcome === 'expired') this.expired++;
  }

  /** A measured ticket was assigned (`channel`: routing channel code). */
  assigned(ticket: number, t: number, how: TicketAssigned['how'], channel: number): void {
    if (how === 'auto' && channel === MESSAGING) this.autoAssigned++;
    this.touch(ticket, t);
  }

  /** Something happened to a stranded ticket: it is no longer untouched. */
  touch(ticket: number, t: number): void {
    if (this.open.size === 0) return;
    const since = this.open.get(ticket);
    if (since === undefined) return;
    this.open.delete(ticket);
    this.untouchedSum += t - since;
    this.untouchedCount++;
  }

  summary(end: number): SessionSummary {
    let ageSum = 0, ageMax = 0;
    for (const since of this.open.values()) {
      ageSum += end - since;
      if (end - since > ageMax) ageMax = end - since;
    }
    const n = this.open.size;
    return {
      endedByAgent: this.ended.agent,
      endedByTrigger: this.ended.trigger,
      endedByInactivity: this.ended.inactivity,
      endedByEndUser: this.ended.end_user,
      reclassifiedToEmail: this.reclassified,
      stranded: this.stranded,
      strandedOpenAtEnd: n,
      strandedMeanAgeAtEndSeconds: n > 0 ? ageSum / n : NaN,
      strandedMaxAgeAtEndSeconds: n > 0 ? ageMax : NaN,
      strandedMeanUntouchedSeconds: this.untouchedCount > 0 ? this.untouchedSum / this.untouchedCount : NaN,
      notRouted: this.notRouted,
      followUpTickets: this.followUps,
      capacityFreedBySessionEnd: this.freedByEnd,
      capacityFreedByInactivity: this.freedByInactivity,
      wentInactive: this.wentInactive,
      reactivated: this.reactivated,
      autoAssignedInactive: this.autoAssigned,
      offers: this.offers,
      offersAccepted: this.accepted,
      offersExpired: this.expired,
    };
  }
}
