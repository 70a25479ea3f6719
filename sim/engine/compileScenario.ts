// Build once, run many: resolves a parsed scenario's names into what every replication
// shares (compiled queue conditions). Problems found here are scenario errors with paths.

import type { Scenario } from '../scenario/Scenario.ts';
import type { RoutingQueue } from '../routing/Router.ts';
import { compileConditions } from '../triggers/conditions/compileConditions.ts';
import type { CompileProblem } from '../triggers/conditions/compileConditions.ts';

export interface CompiledScenario {
  scenario: Scenario;
  queues: RoutingQueue[];
}

export function compileScenario(scenario: Scenario): { compiled: CompiledScenario; problems: CompileProblem[] } {
  const problems: CompileProblem[] = [];
  const names = { groups: scenario.groups };
  const queues = scenario.queues.map((q, i) => ({
    name: q.name,
    matches: compileConditions(q.conditions, names, `queues[${i}].conditions`, problems),
    primaryGroups: q.primaryGroups.map((g) => scenario.groups.indexOf(g)),
    secondaryGroups: q.secondaryGroups.map((g) => scenario.groups.indexOf(g)),
  }));
  return { compiled: { scenario, queues }, problems };
}
