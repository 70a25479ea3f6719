// The analytic figure for a scenario channel, when the scenario is one the formulas describe:
// constant Poisson arrivals, every agent online all the time in one pool, no triggers, plain
// conversations answered at once (no offer delay), exponential or no patience. Then the
// channel is M/M/N (Erlang C) or M/M/N+M (Erlang A) with N = the sum of the channel's
// capacity. Returns null (with the reason) otherwise; a note says when handle times are not
// exponential, as the formulas assume.

import type { Scenario } from '../scenario/Scenario.ts';
import type { ChannelName } from '../model/codes.ts';
import { CHANNELS } from '../model/codes.ts';
import { makeDistribution } from '../kernel/distributions/makeDistribution.ts';
import { erlang } from './erlang.ts';
import { channelCapacity } from '../scenario/channelCapacity.ts';
import type { QueueFigures } from './QueueFigures.ts';
import { humanShare } from '../scenario/AiAgentConfig.ts';

export type ErlangVerdict = { figures: QueueFigures; note: string | null } | { figures: null; reason: string };

export function erlangFor(sc: Scenario, channel: ChannelName): ErlangVerdict {
  const c = sc.channels[CHANNELS.indexOf(channel)]!;
  const no = (reason: string): ErlangVerdict => ({ figures: null, reason });
  if (!c.enabled) return no('no traffic');
  const a = c.arrivals;
  if (a.times || a.spikes.length > 0 || new Set(a.profile).size > 1 || new Set(a.weekdays).size > 1) return no('arrivals vary over time');
  if (sc.triggers.length + sc.messagingTriggers.length + sc.automations.length > 0) return no('triggers change the tickets');
  if (sc.queues.length > 0 || sc.groups.length > 1) return no('several queues or groups');
  if (sc.teams.some((t) => t.shift !== null || t.staffing !== null || t.status !== 'online')) return no('agents are not all online all the time');
  if (sc.inboxes.some((x) => x.mode === 'pull' && x.channels.includes(channel))) return no('agents pick tickets from an Unassigned view (pull inbox)');
  if (channel === 'messaging') {
    if (c.conversation.mode !== 'plain') return no('conversations are exchanges of messages');
    if (!sc.settings.autoAccept && (c.offers.acceptTime.distribution !== 'deterministic' || c.offers.acceptTime.value > 0)) return no('offers take time to accept');
    if (c.conversation.closing.agentSolves < 1) return no('conversations end in more than one way');
  }
  if (channel === 'email' && c.pendingProbability > 0) return no('email tickets come back from pending');
  if (c.patience && c.patience.distribution !== 'exponential') return no('patience is not exponential (Erlang A assumes it is)');
  if (channel === 'voice' && c.wrapUp) return no('calls have wrap-up');
  const servers = channelCapacity(sc, channel);
  if (servers === 0) return no('no agent has capacity on this channel');
  const aht = makeDistribution(c.handleTime).mean;
  const figures = erlang({
    // R6: what the AI agent escalates (after independent delays) and what it does not take is
    // again Poisson in steady state, at the share of the rate that reaches the agents.
    arrivalRatePerSecond: a.rate * a.profile[0]! * a.weekdays[0]! * humanShare(c.aiAgent),
    meanHandleSeconds: aht,
    agents: servers,
    thresholdSeconds: c.serviceLevelThreshold,
    ...(c.patience ? { patienceSeconds: makeDistribution(c.patience).mean } : {}),
  });
  const note = c.handleTime.distribution === 'exponential' ? null : 'handle times are not exponential; the formula assumes they are';
  return { figures, note };
}
