// Build once, run many: resolves a parsed scenario's names into what every replication
// shares (compiled queue conditions). Problems found here are scenario errors with paths.

import type { Scenario } from '../scenario/Scenario.ts';
import type { RoutingQueue } from '../routing/Router.ts';
import { compileConditions } from '../triggers/conditions/compileConditions.ts';
import type { CompileProblem } from '../triggers/conditions/compileConditions.ts';
import { compileTriggers } from '../triggers/compileTriggers.ts';
import type { CompiledTriggers } from '../triggers/compileTriggers.ts';

export interface CompiledScenario {
  scenario: Scenario;
  queues: RoutingQueue[];
  triggers: CompiledTriggers;
}

/** Agent names as the engine builds them: "<team>-<n>". */
export function agentNames(scenario: Scenario): string[] {
  return scenario.teams.flatMap((t) => Array.from({ length: t.count }, (_, i) => `${t.name}-${i + 1}`));
}

export function compileScenario(scenario: Scenario): { compiled: CompiledScenario; problems: CompileProblem[] } {
  const problems: CompileProblem[] = [];
  const names = { groups: scenario.groups, queue: true, settings: scenario.settings };
  const triggerNames = {
    groups: scenario.groups, agents: agentNames(scenario), schedules: scenario.schedules.map((s) => s.name), settings: scenario.settings,
  };
  const triggers = compileTriggers(scenario.triggers, scenario.messagingTriggers, triggerNames, problems, scenario.automations);
  const queues = scenario.queues.map((q, i) => ({
    name: q.name,
    matches: compileConditions(q.conditions, names, `queues[${i}].conditions`, problems),
    primaryGroups: q.primaryGroups.map((g) => scenario.groups.indexOf(g)),
    secondaryGroups: q.secondaryGroups.map((g) => scenario.groups.indexOf(g)),
  }));
  return { compiled: { scenario, queues, triggers }, problems };
}
