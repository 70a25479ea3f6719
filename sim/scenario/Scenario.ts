// The scenario after parsing: what the user described, complete with defaults and in
// internal units (seconds, per-second rates). Configuration only — the run never mutates it.

import type { DistributionSpec } from '../kernel/distributions/Distribution.ts';
import type { CountSpec } from '../kernel/distributions/CountDistribution.ts';
import type { ChannelName, AgentStatusName } from '../model/codes.ts';
import type { Settings } from './settings.ts';
import type { ConditionSpec } from './conditions.ts';
import type { TriggerSpec, MessagingTriggerSpec, ScheduleSpec, AutomationSpec } from '../triggers/TriggerSpec.ts';
import type { BreakConfig, CallOfferConfig, DisconnectConfig, EndOfShift } from './agentWork.ts';
import type { InboxConfig } from './InboxConfig.ts';
import type { InitialChannelState } from './InitialState.ts';
import type { ReplayConfig } from './ReplayConfig.ts';
import type { AiAgentConfig } from './AiAgentConfig.ts';

export interface Spike {
  /** Seconds after the run start. */
  start: number;
  duration: number;
  /** Multiplies the rate in force; 1 when only extraRate is given. */
  multiplier: number;
  /** Added to the rate (per second) after the multiplier. */
  extraRate: number;
  /** Repeat period in seconds (0: once). */
  every: number;
}

export interface ArrivalConfig {
  /** Fixed arrival times (seconds after the start, ascending) instead of a random process. */
  times: number[] | null;
  /** Base rate per second. */
  rate: number;
  /** Intraday factors, one per slot of `profileSlotSeconds`, covering one day. */
  profile: number[];
  profileSlotSeconds: number;
  /** Day-of-week factors, Monday first. */
  weekdays: number[];
  spikes: Spike[];
  /** Arrivals replayed from a CSV export: `times` are its rows' creation times (absent: none). */
  replay?: ReplayConfig;
}

export interface WeightedName {
  name: string;
  weight: number;
}

/** How a messaging conversation ends after its last exchange (weights, R42). */
export interface ClosingMix {
  /** The agent solves the ticket. */
  agentSolves: number;
  /** The agent ends the session (the scenario's end-session policy). */
  agentEndsSession: number;
  /** The end user ends the session. */
  userEndsSession: number;
  /** Nobody closes: the customer goes quiet and the session turns inactive (R31). */
  customerGoesSilent: number;
}

/** A messaging conversation: a plain duration, or exchanges of messages (issue #3). */
export interface ConversationConfig {
  mode: 'plain' | 'exchanges';
  exchanges: CountSpec;
  agentReplyTime: DistributionSpec;
  customerThinkTime: DistributionSpec;
  closing: ClosingMix;
  /** An agent solves a conversation that went quiet this long after it turned inactive. */
  silentSolvedAfter: number;
  /** A customer who gives up waiting leaves the ticket queued (it goes inactive), or it leaves. */
  abandoned: 'staysQueued' | 'leavesQueue';
  /** R48: after the session ended, the customer writes again (a new ticket) with this probability. */
  followUp: { probability: number; after: DistributionSpec };
  /** Work on an agent-ended ticket routed as email (R43); null: the email handle time. */
  endSessionWork: DistributionSpec | null;
}

/** Offers of messaging work (R36): how long agents take to Accept, and how often they miss one. */
export interface OfferConfig {
  acceptTime: DistributionSpec;
  missProbability: number;
}

export interface ChannelConfig {
  channel: ChannelName;
  /** False when the scenario gives the channel no traffic (its settings still apply to work
   *  that moves onto it, e.g. messaging tickets routed as email). */
  enabled: boolean;
  arrivals: ArrivalConfig;
  /** Handling time of one piece of work (a call, a conversation, an email reply). */
  handleTime: DistributionSpec;
  /** Customer patience while waiting for an answer (messaging, voice); null: infinite. */
  patience: DistributionSpec | null;
  serviceLevelThreshold: number;
  /** Weights of low, normal, high, urgent. */
  priorityMix: number[];
  groupMix: WeightedName[];
  tags: string[];
  /** Voice: wrap-up after hang-up; capacity stays used until it ends (R28). */
  wrapUp: DistributionSpec | null;
  /** Email: probability a handled ticket goes pending rather than solved. */
  pendingProbability: number;
  /** Email: how long a pending ticket waits for the customer's reply (then it reopens). */
  customerReplyAfter: DistributionSpec;
  /** Messaging: the conversation model and the offers. */
  conversation: ConversationConfig;
  offers: OfferConfig;
  /** R18: skills drawn per ticket (each on its own with its share); empty: no skills. */
  skills: SkillShare[];
  /** R7: the brands of the channel's tickets, one drawn per ticket (shares total 1); empty: no brands. */
  brands: BrandShare[];
  /** R15: first-reply SLA targets by priority (seconds); null: tickets have no SLA. */
  sla: SlaTargets | null;
  /** Voice: calls are offered and must be answered (R37); null: assigned directly. */
  callOffers: CallOfferConfig | null;
  /** R6: an AI agent takes new tickets first; null: none (every ticket goes to routing at once). */
  aiAgent: AiAgentConfig | null;
}

export interface CapacityRule {
  name: string;
  messaging: number;
  email: number;
  voice: number;
}

export interface TeamConfig {
  name: string;
  count: number;
  capacityRule: string;
  groups: string[];
  /** Status while on shift (the whole run without a shift). */
  status: AgentStatusName;
  /** Shift hours per weekday (Monday first); null: on all the time. Off shift: offline. */
  shift: [number, number][][] | null;
  /** A staffing curve instead: agents online per slot of the day (agent k is online while
   *  k < counts[slot]); null: all `count` agents (subject to the shift). */
  staffing: { interval: number; counts: number[] } | null;
  /** R18: skills every agent of the team holds, and those of them that are high priority
   *  (left out when the team has none). */
  skills?: string[];
  prioritySkills?: string[];
  /** R7: the brands the team's agents belong to (left out: every brand, the help desk's default). */
  brands?: string[];
  /** Daily breaks, taken in staggered turns (agentWork.ts). */
  breaks: BreakConfig[];
  /** What happens to open work when an agent's shift ends. */
  endOfShift: EndOfShift;
  /** Random disconnections while on shift (R20, Q17); null: none. */
  disconnects: DisconnectConfig | null;
}

export interface QueueConfig {
  name: string;
  conditions: ConditionSpec;
  primaryGroups: string[];
  secondaryGroups: string[];
  /** R12: up to 5 subqueues sharing the queue's tickets (their groups replace the queue's). */
  subqueues: SubqueueConfig[];
  /** R15: sort this queue by SLA; null: as the sortBySla setting says. */
  sortBySla: boolean | null;
}

/** A stretch of the run reported on its own ("before the spike", "during", "after"). */
export interface ReportWindow {
  name: string;
  from: number;
  to: number;
  /** Repeat period (e.g. one day for a time-of-day slot); 0: once. */
  every?: number;
}

export interface ReportConfig {
  /** Width of a time-series bucket in seconds (0: chosen from the horizon). */
  seriesInterval: number;
  /** Windows of ticket creation time reported separately; null: around the first spike. */
  windows: ReportWindow[] | null;
}

export interface Scenario {
  name: string;
  description: string;
  seed: number;
  horizon: number;
  warmup: number;
  replications: number;
  /** Weekday of t = 0, Monday = 0. */
  startWeekday: number;
  settings: Settings;
  /** By channel code: messaging, email, voice. */
  channels: ChannelConfig[];
  capacityRules: CapacityRule[];
  teams: TeamConfig[];
  /** Every group named anywhere, in first-seen order. */
  groups: string[];
  queues: QueueConfig[];
  /** Business-hours schedules (R55); the first is every new ticket's schedule. */
  schedules: ScheduleSpec[];
  /** Ticket triggers (R51–R53) and messaging triggers (R54). */
  triggers: TriggerSpec[];
  messagingTriggers: MessagingTriggerSpec[];
  /** Periodic sweeps over all tickets (help-desk automations, or an agent working a view). */
  automations: AutomationSpec[];
  report: ReportConfig;
  /** Inboxes in pull mode (agents pick from the Unassigned view) or push mode. */
  inboxes: InboxConfig[];
  /** Work in the help desk at time 0, per channel (empty: the run starts empty). */
  initialState: InitialChannelState[];
  /** The help desk's recipe this scenario encodes (spec §9), when it says so. */
  recipe?: RecipeInfo;
}

/** `recipe:` — which recipe of spec §9 a scenario encodes, and what of it is reconstructed (Q19). */
export interface RecipeInfo {
  /** The recipe as the help desk titles it, e.g. "B — Managing a surge in messaging traffic (omnichannel routing configuration)". */
  name: string;
  /** The articles it was taken from, e.g. "S11, S14, S19". */
  sources: string;
  /** What had to be reconstructed (the article's text was truncated or not read); null: the recipe is exact. */
  reconstructed: string | null;
}

/** R18: one skill of a channel's tickets. */
export interface SkillShare {
  skill: string;
  /** Probability that a new ticket needs the skill. */
  share: number;
  /**
   * R18, as the Triggers API's skill priority: 0 required; 1–3 optional, dropped by the
   * channel's skills timeout, 3 at the first timeout, then 2, then 1 (`optional: true` is 1).
   */
  priority: number;
}

/** R7: one brand of a channel's tickets. */
export interface BrandShare {
  brand: string;
  /** Probability that a new ticket of the channel is of this brand (a channel's shares total 1). */
  share: number;
}

/** R15: first-reply time targets by priority (seconds, indexed low..urgent; NaN: none). */
export interface SlaTargets {
  firstReply: number[];
}

/** R12: a subqueue of a custom queue, with its share of the queue's tickets. */
export interface SubqueueConfig {
  name: string;
  share: number;
  primaryGroups: string[];
  secondaryGroups: string[];
}
