// One simulation run: the kernel's dispatcher and the loop of the spec (§1) — after every
// event, changed tickets are recounted and re-routed, then agents who gained capacity pull
// waiting work. Channel behaviours live in sim/behaviour; routing in sim/routing.

import { Kernel, NO_EVENT } from '../kernel/Kernel.ts';
import { RandomStreams } from '../kernel/RandomStreams.ts';
import { EventBus } from '../model/EventBus.ts';
import { EventWriter } from '../model/EventWriter.ts';
import { TicketPool } from '../model/TicketPool.ts';
import type { Ticket } from '../model/Ticket.ts';
import { TicketSnapshot } from '../model/TicketSnapshot.ts';
import type { Agent } from '../model/Agent.ts';
import type { AgentLoads } from '../model/AgentLoads.ts';
import { CapacityLedger } from '../model/CapacityLedger.ts';
import type { CapacityListener } from '../model/CapacityLedger.ts';
import type { Settings } from '../scenario/settings.ts';
import type { StatusCode, AgentStatusCode } from '../model/codes.ts';
import { NEW, OPEN, VOICE, MESSAGING, EMAIL, AGENT_STATUSES, SESSION_INACTIVE } from '../model/codes.ts';
import { Router, NO_QUEUE } from '../routing/Router.ts';
import type { RouterHost } from '../routing/Router.ts';
import type { TicketHeap } from '../routing/TicketHeap.ts';
import { isRoutable, unroutableReason } from '../routing/eligibility.ts';
import type { CompiledScenario } from './compileScenario.ts';
import { buildAgents } from './buildAgents.ts';
import { ChannelRuntime } from './ChannelRuntime.ts';
import * as K from './kinds.ts';
import { newTicket } from '../behaviour/newTicket.ts';
import * as voice from '../behaviour/voiceCall.ts';
import * as email from '../behaviour/emailWork.ts';
import * as aiAgent from '../behaviour/aiAgent.ts';
import * as conversation from '../behaviour/messaging/conversation.ts';
import * as offers from '../behaviour/messaging/offers.ts';
import * as session from '../behaviour/messaging/session.ts';
import * as autoRelease from '../behaviour/messaging/autoRelease.ts';
import { FollowUps } from '../behaviour/messaging/FollowUps.ts';
import { TriggerEngine } from '../triggers/TriggerEngine.ts';
import { Schedule } from '../triggers/Schedule.ts';
import { Shifts } from '../behaviour/shifts.ts';
import { PullInboxes } from '../routing/pull/PullInboxes.ts';
import { carryOver } from '../behaviour/initialState.ts';
import { AgentWork } from '../behaviour/agents/AgentWork.ts';
import { measureSla } from '../routing/slaOrder.ts';
import { brandNames } from '../scenario/brandNames.ts';
import { waitingAtEnd } from './waitingAtEnd.ts';

export type AssignHow = 'routed' | 'auto' | 'reopened' | 'manual' | 'picked' | 'initial';

export class Engine implements RouterHost, CapacityListener {
  readonly kernel = new Kernel(1024);
  readonly bus = new EventBus();
  readonly events = new EventWriter(this.bus, this.kernel);
  readonly pool = new TicketPool();
  readonly settings: Settings;
  readonly streams: RandomStreams;
  readonly agents: Agent[];
  /** The roster's capacity arrays (agent·3 + channel), which the agents' own arrays view. */
  readonly loads: AgentLoads;
  readonly router: Router;
  readonly ledger: CapacityLedger;
  readonly channels: ChannelRuntime[];
  readonly followUps = new FollowUps();
  readonly shifts: Shifts;
  /** Pull-mode inboxes (agents pick from Unassigned views), or null when there are none. */
  readonly inboxes: PullInboxes | null;
  /** Breaks, disconnections, reassignment (R39–R41, end of shift) and call offers (R37). */
  readonly agentWork: AgentWork;
  /** The run's triggers, or null when the scenario has none (then updates skip them). */
  readonly triggers: TriggerEngine | null;
  readonly horizon: number;
  readonly warmup: number;
  /** Messaging conversations are exchanges of messages (sessions go inactive and wake up). */
  readonly exchanges: boolean;
  // Work lists of the current event; counters instead of truncation keep them cheap.
  private readonly dirty: Ticket[] = [];
  private dirtyCount = 0;
  private readonly leaving: Ticket[] = [];
  private leavingCount = 0;
  private started = false;
  private ended = false;

  constructor(readonly compiled: CompiledScenario, readonly replication = 0) {
    const sc = compiled.scenario;
    this.settings = sc.settings;
    this.horizon = sc.horizon;
    this.warmup = sc.warmup;
    this.streams = new RandomStreams(sc.seed, replication);
    ({ agents: this.agents, loads: this.loads } = buildAgents(sc, this.streams));
    this.ledger = new CapacityLedger(this.agents, this.loads, this.settings, this);
    this.router = new Router(this.agents, this.loads, sc.groups, compiled.queues, this.settings, this);
    const brands = brandNames(sc);
    this.channels = sc.channels.map(
      (c, code) => new ChannelRuntime(code as 0 | 1 | 2, c, sc.groups, brands, sc.startWeekday, sc.horizon, this.streams),
    );
    this.exchanges = sc.channels[MESSAGING]!.conversation.mode === 'exchanges';
    this.shifts = new Shifts(this);
    this.inboxes = PullInboxes.create(this);
    this.agentWork = new AgentWork(this);
    const schedules = sc.schedules.map((s) => new Schedule(s, sc.startWeekday));
    const anyRules = compiled.triggers.all.length > 0 || compiled.triggers.automations.length > 0;
    this.triggers = anyRules ? new TriggerEngine(this, compiled.triggers, schedules) : null;
    this.kernel.setDispatcher(this);
  }

  /** Current simulation time (the kernel's clock). */
  get now(): number {
    return this.kernel.now;
  }

  /** Emits RunStarted and schedules the first arrivals. Idempotent. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.shifts.init();
    this.agentWork.init();
    for (const a of this.agents) this.router.refreshAll(a);
    if (this.events.wanted('RunStarted')) {
      this.events.emit({
        type: 'RunStarted', t: 0, horizon: this.horizon, warmup: this.warmup,
        agents: this.agents.map((a) => ({
          agent: a.index, name: a.name, team: this.compiled.scenario.teams[a.team]!.name,
          groups: a.groups.map((g) => this.compiled.scenario.groups[g]!),
          capacity: { messaging: a.max[MESSAGING]!, email: a.max[EMAIL]!, voice: a.max[VOICE]! },
          status: AGENT_STATUSES[a.status],
        })),
        queues: this.compiled.queues.map((q) => q.name),
      });
    }
    // Work carried over from before the run goes in place first, so it has the lowest ids.
    if (this.compiled.scenario.initialState.length > 0) this.kernel.at(0, K.CARRY_OVER, 0);
    for (const ch of this.channels) {
      if (!ch.config.enabled) continue;
      const t = ch.arrivals.next(0);
      if (t < Infinity) this.kernel.atLane(ch.code, t, K.ARRIVAL, ch.code); // a channel's arrivals: one lane each
    }
    this.kernel.at(this.horizon, K.HORIZON_REACHED, 0);
    this.triggers?.start();
  }

  /** Advances the run to time t (capped at the horizon). */
  runUntil(t: number): void {
    this.start();
    this.kernel.runUntil(Math.min(t, this.horizon));
    if (this.kernel.now >= this.horizon) this.end();
  }

  /** Runs to the horizon. */
  run(): void {
    this.runUntil(this.horizon);
  }

  get finished(): boolean {
    return this.ended;
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    // The customers still waiting: the metrics count those already past the threshold as missed.
    if (this.events.wanted('RunEnded')) this.events.emit({ type: 'RunEnded', t: this.now, waiting: waitingAtEnd(this.pool, this.now) });
  }

  dispatch(kind: number, payload: number): void {
    if (kind === K.ARRIVAL) {
      this.arrive(payload);
    } else if (kind === K.FOLLOW_UP) {
      this.followUps.fire(this, payload);
    } else if (kind === K.TRIGGER_CHECK) {
      this.triggers!.check(payload);
    } else if (kind === K.SHIFT_CHANGE) {
      this.shifts.change(payload);
    } else if (kind === K.STAFFING_CHANGE) {
      this.shifts.staffingChange(payload);
    } else if (kind === K.AUTOMATION_RUN) {
      this.triggers!.runAutomation(payload);
    } else if (kind === K.AGENT_TIMER) {
      this.agentWork.fire(payload);
    } else if (kind === K.CALL_OFFER_ENDS) {
      this.agentWork.calls.ends(payload);
    } else if (kind === K.INBOX_PICK) {
      this.inboxes!.pickDue(payload);
    } else if (kind === K.CARRY_OVER) {
      carryOver(this);
    } else if (kind !== K.HORIZON_REACHED) {
      const t = this.pool.bySlot[payload]!;
      switch (kind) {
        case K.PATIENCE_EXPIRED: t.patienceTimer = NO_EVENT; this.abandon(t); break;
        case K.CALL_ENDED: t.workTimer = NO_EVENT; voice.callEnded(this, t); break;
        case K.WRAP_UP_ENDED: t.workTimer = NO_EVENT; voice.wrapUpEnded(this, t); break;
        case K.CONVERSATION_ENDED: t.workTimer = NO_EVENT; conversation.plainEnded(this, t); break;
        case K.EMAIL_HANDLED: t.workTimer = NO_EVENT; email.handled(this, t); break;
        case K.CUSTOMER_REPLIED: t.replyTimer = NO_EVENT; email.customerReplied(this, t); break;
        case K.OFFER_ACCEPTED: t.offerTimer = NO_EVENT; offers.accepted(this, t); break;
        case K.OFFER_EXPIRED: t.offerTimer = NO_EVENT; offers.expired(this, t); break;
        case K.AGENT_REPLIED: t.workTimer = NO_EVENT; conversation.agentReplied(this, t); break;
        case K.CUSTOMER_MESSAGE: t.customerTimer = NO_EVENT; conversation.customerMessage(this, t); break;
        case K.SESSION_INACTIVE: t.inactivityTimer = NO_EVENT; session.silenceElapsed(this, t); break;
        case K.REMINDER: t.workTimer = NO_EVENT; autoRelease.reminder(this, t); break;
        case K.SILENT_SOLVE: t.workTimer = NO_EVENT; conversation.silentSolve(this, t); break;
        case K.SKILLS_TIMEOUT: t.skillsTimer = NO_EVENT; this.router.skills!.timedOut(t); break;
        case K.AI_AGENT_DONE: t.aiTimer = NO_EVENT; aiAgent.done(this, t); break;
      }
    }
    this.settle();
  }

  // ---- arrivals and customers -------------------------------------------------------

  private arrive(code: number): void {
    const ch = this.channels[code]!;
    const next = ch.arrivals.next(this.now);
    if (next < Infinity) this.kernel.atLane(code, next, K.ARRIVAL, code);
    const t = newTicket(this, ch);
    this.touch(t);
    if (code === MESSAGING) this.triggers?.messagingEvent(t, 'conversation_requested');
  }

  /** The customer's patience ran out before anyone answered. */
  private abandon(t: Ticket): void {
    // A ticket no queue took (notRouted) that has since stopped being routable: its customer's
    // clock stopped there, as a queued one's does when it leaves the queue (unqueued). Checked
    // here, not in reroute, which every ticket passes through.
    if (t.unplaced && !isRoutable(t)) return;
    const waited = this.now - t.waitingSince;
    t.waitingSince = NaN;
    t.abandoned = true;
    t.customerPresent = false;
    this.events.ticketAbandoned(t.id, t.via, waited);
    if (t.via === MESSAGING && this.exchanges && this.channels[MESSAGING]!.config.conversation.abandoned === 'staysQueued') {
      // The customer has gone quiet, but the ticket stays where it is (and turns inactive, R31).
      session.customerLeft(this, t);
      return;
    }
    if (t.queue) this.router.withdraw(t, 'abandoned');
    if (t.offeredTo >= 0) offers.withdraw(this, t);
    this.finish(t);
  }

  // ---- ticket updates -----------------------------------------------------------------

  /**
   * Marks a ticket as updated: it runs through the triggers, is recounted and re-routed before
   * the event completes. Call it BEFORE changing the ticket: the first touch of an update keeps
   * the values triggers compare "changed" conditions against.
   */
  touch(t: Ticket): void {
    if (t.dirty) return;
    t.dirty = true;
    t.updatedAt = this.now; // R40: most recently updated first
    this.dirty[this.dirtyCount++] = t;
    if (this.triggers !== null) {
      if (t.before === null) t.before = new TicketSnapshot();
      t.before.take(t);
    }
  }

  setStatus(t: Ticket, to: StatusCode): void {
    const from = t.status;
    if (from === to) return;
    this.touch(t);
    t.status = to;
    this.events.statusChanged(t.id, from, to);
    if (to === OPEN && from > OPEN) this.agentWork.reopened(t, from); // R39
  }

  /** The ticket leaves the system (solved and done with, or abandoned) once this event settles. */
  finish(t: Ticket): void {
    if (t.leaving) return;
    t.leaving = true;
    this.leaving[this.leavingCount++] = t;
    this.touch(t);
  }

  /** Schedules a ticket timer at now + delay. */
  timer(delay: number, kind: number, t: Ticket): number {
    return this.kernel.after(delay, kind, t.slot);
  }

  /** Cancels a ticket timer (a handle that already fired is ignored) and returns NO_EVENT. */
  cancel(handle: number): number {
    if (handle !== NO_EVENT) this.kernel.cancel(handle);
    return NO_EVENT;
  }

  private settle(): void {
    const dirty = this.dirty;
    do {
      const triggers = this.triggers;
      for (let i = 0; i < this.dirtyCount; i++) {
        const t = dirty[i]!;
        if (triggers !== null) {
          // R53: ticket triggers finish before routing looks at the ticket. What routing
          // then does (an assignment) is a new update, with its own trigger run. They also run
          // on the update that solves a ticket (R51); the ticket still leaves afterwards.
          triggers.runTicketTriggers(t);
          this.ledger.recount(t);
          t.dirty = false;
          this.reroute(t);
          continue;
        }
        this.ledger.recount(t);
        this.reroute(t);
        // Cleared after re-routing: the assignment a re-route makes recounts the ticket itself.
        t.dirty = false;
      }
      this.dirtyCount = 0;
      this.router.drain();
    } while (this.dirtyCount > 0);
    if (this.leavingCount > 0) {
      const leaving = this.leaving;
      for (let i = 0; i < this.leavingCount; i++) this.release(leaving[i]!);
      this.leavingCount = 0;
    }
  }

  private reroute(t: Ticket): void {
    if (t.leaving || !isRoutable(t)) {
      if (!Number.isNaN(t.latestEligibleAt) && Number.isNaN(t.ineligibleSince)) t.ineligibleSince = this.now;
      if (t.queue) this.router.withdraw(t, 'unroutable');
      return;
    }
    if (!Number.isNaN(t.ineligibleSince) || Number.isNaN(t.initialEligibleAt)) this.becameEligible(t);
    if (this.inboxes !== null && this.inboxes.claim(t)) return; // a pull inbox: it waits in the Unassigned view
    // R41: without reassignThroughQueues, a ticket taken from its agent skips the custom queues.
    const queue = t.handedBack && !this.settings.reassignThroughQueues ? this.agentWork.queueForHandedBack(t) : this.router.matchQueue(t);
    if (t.queue) {
      const heap = t.queue as TicketHeap;
      // A routing-channel change always moves the ticket (queues hold one channel each, R8);
      // other field changes re-match only with rematchQueuedTicketOnUpdate (Q7).
      if (heap.channel !== t.routingChannel || (this.settings.rematchQueuedTicketOnUpdate && queue !== t.queueIndex)) {
        this.router.requeue(t); // and placed again below
      } else {
        if (this.isAutoAssignable(t)) this.router.autoAssign(t);
        return;
      }
    }
    if (queue === NO_QUEUE) {
      if (!t.unplaced) this.notRouted(t);
      return;
    }
    t.unplaced = false;
    t.orderKey1 = this.settings.queueOrder === 'priority' ? -t.priority : 0;
    this.router.place(t, queue);
  }

  /** R16: the initial eligibility time is kept, unless the ineligible stretch was long. */
  private becameEligible(t: Ticket): void {
    const now = this.now;
    if (Number.isNaN(t.initialEligibleAt)) {
      t.initialEligibleAt = now;
    } else if (now - t.ineligibleSince >= this.settings.reentryLatestAfter) {
      t.initialEligibleAt = now;
    }
    t.latestEligibleAt = now;
    t.ineligibleSince = NaN;
    t.orderKey2 = this.settings.reentryTimestamp === 'latest' ? t.latestEligibleAt : t.initialEligibleAt;
  }

  private notRouted(t: Ticket): void {
    t.queueIndex = NO_QUEUE;
    t.unplaced = true;
    // No queue takes the ticket, but its customer is waiting all the same: their patience runs.
    this.armPatience(t);
    if (this.events.wanted('TicketStranded')) {
      this.events.emit({ type: 'TicketStranded', t: this.now, ticket: t.id, kind: 'no-queue', reason: unroutableReason(t, this.settings) });
    }
  }

  private release(t: Ticket): void {
    if (t.id === 0) return;
    if (t.queue) this.router.withdraw(t, 'unroutable');
    if (t.offeredTo >= 0) offers.withdraw(this, t);
    this.ledger.forget(t);
    t.patienceTimer = this.cancel(t.patienceTimer);
    t.workTimer = this.cancel(t.workTimer);
    t.replyTimer = this.cancel(t.replyTimer);
    // R48: a customer mid-conversation when the ticket leaves (solved by a trigger or by
    // auto-release) still sends their next message, as planned; it starts a new ticket.
    if (t.customerTimer !== NO_EVENT && t.customerPresent) this.followUps.plan(this, t, this.kernel.timeOf(t.customerTimer) - this.now);
    t.customerTimer = this.cancel(t.customerTimer);
    t.inactivityTimer = this.cancel(t.inactivityTimer);
    t.offerTimer = this.cancel(t.offerTimer);
    t.aiTimer = this.cancel(t.aiTimer);
    this.pool.release(t);
  }

  // ---- assignment ----------------------------------------------------------------------

  /**
   * R34 / Q8: a queued conversation that is inactive (and not counted) is auto-assigned
   * without an offer, to an agent below capacity on active work.
   */
  isAutoAssignable(t: Ticket): boolean {
    return t.routingChannel === MESSAGING && t.sessionState === SESSION_INACTIVE && !this.settings.countInactiveConversations &&
      this.settings.inactiveQueuedAssignment === 'autoAssignIfActiveBelowMax';
  }

  /** RouterHost: routing chose this agent for the ticket; offer it (R36) or assign it. */
  deliver(t: Ticket, agent: Agent, from: TicketHeap | null): void {
    const call = t.routingChannel === VOICE && this.agentWork.calls.enabled; // R37
    const offer = call || (t.routingChannel === MESSAGING && !this.settings.autoAccept && !this.isAutoAssignable(t));
    if (from) this.events.ticketRemovedFromQueue(t.id, from.name, from.channel, offer ? 'offered' : 'assigned');
    if (call) this.agentWork.calls.offer(t, agent);
    else if (offer) offers.offer(this, t, agent);
    else this.assign(t, agent, this.isAutoAssignable(t) ? 'auto' : 'routed');
  }

  /** Makes the agent the assignee and starts the work of the ticket's routing channel. */
  assign(t: Ticket, agent: Agent, how: AssignHow): void {
    const now = this.now;
    t.patienceTimer = this.cancel(t.patienceTimer);
    const waiting = !Number.isNaN(t.waitingSince);
    const waited = waiting ? now - t.waitingSince : 0;
    if (waiting) {
      t.answered = true;
      t.waitingSince = NaN;
    }
    this.touch(t);
    t.assignee = agent.index;
    t.handedBack = false;
    t.ineligibleSince = now;
    const c = t.routingChannel;
    this.loads.lastAssignedAt[agent.index * 3 + c] = now; // R23
    this.events.ticketAssigned(t.id, agent.index, c, t.via, how, waited, waiting, t.wasQueued);
    if (waiting && !Number.isNaN(t.slaBreachAt)) measureSla(this.events, now, t); // R15
    if (t.status === NEW) this.setStatus(t, OPEN);
    if (!this.ledger.recount(t)) this.router.refresh(agent, c);
    if (c === MESSAGING && (how === 'routed' || how === 'auto')) this.triggers?.messagingEvent(t, 'assigned');
    if (c === VOICE) voice.start(this, t);
    else if (c === MESSAGING) conversation.start(this, t);
    else email.start(this, t);
  }

  /** Changes an agent's unified status (R19): routing re-reads what they can take. */
  setAgentStatus(agent: Agent, status: AgentStatusCode): void {
    const from = agent.status;
    if (from === status) return;
    agent.status = status;
    this.events.agentStatusChanged(agent.index, AGENT_STATUSES[from], AGENT_STATUSES[status]);
    this.router.refreshAll(agent);
    this.agentWork.statusChanged(agent); // R40
    this.inboxes?.agentChanged(agent);
  }

  /** Takes the ticket away from its assignee; it goes back to routing when it settles. */
  unassign(t: Ticket, reason: string): void {
    const agent = t.assignee;
    if (agent < 0) return;
    this.touch(t);
    t.workTimer = this.cancel(t.workTimer);
    t.assignee = -1;
    if (this.events.wanted('TicketUnassigned')) this.events.emit({ type: 'TicketUnassigned', t: this.now, ticket: t.id, agent, reason });
  }

  queued(t: Ticket, heap: TicketHeap): void {
    if (!Number.isNaN(t.waitingSince)) t.wasQueued = true;
    this.events.ticketQueued(t.id, heap.name, heap.channel, t.orderKey2);
    if (this.exchanges && heap.channel === MESSAGING && this.settings.unassignedInactivityFrom === 'queueEntry') {
      session.armInactivity(this, t, this.settings.unassignedInactivityPeriod); // Q12 alternative
    }
    if (heap.channel === MESSAGING) this.triggers?.messagingEvent(t, 'added_to_queue');
    // armPatience, written out: this runs on the hot path, and the call cost 370 instructions
    // per E1 ticket (bench:instructions) by what it changed in V8's inlining, not by its work.
    if (t.patience < Infinity && t.patienceTimer === NO_EVENT && !Number.isNaN(t.waitingSince) && t.customerPresent) {
      t.patienceTimer = this.kernel.at(Math.max(this.now, t.waitingSince + t.patience), K.PATIENCE_EXPIRED, t.slot);
    }
  }

  /** A waiting customer gives up at waitingSince + patience (kept through offers and moves). */
  private armPatience(t: Ticket): void {
    if (t.patience < Infinity && t.patienceTimer === NO_EVENT && !Number.isNaN(t.waitingSince) && t.customerPresent) {
      t.patienceTimer = this.kernel.at(Math.max(this.now, t.waitingSince + t.patience), K.PATIENCE_EXPIRED, t.slot);
    }
  }

  unqueued(t: Ticket, heap: TicketHeap, reason: 'abandoned' | 'unroutable' | 'requeued' | 'assigned'): void {
    // The customer keeps waiting through an offer or a move; otherwise their clock stops here.
    if (reason === 'abandoned' || reason === 'unroutable') t.patienceTimer = this.cancel(t.patienceTimer);
    this.events.ticketRemovedFromQueue(t.id, heap.name, heap.channel, reason);
  }

  // ---- CapacityListener ------------------------------------------------------------

  capacityChanged(agent: Agent, channel: number, _delta: number): void {
    this.events.capacityChanged(agent.index, channel, this.loads.counted[agent.index * 3 + channel]!);
    if (this.settings.focusMode) this.router.refreshAll(agent);
    else this.router.refresh(agent, channel);
    this.inboxes?.agentChanged(agent);
  }

  /** Whether a ticket is routable now (for behaviours that must not re-route by hand). */
  routable(t: Ticket): boolean {
    return isRoutable(t);
  }
}
