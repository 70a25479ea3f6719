// The analytic figure for a scenario channel, when the scenario is one the formulas describe:
// constant Poisson arrivals, every agent online all the time (no breaks or disconnections) in
// one pool every ticket may go to (no skills or brands some agents lack, no focus mode sharing
// them with another channel), first come first served, no triggers, plain conversations and
// calls answered at once (no offer delay), exponential or no patience. Then the
// channel is M/M/N (Erlang C) or M/M/N+M (Erlang A) with N = the sum of the channel's
// capacity. Returns null (with the reason) otherwise; a note says when handle times are not
// exponential, as the formulas assume.

import type { Scenario } from '../scenario/Scenario.ts';
import type { ChannelName } from '../model/codes.ts';
import { CHANNELS } from '../model/codes.ts';
import { makeDistribution } from '../kernel/distributions/makeDistribution.ts';
import { erlang } from './erlang.ts';
import { channelCapacity, teamCapacity } from '../scenario/channelCapacity.ts';
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
  if (sc.teams.some((t) => t.breaks.length > 0)) return no('agents take breaks');
  if (sc.teams.some((t) => t.disconnects !== null)) return no('agents disconnect');
  // The agents who take the channel: one pool only if every ticket may go to every one of them.
  const takers = sc.teams.filter((t) => t.count > 0 && teamCapacity(sc, t, channel) > 0);
  if (c.skills.some((s) => s.share > 0 && takers.some((t) => !t.skills?.includes(s.skill)))) return no('tickets need skills not every agent has (R18)');
  if (c.brands.length > 0 && takers.some((t) => t.brands !== undefined && c.brands.some((b) => !t.brands!.includes(b.brand)))) return no('agents are restricted to some brands (R7)');
  // Erlang's waits are first come, first served: P(wait) and the mean wait hold in any order,
  // the service level (a share of waits below a threshold) does not.
  if (sc.settings.queueOrder === 'priority' && c.priorityMix.filter((w) => w > 0).length > 1) return no('tickets of several priorities are answered in priority order');
  if (sc.settings.sortBySla && c.sla !== null) return no('queues are sorted by SLA (R15)');
  if (sc.settings.focusMode && channel !== 'email') {
    const other = channel === 'voice' ? 'messaging' : 'voice';
    if (sc.channels[CHANNELS.indexOf(other)]!.enabled && takers.some((t) => teamCapacity(sc, t, other) > 0)) return no('focus mode shares agents between messaging and calls (R24)');
  }
  if (sc.inboxes.some((x) => x.mode === 'pull' && x.channels.includes(channel))) return no('agents pick tickets from an Unassigned view (pull inbox)');
  if (channel === 'messaging') {
    if (c.conversation.mode !== 'plain') return no('conversations are exchanges of messages');
    if (!sc.settings.autoAccept && (c.offers.acceptTime.distribution !== 'deterministic' || c.offers.acceptTime.value > 0)) return no('offers take time to accept');
    if (c.conversation.closing.agentSolves < 1) return no('conversations end in more than one way');
  }
  if (channel === 'email' && c.pendingProbability > 0) return no('email tickets come back from pending');
  if (c.patience && c.patience.distribution !== 'exponential') return no('patience is not exponential (Erlang A assumes it is)');
  if (channel === 'voice' && c.wrapUp) return no('calls have wrap-up');
  if (channel === 'voice' && c.callOffers) return no('calls ring an agent before they are answered (offers, R37)');
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
