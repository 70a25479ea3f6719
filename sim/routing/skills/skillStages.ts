// R18: optional skills expire in stages, by the priority the Triggers API gives each skill.
//
// Zendesk, "Setting skill priority with skills in trigger action"
// (https://developer.zendesk.com/documentation/ticketing/using-the-zendesk-api/setting-skill-priority-with-skills-in-trigger-action):
//   "optional skills remain on the ticket but are only considered by omnichannel routing before
//   the skills timeout occurs and are dropped at intervals based on the priority." 0 Required,
//   expires never; 1 Optional High Priority, expires last; 2 Optional Medium Priority, expires
//   after soonest; 3 Optional Low Priority, expires soonest. For skills #1, #3 and #0: "After
//   the first skills timeout occurs [#3] will be dropped, then [#1] will subsequently be dropped
//   after the second skills timeout, which would leave only [#0]".
// So each timeout drops the lowest-priority stage still present (an absent stage takes no
// timeout of its own), and the clock runs again while optional skills remain.

/** A ticket's skills by stage (Ticket has these fields; trigger actions build them too). */
export interface SkillStages {
  /** Every skill an agent must hold now. */
  skills: number;
  /** Those of them a timeout drops, whatever their priority (1–3). */
  optionalSkills: number;
  /** Of the optional skills, those of priority 2 (medium) and 3 (low); the rest are 1 (high). */
  optionalMedium: number;
  optionalLow: number;
}

export const noSkills = (): SkillStages => ({ skills: 0, optionalSkills: 0, optionalMedium: 0, optionalLow: 0 });

/** Gives a skill (its bit) the API priority: 0 required, 1–3 optional; it replaces any earlier one. */
export function addSkill(s: SkillStages, bit: number, priority: number): void {
  s.skills |= bit;
  s.optionalSkills = priority > 0 ? s.optionalSkills | bit : s.optionalSkills & ~bit;
  s.optionalMedium = priority === 2 ? s.optionalMedium | bit : s.optionalMedium & ~bit;
  s.optionalLow = priority === 3 ? s.optionalLow | bit : s.optionalLow & ~bit;
}

/** `s` with the skills of `added` added, each at the priority `added` gives it (add_skills). */
export function withSkills(s: SkillStages, added: SkillStages): SkillStages {
  const kept = (mask: number) => mask & ~added.skills;
  return {
    skills: s.skills | added.skills,
    optionalSkills: kept(s.optionalSkills) | added.optionalSkills,
    optionalMedium: kept(s.optionalMedium) | added.optionalMedium,
    optionalLow: kept(s.optionalLow) | added.optionalLow,
  };
}

export function sameSkills(a: SkillStages, b: SkillStages): boolean {
  return a.skills === b.skills && a.optionalSkills === b.optionalSkills && a.optionalMedium === b.optionalMedium && a.optionalLow === b.optionalLow;
}

export function copySkills(to: SkillStages, from: SkillStages): void {
  to.skills = from.skills;
  to.optionalSkills = from.optionalSkills;
  to.optionalMedium = from.optionalMedium;
  to.optionalLow = from.optionalLow;
}

/** The optional skills the next timeout drops: priority 3 first, then 2, then 1 (0 if none). */
export function expiringNext(s: SkillStages): number {
  return s.optionalLow || s.optionalMedium || s.optionalSkills;
}

/** The API's names of the optional priorities (Optional High, Medium, Low Priority). */
export const STAGE_NAMES = { 1: 'high', 2: 'medium', 3: 'low' } as const;

/** The API priority of the stage the next timeout drops (while optional skills remain): 3, then 2, then 1. */
export function stageNext(s: SkillStages): 1 | 2 | 3 {
  return s.optionalLow ? 3 : s.optionalMedium ? 2 : 1;
}

/** Takes the skills of `mask` off, from every stage. */
export function dropSkills(s: SkillStages, mask: number): void {
  s.skills &= ~mask;
  s.optionalSkills &= ~mask;
  s.optionalMedium &= ~mask;
  s.optionalLow &= ~mask;
}
