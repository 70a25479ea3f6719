// R18: skill names → bits. A ticket's skills, an agent's skills and high-priority skills are
// bit masks over the scenario's skills (first seen in the channels, then in the teams), so
// "the agent holds all of the ticket's skills" is one AND. At most 30 skills per scenario.

import type { Scenario } from '../../scenario/Scenario.ts';
import type { CompileProblem } from '../../triggers/conditions/compileConditions.ts';
import { CHANNELS } from '../../model/codes.ts';
import { isSkillAction } from '../../triggers/actions/actions.ts';

export const MAX_SKILLS = 30;

/** One channel's draw table: per skill its bit, its share and its priority (0 required, 1–3 optional). */
export interface SkillDraw {
  bits: Int32Array;
  shares: Float64Array;
  priority: Int32Array;
}

export interface CompiledSkills {
  /** Skill name of bit i. */
  names: string[];
  /** Per channel code. */
  draws: SkillDraw[];
  /** Per team: the skills its agents hold, and the high-priority ones. */
  teams: number[];
  priority: number[];
}

export function skillNames(sc: Scenario): string[] {
  const seen: string[] = [];
  const add = (s: string) => {
    if (!seen.includes(s)) seen.push(s);
  };
  for (const c of sc.channels) for (const s of c.skills) add(s.skill);
  for (const t of sc.teams) (t.skills ?? []).forEach(add);
  return seen;
}

/** Whether a trigger, messaging trigger or automation can give tickets skills (add_skills, set_skills). */
export function triggersSetSkills(sc: Scenario): boolean {
  return [...sc.triggers, ...sc.messagingTriggers, ...sc.automations]
    .some((r) => r.actions.some((a) => isSkillAction(a.field)));
}

/**
 * The scenario's skills, or null when no ticket can carry one — no channel draws skills and no
 * trigger sets them (then routing keeps its skill-free fast path). Too many skills is a
 * problem with the path of the first one too many.
 */
export function compileSkills(sc: Scenario, problems: CompileProblem[]): CompiledSkills | null {
  if (!sc.channels.some((c) => c.enabled && c.skills.some((s) => s.share > 0)) && !triggersSetSkills(sc)) return null;
  const names = skillNames(sc);
  if (names.length > MAX_SKILLS) {
    const extra = names[MAX_SKILLS]!;
    const c = sc.channels.find((x) => x.skills.some((s) => s.skill === extra));
    const t = sc.teams.findIndex((x) => (x.skills ?? []).includes(extra));
    const path = c ? `channels.${c.channel}.skills.${extra}` : `agents[${t}].skills`;
    problems.push({ path, message: `a scenario has at most ${MAX_SKILLS} skills; "${extra}" is skill number ${MAX_SKILLS + 1}` });
    return null;
  }
  const mask = (list: readonly string[]) => list.reduce((m, s) => m | (1 << names.indexOf(s)), 0);
  const draws = CHANNELS.map((_, code) => {
    const mix = sc.channels[code]!.skills.filter((s) => s.share > 0);
    return {
      bits: Int32Array.from(mix, (s) => 1 << names.indexOf(s.skill)),
      shares: Float64Array.from(mix, (s) => s.share),
      // optionalSkills: all makes a required skill optional at the API's default priority, 1.
      priority: Int32Array.from(mix, (s) => (s.priority === 0 && sc.settings.optionalSkills === 'all' ? 1 : s.priority)),
    };
  });
  return { names, draws, teams: sc.teams.map((t) => mask(t.skills ?? [])), priority: sc.teams.map((t) => mask(t.prioritySkills ?? [])) };
}

/** The skill names of a mask, in bit order (for events and traces). */
export function maskNames(skills: CompiledSkills, mask: number): string[] {
  return skills.names.filter((_, i) => (mask & (1 << i)) !== 0);
}
