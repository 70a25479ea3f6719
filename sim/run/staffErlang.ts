// What a staffing search (`omnisim staff`) starts from: Erlang's estimate of the agents a team
// needs for a target at a rate, the floor below which the queue grows without limit, and the
// part of a channel's arrival rate the team's agents see.

import type { Scenario } from '../scenario/Scenario.ts';
import type { ChannelName } from '../model/codes.ts';
import { CHANNELS } from '../model/codes.ts';
import { minimumAgents } from '../analytic/staffing.ts';
import { makeDistribution } from '../kernel/distributions/makeDistribution.ts';
import { makeCount } from '../kernel/distributions/CountDistribution.ts';
import { humanShare } from '../scenario/AiAgentConfig.ts';
import { channelCapacity, teamCapacity } from '../scenario/channelCapacity.ts';
import { unboundedHolding } from '../scenario/unboundedHolding.ts';
import { brandShare } from './brandStaffing.ts';
import type { ChannelTarget } from './staffing.ts';

/** Mean work per ticket of a channel, in seconds (a conversation's length for exchanges). */
function meanWork(sc: Scenario, channel: ChannelName): number {
  const c = sc.channels[CHANNELS.indexOf(channel)]!;
  if (channel === 'messaging' && c.conversation.mode === 'exchanges') {
    const conv = c.conversation;
    const n = makeCount(conv.exchanges).mean;
    return n * makeDistribution(conv.agentReplyTime).mean + (n - 1) * makeDistribution(conv.customerThinkTime).mean;
  }
  return makeDistribution(c.handleTime).mean + (c.wrapUp ? makeDistribution(c.wrapUp).mean : 0);
}

/** Erlang's minimum agents of the team for a channel at a rate (the team alone serving it); null
 *  when no number of agents reaches the target by the formulas (say, a service level of 100 %). */
export function erlangAgents(sc: Scenario, team: number, target: ChannelTarget, ratePerSecond: number): number | null {
  if (ratePerSecond <= 0) return 0;
  const k = teamCapacity(sc, sc.teams[team]!, target.channel);
  if (k <= 0) return 0;
  const c = sc.channels[CHANNELS.indexOf(target.channel)]!;
  const patience = c.patience && c.patience.distribution === 'exponential' ? makeDistribution(c.patience).mean : undefined;
  try {
    return minimumAgents(
      {
        arrivalRatePerSecond: ratePerSecond, meanHandleSeconds: meanWork(sc, target.channel), concurrency: k,
        thresholdSeconds: target.serviceLevel?.threshold ?? c.serviceLevelThreshold, ...(patience ? { patienceSeconds: patience } : {}),
      },
      {
        ...(target.serviceLevel ? { serviceLevel: target.serviceLevel.fraction } : {}),
        ...(target.maxAsaSeconds !== undefined ? { maxAsaSeconds: target.maxAsaSeconds } : {}),
        ...(target.maxAbandonRate !== undefined ? { maxAbandonRate: target.maxAbandonRate } : {}),
        ...(target.maxOccupancy !== undefined ? { maxOccupancy: target.maxOccupancy } : {}),
      },
    ).agents;
  } catch {
    return null;
  }
}

/**
 * The fewest agents of the team with which all the agents together hold more than the channel's
 * load at `ratePerSecond` (the other teams at full count: the most they can help). Below it, with
 * no customer giving up, the queue grows without limit: nobody abandons and every agent is busy,
 * so a finite run "meets" an abandon or occupancy target that no real day would. 0 where such a
 * queue need not grow (patience, email, exchanges, replay; see unboundedHolding).
 */
export function stableFloor(sc: Scenario, team: number, channel: ChannelName, ratePerSecond: number): number {
  const holding = unboundedHolding(sc.channels[CHANNELS.indexOf(channel)]!);
  const k = teamCapacity(sc, sc.teams[team]!, channel);
  if (holding === null || k <= 0 || ratePerSecond <= 0) return 0;
  const load = ratePerSecond * holding;
  const others = channelCapacity(sc, channel) - sc.teams[team]!.count * k;
  // A load a hair below a whole number of units (rounding) is that number: it needs one more.
  return load < others ? 0 : Math.floor((load - others) / k + 1e-9) + 1;
}

/**
 * A rate as integrating it over the day left it, less the last bits of rounding: 200/h × 3 min
 * at a slot's 199.99999999999997/h is 9.999… Erlangs, which 10 agents "carry" at an infinite wait.
 */
function exact(ratePerSecond: number): number {
  return Number(ratePerSecond.toPrecision(12));
}

/** R6: the part of a channel's arrival rate that reaches routing; R7: the brand's part of it. */
export function routedRate(ch: Scenario['channels'][number], perSecond: number, brand: string | undefined): number {
  return exact(perSecond * humanShare(ch.aiAgent)) * brandShare(ch, brand);
}
