// Build once, run many: resolves a parsed scenario's names into what every replication
// shares (compiled queue conditions). Problems found here are scenario errors with paths.

import type { Scenario } from '../scenario/Scenario.ts';
import type { RoutingQueue } from '../routing/Router.ts';
import { compileConditions } from '../triggers/conditions/compileConditions.ts';
import type { CompileProblem } from '../triggers/conditions/compileConditions.ts';
import { compileTriggers } from '../triggers/compileTriggers.ts';
import type { CompiledTriggers } from '../triggers/compileTriggers.ts';
import { routingQueues } from '../routing/subqueues.ts';
import { compileSkills, skillNames } from '../routing/skills/compileSkills.ts';
import type { CompiledSkills } from '../routing/skills/compileSkills.ts';
import { brandNames } from '../scenario/brandNames.ts';

export interface CompiledScenario {
  scenario: Scenario;
  queues: RoutingQueue[];
  triggers: CompiledTriggers;
  /** R18 and R7: the scenario's skills and brands, or null when no ticket carries either (no
   *  skills drawn or set by triggers, no brands). */
  skills: CompiledSkills | null;
}

/** Agent names as the engine builds them: "<team>-<n>". */
export function agentNames(scenario: Scenario): string[] {
  return scenario.teams.flatMap((t) => Array.from({ length: t.count }, (_, i) => `${t.name}-${i + 1}`));
}

export function compileScenario(scenario: Scenario): { compiled: CompiledScenario; problems: CompileProblem[] } {
  const problems: CompileProblem[] = [];
  const brands = brandNames(scenario);
  const names = { groups: scenario.groups, brands, queue: true, settings: scenario.settings };
  const triggerNames = {
    groups: scenario.groups, agents: agentNames(scenario), schedules: scenario.schedules.map((s) => s.name),
    skills: skillNames(scenario), brands, settings: scenario.settings,
  };
  const triggers = compileTriggers(scenario.triggers, scenario.messagingTriggers, triggerNames, problems, scenario.automations);
  // R12: a queue with subqueues becomes one routing queue per subqueue.
  const queues = scenario.queues.flatMap((q, i) => routingQueues(
    q, compileConditions(q.conditions, names, `queues[${i}].conditions`, problems),
    (g) => scenario.groups.indexOf(g), q.sortBySla ?? scenario.settings.sortBySla,
  ));
  const skills = compileSkills(scenario, problems);
  return { compiled: { scenario, queues, triggers, skills }, problems };
}
