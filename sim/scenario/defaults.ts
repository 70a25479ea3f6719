// Every default a scenario may leave out, in one place. The parser starts from these; the
// README's scenario tour and `omnisim validate --explain` describe the same values.

import type { ChannelConfig, ArrivalConfig, CapacityRule, ReportConfig, ConversationConfig, OfferConfig } from './Scenario.ts';
import type { ChannelName } from '../model/codes.ts';
import type { DistributionSpec } from '../kernel/distributions/Distribution.ts';
import type { AwayStatusName, CallOfferConfig, EndOfShift } from './agentWork.ts';

export const DEFAULTS = {
  name: 'unnamed scenario',
  seed: 1,
  horizon: 86400,
  warmup: 0,
  replications: 1,
  startWeekday: 0,
  /** Group of tickets and teams that name none. */
  group: 'support',
  teamStatus: 'online' as const,
  report: { seriesInterval: 0, windows: null } satisfies ReportConfig,
  /** R7: a team without `brands` belongs to every brand (the help desk makes agents members of
   *  all brands unless restricted), so its TeamConfig leaves `brands` out. */
  teamBrands: 'all',
  /** Capacity rule of teams that name none (R25 "default rule"). */
  capacityRule: { name: 'default', messaging: 3, email: 5, voice: 1 } satisfies CapacityRule,
} as const;

const HANDLE_TIME: Record<ChannelName, DistributionSpec> = {
  messaging: { distribution: 'exponential', mean: 600 },
  email: { distribution: 'exponential', mean: 480 },
  voice: { distribution: 'exponential', mean: 300 },
};

const SERVICE_LEVEL_THRESHOLD: Record<ChannelName, number> = {
  messaging: 60,
  email: 86400,
  voice: 20,
};

export function defaultArrivals(): ArrivalConfig {
  return { times: null, rate: 0, profile: [1], profileSlotSeconds: 86400, weekdays: [1, 1, 1, 1, 1, 1, 1], spikes: [] };
}

/** A plain conversation the agent solves at the end; exchanges use the other fields. */
export function defaultConversation(): ConversationConfig {
  return {
    mode: 'plain',
    exchanges: { distribution: 'geometric', mean: 4 },
    agentReplyTime: { distribution: 'lognormal', mean: 45, sd: 36 },
    customerThinkTime: { distribution: 'exponential', mean: 90 },
    closing: { agentSolves: 1, agentEndsSession: 0, userEndsSession: 0, customerGoesSilent: 0 },
    silentSolvedAfter: 3600,
    abandoned: 'staysQueued',
    followUp: { probability: 0, after: { distribution: 'exponential', mean: 7200 } },
    endSessionWork: null,
  };
}

/** Offers are accepted at once unless the scenario describes its agents' accept times. */
export function defaultOffers(): OfferConfig {
  return { acceptTime: { distribution: 'deterministic', value: 0 }, missProbability: 0 };
}

/** A channel as if the scenario said nothing about it (no traffic). */
export function defaultChannel(channel: ChannelName): ChannelConfig {
  return {
    channel,
    enabled: false,
    arrivals: defaultArrivals(),
    handleTime: HANDLE_TIME[channel],
    patience: null,
    serviceLevelThreshold: SERVICE_LEVEL_THRESHOLD[channel],
    priorityMix: [0, 1, 0, 0],
    groupMix: [{ name: DEFAULTS.group, weight: 1 }],
    // Email needs the auto-routing tag for the standard queue (R2); new email carries it.
    tags: channel === 'email' ? ['auto-routing'] : [],
    wrapUp: null,
    pendingProbability: channel === 'email' ? 0.3 : 0,
    customerReplyAfter: { distribution: 'exponential', mean: 4 * 3600 },
    conversation: defaultConversation(),
    offers: defaultOffers(),
    skills: [],
    // No brands: tickets carry none and routing ignores R7 (a scenario with brands gives every
    // channel that creates tickets a mix).
    brands: [],
    sla: null,
    // Calls are assigned directly unless the scenario gives voice offers (R37).
    callOffers: null,
    // No AI agent unless the scenario describes one (R6).
    aiAgent: null,
  };
}

/** `aiAgent:` without `share`: the AI agent takes every new ticket of the channel first (R6). */
export const AI_AGENT_SHARE = 1;

/** A team's breaks, end of shift and voice offers, where the scenario leaves parts out. */
export const TEAM_WORK_DEFAULTS = {
  breakStatus: 'away' as AwayStatusName,
  /** Seconds between break turns: everyone at once. */
  stagger: 0,
  endOfShift: 'finish' as EndOfShift,
  /** `offers: {}` on voice: answered at once, never declined. */
  callOffers: { answerTime: { distribution: 'deterministic', value: 0 }, declineProbability: 0 } as CallOfferConfig,
} as const;
