// A ticket and the customer behind it. Tickets are pooled: `slot` is reused once a ticket
// reaches a terminal state, `id` never is. Invariant: a ticket sits in at most one queue
// (`queue`/`heapPos`) and is counted against at most one agent and channel.

import type { ChannelCode, StatusCode } from './codes.ts';
import { NEW, SESSION_NONE, NORMAL_PRIORITY } from './codes.ts';
import { NO_EVENT } from '../kernel/EventQueue.ts';
import type { TicketSnapshot } from './TicketSnapshot.ts';

/** What a queue needs to know about the heap a ticket is in. */
export interface TicketHolder {
  readonly name: string;
}

export class Ticket {
  id = 0;
  via: ChannelCode = 0;
  routingChannel: ChannelCode = 0;
  status: StatusCode = NEW;
  priority = NORMAL_PRIORITY;
  /** Group index, or -1 for none. */
  group = -1;
  /** Agent index, or -1 when unassigned. */
  assignee = -1;
  tags: string[] = [];
  createdAt = 0;

  // Routing eligibility (R16): the initial time is kept across ineligible stretches.
  initialEligibleAt = NaN;
  latestEligibleAt = NaN;
  ineligibleSince = NaN;
  /** Custom queue index the ticket matched, -1 for the standard queue, -2 when unplaced. */
  queueIndex = -2;
  /** The heap the ticket waits in (null when not waiting) and its position there. */
  queue: TicketHolder | null = null;
  heapPos = -1;
  /** Ordering keys inside the queue (R14/R15), smaller first, then id. */
  orderKey1 = 0;
  orderKey2 = 0;

  // Capacity accounting (R26–R30): where this ticket is counted, if anywhere.
  countedAgent = -1;
  countedChannel = -1;

  // Customer.
  /** Seconds the customer will wait before giving up (Infinity: never). */
  patience = Infinity;
  /** Handle time drawn for the current piece of work. */
  workSeconds = 0;
  /** When the customer started waiting for an answer (NaN: not waiting). */
  waitingSince = NaN;
  answered = false;
  /** Waited in a queue before being answered (Erlang's "had to wait"). */
  wasQueued = false;
  /** Created after warm-up, so its outcome enters the statistics. */
  measured = false;
  /** Leaves the system when the current event settles. */
  leaving = false;
  /** Updated during the current event; recounted and re-routed when it settles. */
  dirty = false;
  /** Routable but no queue matched (R2, R10); reported once until that changes. */
  unplaced = false;

  // Voice.
  inWrapUp = false;

  // AI agent (R6).
  /** An AI agent holds the ticket: routing ignores it until the AI agent escalates it. */
  aiHeld = false;
  /** The AI agent will resolve it rather than escalate it (drawn at arrival). */
  aiResolves = false;
  /** When the AI agent is done with it (AI_AGENT_DONE), while it holds it. */
  aiTimer = NO_EVENT;

  // Messaging session (R31–R50).
  sessionState = SESSION_NONE;
  /** Index into ENDED_REASONS once ended, else -1. */
  endedReason = -1;
  /** Index into INACTIVE_REASONS while inactive (R47), else -1. */
  inactiveReason = -1;
  sessionEndedAt = NaN;
  lastEndUserMessageAt = NaN;
  /** Agent messages still to come in an exchange conversation (-1: not started). */
  exchangesLeft = -1;
  /** How the conversation closes (index into the closing mix), drawn at arrival. */
  closing = 0;
  /** The customer is still there (false once they gave up or went for good). */
  customerPresent = true;
  /** The customer gave up waiting before being answered. */
  abandoned = false;
  /** The session ended before the customer was answered, and nothing re-routed the ticket. */
  deflected = false;
  /** R48: the customer will write again after the session ends (drawn at arrival). */
  writesAgain = false;
  /** Next reminder of auto-release (R33), 0 when none is due. */
  reminderStep = 0;

  // Offers (R36): the agent the ticket is offered to now, and the last one it was offered to.
  offeredTo = -1;
  lastOfferedTo = -1;

  /** When routing lost sight of the ticket for good (R4), NaN if it has not. */
  strandedAt = NaN;

  // Triggers (R51–R55).
  /** Schedule index for business-hours conditions (R55), -1 for none. */
  schedule = -1;
  /** A CSAT survey went out for this ticket (R49): only one per ticket. */
  csatSent = false;
  /** The ticket was created in the current update (triggers see "Ticket is Created"). */
  creating = false;
  /** Values at the start of the current update, for "changed" conditions (kept for reuse). */
  before: TicketSnapshot | null = null;

  // Pending kernel events owned by this ticket; each is cancelled when its state ends.
  patienceTimer = NO_EVENT;
  /** The agent's current piece of work (a call, a reply, email handling, a deferred solve). */
  workTimer = NO_EVENT;
  /** Email: the customer's reply to a pending ticket. */
  replyTimer = NO_EVENT;
  /** Messaging: the customer's next message. */
  customerTimer = NO_EVENT;
  /** Messaging: end-user silence turning the session inactive (R31, R32). */
  inactivityTimer = NO_EVENT;
  /** Messaging: an offer's answer or its expiry (R36). */
  offerTimer = NO_EVENT;

  // Skills (R18), subqueues (R12) and SLA (R15).
  /** Skills an agent must hold (bit mask), and those of them a timeout drops (any stage). */
  skills = 0;
  optionalSkills = 0;
  /** Optional skills of API priority 2 and 3, dropped before those of 1 (skillStages.ts). */
  optionalMedium = 0;
  optionalLow = 0;
  /** The skills timeout while queued (R18). */
  skillsTimer = NO_EVENT;
  /**
   * R7: the ticket's brand (index into the scenario's brands) and its routing bit (see
   * compileBrands), apart from its skills so that skill actions and timeouts never touch it.
   * Set for every ticket at creation when the scenario has brands, and never changed; without
   * brands they stay -1 and 0 (reset() leaves them: nothing else writes them).
   */
  brand = -1;
  brandMask = 0;
  /** Uniform draw that picks the ticket's subqueue (R12), NaN until a queue with subqueues needs it. */
  subqueueDraw = NaN;
  /** When the first-reply SLA target fixed at queue entry is breached (R15), NaN: no SLA. */
  slaBreachAt = NaN;

  // Reassignment (R39–R41).
  /** Time of the last update (a touch): R40 takes the most recently updated tickets first. */
  updatedAt = 0;
  /** Taken from its agent by reassignment and not yet assigned again (R41). */
  handedBack = false;

  constructor(readonly slot: number) {}

  /** Resets every field for reuse under a new id. */
  reset(id: number, via: ChannelCode, now: number): void {
    this.id = id;
    this.via = via;
    this.routingChannel = via;
    this.status = NEW;
    this.priority = NORMAL_PRIORITY;
    this.group = -1;
    this.assignee = -1;
    if (this.tags.length > 0) this.tags.length = 0;
    this.createdAt = now;
    this.initialEligibleAt = NaN;
    this.latestEligibleAt = NaN;
    this.ineligibleSince = NaN;
    this.queueIndex = -2;
    this.queue = null;
    this.heapPos = -1;
    this.orderKey1 = 0;
    this.orderKey2 = 0;
    this.countedAgent = -1;
    this.countedChannel = -1;
    this.patience = Infinity;
    this.workSeconds = 0;
    this.waitingSince = NaN;
    this.answered = false;
    this.wasQueued = false;
    this.measured = false;
    this.leaving = false;
    this.dirty = false;
    this.unplaced = false;
    this.inWrapUp = false;
    this.aiHeld = false;
    this.aiResolves = false;
    this.aiTimer = NO_EVENT;
    this.sessionState = SESSION_NONE;
    this.endedReason = -1;
    this.inactiveReason = -1;
    this.sessionEndedAt = NaN;
    this.lastEndUserMessageAt = NaN;
    this.exchangesLeft = -1;
    this.closing = 0;
    this.customerPresent = true;
    this.abandoned = false;
    this.deflected = false;
    this.writesAgain = false;
    this.reminderStep = 0;
    this.offeredTo = -1;
    this.lastOfferedTo = -1;
    this.strandedAt = NaN;
    this.schedule = -1;
    this.csatSent = false;
    this.creating = false;
    this.patienceTimer = NO_EVENT;
    this.workTimer = NO_EVENT;
    this.replyTimer = NO_EVENT;
    this.customerTimer = NO_EVENT;
    this.inactivityTimer = NO_EVENT;
    this.offerTimer = NO_EVENT;
    this.skills = 0;
    this.optionalSkills = 0;
    this.optionalMedium = 0;
    this.optionalLow = 0;
    this.skillsTimer = NO_EVENT;
    this.subqueueDraw = NaN;
    this.slaBreachAt = NaN;
    this.updatedAt = now;
    this.handedBack = false;
  }
}
