// What the page needs to know about a run before its frames arrive: the agents (names, teams,
// capacities), the queue slots a frame counts, the channels and thresholds, and the frame
// interval (about 2,000 frames per run, at least a minute apart). Shared by the simulation
// worker and the views harness.

import { CHANNELS } from '../../sim/model/codes.ts';
import type { ChannelName } from '../../sim/model/codes.ts';
import type { CompiledScenario } from '../../sim/engine/compileScenario.ts';
import { agentNames } from '../../sim/engine/compileScenario.ts';
import type { RunMeta } from '../protocol.ts';
import { columnsOfTeams } from '../agentColumns.ts';

/** Queue slots of a frame: each custom queue and each group's standard queue, per channel, and
 *  each pull inbox's Unassigned view. */
export function queueSlots(compiled: CompiledScenario): { list: { name: string; channel: ChannelName }[]; index: Map<string, number> } {
  const sc = compiled.scenario;
  const list: { name: string; channel: ChannelName }[] = [];
  const channels = CHANNELS.filter((_, i) => sc.channels[i]!.enabled || i === 1); // email: tickets moved there
  // A queue split into subqueues (R12) waits as one queue per subqueue, "queue/subqueue".
  const names = sc.queues.flatMap((q) => (q.subqueues.length > 0 ? q.subqueues.map((s) => `${q.name}/${s.name}`) : [q.name]));
  for (const name of names) for (const c of channels) list.push({ name, channel: c });
  for (const g of sc.groups) for (const c of channels) list.push({ name: `standard/${g}`, channel: c });
  // Pull inboxes' Unassigned views (sim/routing/pull/PullInboxes.ts).
  for (const ib of sc.inboxes) if (ib.mode === 'pull') for (const c of ib.channels) list.push({ name: `unassigned/${ib.name}`, channel: c });
  return { list, index: new Map(list.map((q, i) => [`${q.name}|${q.channel}`, i])) };
}

export function runMeta(compiled: CompiledScenario, variant: string | null): RunMeta {
  const sc = compiled.scenario;
  const names = agentNames(sc);
  return {
    scenario: sc.name, variant, seed: sc.seed, horizon: sc.horizon, warmup: sc.warmup,
    interval: Math.max(60, Math.ceil(sc.horizon / 2000 / 60) * 60),
    channels: CHANNELS.filter((_, i) => sc.channels[i]!.enabled),
    thresholds: Object.fromEntries(sc.channels.map((c) => [c.channel, c.serviceLevelThreshold])) as Record<ChannelName, number>,
    // Columns, not an object per agent: the page receives them in one copy (AgentColumns).
    agents: columnsOfTeams(sc.teams.map((t, k) => {
      const rule = sc.capacityRules.find((x) => x.name === t.capacityRule)!;
      const first = sc.teams.slice(0, k).reduce((n, x) => n + x.count, 0);
      return { team: t.name, names: names.slice(first, first + t.count), capacity: { messaging: rule.messaging, email: rule.email, voice: rule.voice } };
    })),
    queues: queueSlots(compiled).list,
    replications: sc.replications,
  };
}
