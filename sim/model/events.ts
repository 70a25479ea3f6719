// The typed events the engine emits: the one boundary between the simulation and its
// readers (metrics, traces, the visualizer, tests). Past-tense names, plain data — times in
// seconds, ids as numbers or names — never object references, so events can be logged,
// replayed and diffed.

import type { ChannelName, StatusName, SessionStateName, EndedReason, AgentStatusName } from './codes.ts';

export interface RosterEntry {
  agent: number;
  name: string;
  team: string;
  groups: string[];
  capacity: { messaging: number; email: number; voice: number };
  status: AgentStatusName;
}

export interface RunStarted {
  type: 'RunStarted';
  t: number;
  horizon: number;
  warmup: number;
  agents: RosterEntry[];
  queues: string[];
}
export interface TicketCreated {
  type: 'TicketCreated';
  t: number;
  ticket: number;
  channel: ChannelName;
  priority: string;
  group: string | null;
  /** The ticket this one follows up (a customer who wrote again after the session ended, R48). */
  followUpOf: number | null;
  /** R6: an AI agent took it first; routing ignores it until AiAgentFinished says escalated. */
  aiAgent: boolean;
}
/** R7: the ticket's brand, drawn as the customer arrives (it never changes), in scenarios with
 *  brands. It comes just before the ticket's TicketCreated (or TicketCarriedOver), at the same time. */
export interface TicketBranded {
  type: 'TicketBranded';
  t: number;
  ticket: number;
  brand: string;
}
export interface TicketQueued {
  type: 'TicketQueued';
  t: number;
  ticket: number;
  queue: string;
  channel: ChannelName;
  /** The eligibility time that orders the ticket in the queue (R14, R16); in a queue sorted by
   *  SLA (R15), a ticket with a target is ordered by its breach time, given here instead. */
  eligibleAt: number;
}
export interface TicketRemovedFromQueue {
  type: 'TicketRemovedFromQueue';
  t: number;
  ticket: number;
  queue: string;
  channel: ChannelName;
  reason: 'assigned' | 'abandoned' | 'unroutable' | 'requeued' | 'offered';
}
export interface TicketOffered {
  type: 'TicketOffered';
  t: number;
  ticket: number;
  agent: number;
  channel: ChannelName;
}
export interface OfferEnded {
  type: 'OfferEnded';
  t: number;
  ticket: number;
  agent: number;
  outcome: 'accepted' | 'expired' | 'declined' | 'withdrawn';
}
export interface TicketAssigned {
  type: 'TicketAssigned';
  t: number;
  ticket: number;
  agent: number;
  /** Routing channel of the assignment (the capacity it uses). */
  channel: ChannelName;
  /** Arrival channel of the ticket. */
  via: ChannelName;
  /** How the assignment happened: routed by omnichannel routing, automatic (R34, R43), a
   *  reopened ticket counting again (R26), or by hand (a trigger action; R29); picked by the
   *  agent from a pull inbox's Unassigned view; or in progress when the run started. */
  how: 'routed' | 'auto' | 'reopened' | 'manual' | 'picked' | 'initial';
  /** Seconds the customer waited for this assignment (0 when assigned at once). */
  waited: number;
  /** The customer was still waiting: this assignment answers them. */
  first: boolean;
  /** The ticket waited in a queue before this answer (not just for an offer to be accepted). */
  queued: boolean;
}
export interface TicketAbandoned {
  type: 'TicketAbandoned';
  t: number;
  ticket: number;
  channel: ChannelName;
  waited: number;
}
/** The session ended before the customer was answered and the ticket stays messaging-routed:
 *  the customer leaves without an answer in this channel (e.g. recipe C's after-hours tickets). */
export interface TicketDeflected {
  type: 'TicketDeflected';
  t: number;
  ticket: number;
  channel: ChannelName;
  waited: number;
}
export interface TicketUnassigned {
  type: 'TicketUnassigned';
  t: number;
  ticket: number;
  agent: number;
  reason: string;
}
export interface CapacityChanged {
  type: 'CapacityChanged';
  t: number;
  agent: number;
  channel: ChannelName;
  /** Units now counted against the agent on this channel. */
  used: number;
}
export interface TicketStatusChanged {
  type: 'TicketStatusChanged';
  t: number;
  ticket: number;
  from: StatusName;
  to: StatusName;
}
export interface CallEnded {
  type: 'CallEnded';
  t: number;
  ticket: number;
  agent: number;
  /** Seconds of wrap-up that follow (capacity stays used until it ends, R28). */
  wrapUp: number;
}
export interface SessionStateChanged {
  type: 'SessionStateChanged';
  t: number;
  ticket: number;
  from: SessionStateName;
  to: SessionStateName;
  /** Why it went inactive (R47 "inactive reason"), or what woke it up. */
  reason: string;
  /** The change released a unit of the assignee's messaging capacity. */
  freedCapacity: boolean;
}
export interface SessionEnded {
  type: 'SessionEnded';
  t: number;
  ticket: number;
  reason: EndedReason;
  agent: number | null;
  /** Ending the session released a unit of messaging capacity (R30). */
  freedCapacity: boolean;
}
export interface MessageSent {
  type: 'MessageSent';
  t: number;
  ticket: number;
  by: 'agent' | 'end_user';
  agent: number | null;
}
export interface RoutingChannelChanged {
  type: 'RoutingChannelChanged';
  t: number;
  ticket: number;
  from: ChannelName;
  to: ChannelName;
  cause: string;
}
export interface TicketStranded {
  type: 'TicketStranded';
  t: number;
  ticket: number;
  /** session-ended: its session ended while routing channel is messaging (R4); no-queue: it is
   *  eligible but matches no custom queue and does not fit the standard queue (R2, R10). */
  kind: 'session-ended' | 'no-queue';
  reason: string;
}
export interface AgentStatusChanged {
  type: 'AgentStatusChanged';
  t: number;
  agent: number;
  from: AgentStatusName;
  to: AgentStatusName;
}
export interface TriggerFired {
  type: 'TriggerFired';
  t: number;
  ticket: number;
  trigger: string;
  kind: 'ticket' | 'messaging' | 'automation';
  /** The firing changed the ticket (a no-op firing is not logged by the help desk, R51). */
  changed: boolean;
}
export interface SurveySent {
  type: 'SurveySent';
  t: number;
  ticket: number;
  /** The trigger whose action sent it (R49, recipe E). */
  trigger: string;
}
export interface TriggerSwitched {
  type: 'TriggerSwitched';
  t: number;
  trigger: string;
  on: boolean;
  /** The queue length that made the admin act. */
  queueLength: number;
}
export interface RunEnded {
  type: 'RunEnded';
  t: number;
  /** The customers still waiting for an answer (no outcome yet), in ticket-slot order: carried-over
   *  and warm-up tickets too, as the run has them; readers choose which they count. */
  waiting: WaitingAtEnd[];
}
/** A customer still waiting when the run ended: a ticket whose `waitingSince` is set. */
export interface WaitingAtEnd {
  ticket: number;
  /** Arrival channel. */
  channel: ChannelName;
  /** Seconds waited so far: since creation, or since the AI agent escalated the ticket (R6). */
  waited: number;
  /** The ticket waited in a queue (or a pull inbox's view) while the customer waited, as
   *  TicketAssigned's `queued`; false for one no queue took (R2, R10) or only offered so far. */
  queued: boolean;
}
/** R18: the skills timeout ran out and the ticket's optional skills of the lowest priority left were dropped. */
export interface OptionalSkillsDropped {
  type: 'OptionalSkillsDropped';
  t: number;
  ticket: number;
  /** The stage dropped: the API priority of its skills, 3 (low) first, then 2 (medium), then 1 (high). */
  stage: 1 | 2 | 3;
  /** The skills dropped, and those still required (optional ones of a later stage included). */
  dropped: string[];
  required: string[];
}
/** R15: a ticket with a first-reply SLA got its first answer, within the target or not. */
export interface SlaMeasured {
  type: 'SlaMeasured';
  t: number;
  ticket: number;
  /** Arrival channel (the SLA policy's channel). */
  channel: ChannelName;
  breached: boolean;
}
/** A team's break began for the agent: their status is the break's until `until`. */
export interface BreakStarted {
  type: 'BreakStarted';
  t: number;
  agent: number;
  status: AgentStatusName;
  until: number;
}
export interface BreakEnded {
  type: 'BreakEnded';
  t: number;
  agent: number;
}
/** R20: the agent's device slept or lost the network (offline only after the delay, Q17). */
export interface AgentDisconnected {
  type: 'AgentDisconnected';
  t: number;
  agent: number;
}
export interface AgentReconnected {
  type: 'AgentReconnected';
  t: number;
  agent: number;
  /** Seconds the disconnection lasted. */
  after: number;
  /** It lasted past disconnectToOfflineSec, so the agent was offline meanwhile. */
  wentOffline: boolean;
}
/** The agent's shift (or staffing-curve slot) ended; `policy` is the team's endOfShift. */
export interface ShiftEnded {
  type: 'ShiftEnded';
  t: number;
  agent: number;
  policy: 'finish' | 'handBack' | 'reassign';
}
/** Open tickets were taken from the agent to be re-routed (each also has a TicketUnassigned):
 *  by R40 auto-reassign, or by the team's end-of-shift policy. */
export interface WorkReassigned {
  type: 'WorkReassigned';
  t: number;
  agent: number;
  cause: 'autoReassign' | 'endOfShift' | 'handBack';
  tickets: number;
}
/** R6: the AI agent is done with a ticket it held since its creation (`held` seconds): it
 *  resolved it (solved, no human involved), escalated it (now eligible for routing; its
 *  customer starts waiting), or its hold ended because a trigger had solved or assigned the
 *  ticket or ended its session meanwhile. */
export interface AiAgentFinished {
  type: 'AiAgentFinished';
  t: number;
  ticket: number;
  channel: ChannelName;
  outcome: 'resolved' | 'escalated' | 'ended';
  held: number;
}
/** A ticket that was already open when the run started (initialState): created before time 0,
 *  so it has no TicketCreated and is left out of the channel figures (reported as carriedOver).
 *  What follows says where it went: TicketAssigned (how 'initial') or TicketQueued. */
export interface TicketCarriedOver {
  type: 'TicketCarriedOver';
  t: number;
  ticket: number;
  channel: ChannelName;
  priority: string;
  group: string | null;
  /** Seconds since it was created (its creation time is t − age). */
  age: number;
  /** An agent was working on it at the start (else it was waiting). */
  inProgress: boolean;
}

export type SimEvent =
  | RunStarted
  | TicketCreated
  | TicketBranded
  | TicketQueued
  | TicketRemovedFromQueue
  | TicketOffered
  | OfferEnded
  | TicketAssigned
  | TicketAbandoned
  | TicketDeflected
  | TicketUnassigned
  | CapacityChanged
  | TicketStatusChanged
  | CallEnded
  | SessionStateChanged
  | SessionEnded
  | MessageSent
  | RoutingChannelChanged
  | TicketStranded
  | AgentStatusChanged
  | TriggerFired
  | SurveySent
  | TriggerSwitched
  | RunEnded
  | OptionalSkillsDropped
  | SlaMeasured
  | BreakStarted
  | BreakEnded
  | AgentDisconnected
  | AgentReconnected
  | ShiftEnded
  | WorkReassigned
  | TicketCarriedOver
  | AiAgentFinished;

export type SimEventType = SimEvent['type'];

export const EVENT_TYPES: readonly SimEventType[] = [
  'RunStarted', 'TicketCreated', 'TicketQueued', 'TicketRemovedFromQueue', 'TicketOffered', 'OfferEnded',
  'TicketAssigned', 'TicketAbandoned', 'TicketDeflected', 'TicketUnassigned', 'CapacityChanged', 'TicketStatusChanged', 'CallEnded',
  'SessionStateChanged', 'SessionEnded', 'MessageSent', 'RoutingChannelChanged', 'TicketStranded', 'AgentStatusChanged',
  'TriggerFired', 'SurveySent', 'TriggerSwitched', 'RunEnded', 'OptionalSkillsDropped', 'SlaMeasured',
  'BreakStarted', 'BreakEnded', 'AgentDisconnected', 'AgentReconnected', 'ShiftEnded', 'WorkReassigned',
  'TicketCarriedOver', 'AiAgentFinished', 'TicketBranded',
];

/** Something that reads events as they happen. */
export type EventListener = (e: SimEvent) => void;

/**
 * The engine reuses event objects: read an event during the listener call; keep a copy
 * (copyEvent) if you need it later.
 */
export function copyEvent<T extends SimEvent>(e: T): T {
  const c = {} as Record<string, unknown>;
  for (const k of EVENT_FIELDS[e.type]) c[k] = (e as unknown as Record<string, unknown>)[k];
  return c as T;
}

const EVENT_FIELDS: Record<SimEventType, readonly string[]> = {
  RunStarted: ['type', 't', 'horizon', 'warmup', 'agents', 'queues'],
  TicketCreated: ['type', 't', 'ticket', 'channel', 'priority', 'group', 'followUpOf', 'aiAgent'],
  TicketQueued: ['type', 't', 'ticket', 'queue', 'channel', 'eligibleAt'],
  TicketRemovedFromQueue: ['type', 't', 'ticket', 'queue', 'channel', 'reason'],
  TicketOffered: ['type', 't', 'ticket', 'agent', 'channel'],
  OfferEnded: ['type', 't', 'ticket', 'agent', 'outcome'],
  TicketAssigned: ['type', 't', 'ticket', 'agent', 'channel', 'via', 'how', 'waited', 'first', 'queued'],
  TicketAbandoned: ['type', 't', 'ticket', 'channel', 'waited'],
  TicketDeflected: ['type', 't', 'ticket', 'channel', 'waited'],
  TicketUnassigned: ['type', 't', 'ticket', 'agent', 'reason'],
  CapacityChanged: ['type', 't', 'agent', 'channel', 'used'],
  TicketStatusChanged: ['type', 't', 'ticket', 'from', 'to'],
  CallEnded: ['type', 't', 'ticket', 'agent', 'wrapUp'],
  SessionStateChanged: ['type', 't', 'ticket', 'from', 'to', 'reason', 'freedCapacity'],
  SessionEnded: ['type', 't', 'ticket', 'reason', 'agent', 'freedCapacity'],
  MessageSent: ['type', 't', 'ticket', 'by', 'agent'],
  RoutingChannelChanged: ['type', 't', 'ticket', 'from', 'to', 'cause'],
  TicketStranded: ['type', 't', 'ticket', 'kind', 'reason'],
  AgentStatusChanged: ['type', 't', 'agent', 'from', 'to'],
  TriggerFired: ['type', 't', 'ticket', 'trigger', 'kind', 'changed'],
  SurveySent: ['type', 't', 'ticket', 'trigger'],
  TriggerSwitched: ['type', 't', 'trigger', 'on', 'queueLength'],
  RunEnded: ['type', 't', 'waiting'],
  OptionalSkillsDropped: ['type', 't', 'ticket', 'stage', 'dropped', 'required'],
  SlaMeasured: ['type', 't', 'ticket', 'channel', 'breached'],
  BreakStarted: ['type', 't', 'agent', 'status', 'until'],
  BreakEnded: ['type', 't', 'agent'],
  AgentDisconnected: ['type', 't', 'agent'],
  AgentReconnected: ['type', 't', 'agent', 'after', 'wentOffline'],
  ShiftEnded: ['type', 't', 'agent', 'policy'],
  WorkReassigned: ['type', 't', 'agent', 'cause', 'tickets'],
  TicketCarriedOver: ['type', 't', 'ticket', 'channel', 'priority', 'group', 'age', 'inProgress'],
  AiAgentFinished: ['type', 't', 'ticket', 'channel', 'outcome', 'held'],
  TicketBranded: ['type', 't', 'ticket', 'brand'],
};
