// What a planner's real team does besides taking work: breaks, what happens to work in
// progress at the end of a shift, disconnections (R20, Q17), call offers (R37), and the help
// desk's reassignment settings (R39, R40, R41). Configuration types; the defaults are in
// defaults.ts (team keys) and settings.ts (settings), the readers in read/readAgentWork.ts, the
// behaviour in behaviour/agents/.

import type { DistributionSpec } from '../kernel/distributions/Distribution.ts';
import type { AgentStatusName, PriorityName } from '../model/codes.ts';

/** A status an agent can be moved to by a break or a reassignment rule (never online). */
export type AwayStatusName = Exclude<AgentStatusName, 'online'>;
export const AWAY_STATUSES: readonly AwayStatusName[] = ['away', 'transfers-only', 'offline'];

/** Channels whose open tickets reassignment can take from an agent (calls never: R5). */
export type ReassignChannel = 'email' | 'messaging';
export const REASSIGN_CHANNELS: readonly ReassignChannel[] = ['email', 'messaging'];

/**
 * A daily break of a team: `{ at: "12:00", duration: 30m, status: away, stagger: 10m, waves: 3 }`.
 * The team's agents go in `waves` turns (agent k of n is in turn ⌊k·waves/n⌋), each turn
 * `stagger` after the previous; a break that would start while the agent is off shift is skipped.
 */
export interface BreakConfig {
  /** Seconds after midnight the first turn starts. */
  at: number;
  duration: number;
  status: AwayStatusName;
  /** Seconds between consecutive turns (0: everyone at once). */
  stagger: number;
  /** Number of turns; null: one agent per turn. */
  waves: number | null;
}

/** Seconds after midnight agent k (of a team of n) starts this break. */
export function breakStart(b: BreakConfig, k: number, n: number): number {
  const turns = b.waves ?? n;
  const turn = n > 0 ? Math.floor((k * turns) / n) : 0;
  return (b.at + turn * b.stagger) % 86400;
}

/** Work in progress when an agent's shift ends (calls always finish, R5). */
export type EndOfShift = 'finish' | 'handBack' | 'reassign';
export const END_OF_SHIFT: readonly EndOfShift[] = ['finish', 'handBack', 'reassign'];

/** Disconnections (device sleep, closed workspace, network loss, R20): per agent while on
 *  shift, at `rate` (per second), each lasting a drawn duration. */
export interface DisconnectConfig {
  rate: number;
  duration: DistributionSpec;
}

/** R37: calls are offered to agents, who answer after `answerTime` or decline. */
export interface CallOfferConfig {
  answerTime: DistributionSpec;
  declineProbability: number;
}

/** R40: `settings.autoReassign`. */
export interface AutoReassignSetting {
  /** Statuses that start the countdown; empty: the rule is off. */
  statuses: AwayStatusName[];
  /** Delay after the status change (the help desk's 1 minute). */
  after: number;
  /** Most recently updated open tickets taken (the help desk's 50). */
  max: number;
  channels: ReassignChannel[];
  priorities: PriorityName[];
}

/** R39: `settings.reassignReopened`. */
export interface ReassignReopenedSetting {
  /** Statuses of the assignee for which a reopened ticket is re-routed; empty: off. */
  statuses: AwayStatusName[];
  channels: ReassignChannel[];
}

