// The roster of a run: one Agent per team member, named "<team>-<n>", with its team's
// capacity rule (R25) and groups. With tieBreak = random (Q15) the final tie-break ranks
// come from a seeded permutation.

import type { Scenario } from '../scenario/Scenario.ts';
import type { RandomStreams } from '../kernel/RandomStreams.ts';
import { Agent } from '../model/Agent.ts';
import { AgentLoads } from '../model/AgentLoads.ts';
import { AGENT_STATUSES, EMAIL, MESSAGING, VOICE } from '../model/codes.ts';
import type { AgentStatusCode } from '../model/codes.ts';
import { compileSkills } from '../routing/skills/compileSkills.ts';

export function buildAgents(sc: Scenario, streams: RandomStreams): { agents: Agent[]; loads: AgentLoads } {
  const agents: Agent[] = [];
  const loads = new AgentLoads(sc.teams.reduce((n, team) => n + team.count, 0));
  const skills = compileSkills(sc, []); // R18: null when no ticket carries skills
  sc.teams.forEach((team, ti) => {
    const rule = sc.capacityRules.find((r) => r.name === team.capacityRule)!;
    const groups = team.groups.map((g) => sc.groups.indexOf(g));
    for (let i = 0; i < team.count; i++) {
      const a = new Agent(agents.length, `${team.name}-${i + 1}`, ti, groups, rule.name, loads);
      a.max[MESSAGING] = rule.messaging;
      a.max[EMAIL] = rule.email;
      a.max[VOICE] = rule.voice;
      a.status = AGENT_STATUSES.indexOf(team.status) as AgentStatusCode;
      if (skills !== null) {
        a.skills = skills.teams[ti]!;
        a.prioritySkills = skills.priority[ti]!;
      }
      agents.push(a);
    }
  });
  if (sc.settings.tieBreak === 'random') {
    const u = streams.get('tie-break');
    const ranks = agents.map((_, i) => i);
    for (let i = ranks.length - 1; i > 0; i--) {
      const j = Math.floor(u.next() * (i + 1));
      [ranks[i], ranks[j]] = [ranks[j]!, ranks[i]!];
    }
    agents.forEach((a, i) => (a.tieRank = ranks[i]!));
  }
  return { agents, loads };
}
