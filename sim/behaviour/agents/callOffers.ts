// Call offers (R37), when the scenario gives `channels.voice.offers`: routing rings an agent,
// who answers after `answerTime`, or declines (`declineProbability`), or lets it ring past
// `callOfferTimeout` (30 s). A declined or unanswered call goes back to the queue and is
// offered to other agents in turn (routing passes over the agent who just let it go when
// anyone else can take it) until the caller's patience runs out (abandoned: voicemail).
// The shape of messaging offers (R36, messaging/offers.ts): the ringing call holds the agent's
// voice line, and with offerCountsAsAssignment it counts as an assignment for round robin
// (R23, Q14). A disconnected agent (R20) answers nothing. Without `offers`, calls are assigned
// directly, as before.

import type { Engine } from '../../engine/Engine.ts';
import type { Agent } from '../../model/Agent.ts';
import type { Ticket } from '../../model/Ticket.ts';
import type { Uniform } from '../../kernel/RandomStreams.ts';
import type { Distribution } from '../../kernel/distributions/Distribution.ts';
import { makeDistribution } from '../../kernel/distributions/makeDistribution.ts';
import { NO_EVENT } from '../../kernel/EventQueue.ts';
import { ONLINE, VOICE } from '../../model/codes.ts';
import { CALL_OFFER_ENDS, PATIENCE_EXPIRED } from '../../engine/kinds.ts';
import type { Presence } from './presence.ts';
import { withdraw } from '../messaging/offers.ts';

const ANSWERED = 0;
const DECLINED = 1;
const UNANSWERED = 2;

export class CallOffers {
  /** Calls are offered (the scenario gave voice offers). */
  readonly enabled: boolean;
  private readonly answerTime: Distribution | null;
  private readonly declineProbability: number;
  private readonly u: Uniform;
  // The last offer declined the instant it was made, so that an agent who declines at once is
  // not rung again in the same instant for ever: offered the same call again then, they let it ring.
  private endedSlot = -1;
  private endedAgent = -1;
  private endedAt = NaN;
  /** Per agent, the slot of the call last offered to them (checked before use: it may be over)
   *  and when it started ringing. */
  private readonly ringing: Int32Array;
  private readonly ringingSince: Float64Array;

  constructor(private readonly e: Engine, private readonly presence: Presence) {
    const cfg = e.compiled.scenario.channels[VOICE]!.callOffers;
    this.enabled = cfg !== null;
    this.answerTime = cfg ? makeDistribution(cfg.answerTime) : null;
    this.declineProbability = cfg?.declineProbability ?? 0;
    this.u = e.channels[VOICE]!.u.accept;
    this.ringing = new Int32Array(e.agents.length).fill(-1);
    this.ringingSince = new Float64Array(e.agents.length);
  }

  /** R19: calls ring only online agents; one who leaves online stops ringing, and the call moves on. */
  statusChanged(a: Agent): void {
    if (!this.enabled || a.status === ONLINE) return;
    const slot = this.ringing[a.index]!;
    const t = slot >= 0 ? this.e.pool.bySlot[slot]! : null;
    if (t && t.id !== 0 && t.offeredTo === a.index && t.routingChannel === VOICE) withdraw(this.e, t);
  }

  offer(t: Ticket, agent: Agent): void {
    const e = this.e;
    const now = e.now;
    t.offeredTo = agent.index;
    this.ringing[agent.index] = t.slot;
    this.ringingSince[agent.index] = now;
    const ringAgain = t.slot === this.endedSlot && agent.index === this.endedAgent && now === this.endedAt;
    t.lastOfferedTo = agent.index;
    if (e.settings.offerCountsAsAssignment) agent.lastAssignedAt[VOICE] = now; // R23, Q14
    e.events.ticketOffered(t.id, agent.index, 'voice');
    // The ringing call holds the line; recount now, as the router may be feeding this agent.
    if (!e.ledger.recount(t)) e.router.refresh(agent, VOICE);
    e.touch(t);
    // The caller hangs up while it rings if their patience runs out.
    if (t.patience < Infinity && t.patienceTimer === NO_EVENT && !Number.isNaN(t.waitingSince) && t.customerPresent) {
      t.patienceTimer = e.kernel.at(Math.max(now, t.waitingSince + t.patience), PATIENCE_EXPIRED, t.slot);
    }
    // Two draws per offer, always, so the stream stays aligned whatever the outcome.
    const answerIn = this.answerTime!.sample(this.u);
    const declines = this.u.next() < this.declineProbability;
    const timeout = e.settings.callOfferTimeout;
    let outcome: number, after: number;
    if (ringAgain || this.presence.disconnected[agent.index] === 1 || answerIn >= timeout) {
      outcome = UNANSWERED;
      after = timeout;
    } else {
      outcome = declines ? DECLINED : ANSWERED;
      after = answerIn;
    }
    if (outcome === ANSWERED && after === 0) {
      this.answered(t);
      return;
    }
    t.offerTimer = e.kernel.after(after, CALL_OFFER_ENDS, t.slot * 4 + outcome);
  }

  /** A CALL_OFFER_ENDS timer fired. */
  ends(payload: number): void {
    const t = this.e.pool.bySlot[payload >> 2]!;
    t.offerTimer = NO_EVENT;
    const outcome = payload & 3;
    if (outcome === ANSWERED) {
      this.answered(t);
      return;
    }
    const agent = t.offeredTo;
    t.offeredTo = -1;
    this.e.events.offerEnded(t.id, agent, outcome === DECLINED ? 'declined' : 'expired');
    if (this.ringingSince[agent] === this.e.now) {
      this.endedSlot = t.slot;
      this.endedAgent = agent;
      this.endedAt = this.e.now;
    }
    this.e.touch(t); // back to routing when the event settles
  }

  private answered(t: Ticket): void {
    const agent = this.e.agents[t.offeredTo]!;
    t.offeredTo = -1;
    this.e.events.offerEnded(t.id, agent.index, 'accepted');
    this.e.assign(t, agent, 'routed');
  }
}
