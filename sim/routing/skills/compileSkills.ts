// R18: skill names → bits. A ticket's skills, an agent's skills and high-priority skills are
// bit masks over the scenario's skills (first seen in the channels, then in the teams), so
// "the agent holds all of the ticket's skills" is one AND. R7's brands take the bits after the
// skills' (compileBrands.ts): an agent's mask holds its skills and its brands, a ticket's
// routing mask is its skills and its brand. At most 30 skills and brands per scenario.

import type { Scenario } from '../../scenario/Scenario.ts';
import type { CompileProblem } from '../../triggers/conditions/compileConditions.ts';
import { CHANNELS } from '../../model/codes.ts';
import { isSkillAction } from '../../triggers/actions/actions.ts';
import { brandNames } from '../../scenario/brandNames.ts';
import { compileBrands, teamBrandMask } from './compileBrands.ts';
import type { CompiledBrands } from './compileBrands.ts';

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
  /** Per team: the skills its agents hold and the brands they belong to (R7), and the high-priority skills. */
  teams: number[];
  priority: number[];
  /** R7: the scenario's brands, null when its tickets have none. */
  brands: CompiledBrands | null;
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
 * The scenario's skills and brands, or null when no ticket can carry either — no channel draws
 * skills, no trigger sets them and no channel has brands (then routing keeps its skill-free
 * fast path). With brands but no skills on tickets, only the brands take bits. Too many is a
 * problem with the path of the first one too many.
 */
export function compileSkills(sc: Scenario, problems: CompileProblem[]): CompiledSkills | null {
  const carried = sc.channels.some((c) => c.enabled && c.skills.some((s) => s.share > 0)) || triggersSetSkills(sc);
  const brandList = brandNames(sc);
  if (!carried && brandList.length === 0) return null;
  const names = carried ? skillNames(sc) : [];
  if (names.length + brandList.length > MAX_SKILLS) {
    problems.push(tooMany(sc, names, brandList));
    return null;
  }
  const mask = (list: readonly string[]) => list.reduce((m, s) => m | (1 << names.indexOf(s)), 0);
  const draws = CHANNELS.map((_, code) => {
    const mix = carried ? sc.channels[code]!.skills.filter((s) => s.share > 0) : [];
    return {
      bits: Int32Array.from(mix, (s) => 1 << names.indexOf(s.skill)),
      shares: Float64Array.from(mix, (s) => s.share),
      // optionalSkills: all makes a required skill optional at the API's default priority, 1.
      priority: Int32Array.from(mix, (s) => (s.priority === 0 && sc.settings.optionalSkills === 'all' ? 1 : s.priority)),
    };
  });
  const brands = compileBrands(sc, names.length);
  return {
    names, draws, brands,
    teams: sc.teams.map((t) => (carried ? mask(t.skills ?? []) : 0) | (brands !== null ? teamBrandMask(brands, t) : 0)),
    priority: sc.teams.map((t) => (carried ? mask(t.prioritySkills ?? []) : 0)),
  };
}

/** The problem of a scenario with more than MAX_SKILLS skills and brands, at the first one too many. */
function tooMany(sc: Scenario, names: string[], brandList: string[]): CompileProblem {
  const all = [...names, ...brandList];
  const extra = all[MAX_SKILLS]!;
  const what = `a scenario has at most ${MAX_SKILLS} skills and brands together`;
  if (MAX_SKILLS >= names.length) {
    const c = sc.channels.find((x) => x.brands.some((b) => b.brand === extra))!;
    return { path: `channels.${c.channel}.brands.${extra}`, message: `${what} (R7 brands take routing bits after the ${names.length} skills); brand "${extra}" is number ${MAX_SKILLS + 1}` };
  }
  const c = sc.channels.find((x) => x.skills.some((s) => s.skill === extra));
  const t = sc.teams.findIndex((x) => (x.skills ?? []).includes(extra));
  const path = c ? `channels.${c.channel}.skills.${extra}` : `agents[${t}].skills`;
  return { path, message: brandList.length > 0 ? `${what}; "${extra}" is number ${MAX_SKILLS + 1}` : `a scenario has at most ${MAX_SKILLS} skills; "${extra}" is skill number ${MAX_SKILLS + 1}` };
}

/** The skill names of a mask, in bit order (for events and traces). */
export function maskNames(skills: CompiledSkills, mask: number): string[] {
  return skills.names.filter((_, i) => (mask & (1 << i)) !== 0);
}
