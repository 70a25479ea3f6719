// Skills (R18) and first-reply SLA targets (R15) of a scenario:
//   channels.<channel>.skills: { spanish: 20%, billing: { share: 35%, optional: true }, vip: { share: 5%, priority: 3 } }
//   channels.<channel>.sla:    { firstReply: { urgent: 30m, high: 2h, normal: 8h } }
//   agents[i].skills: [spanish, billing]      agents[i].prioritySkills: [spanish]

import type { Scenario, SkillShare, SlaTargets } from '../Scenario.ts';
import type { Problems } from './Problems.ts';
import { PRIORITIES } from '../../model/codes.ts';
import { bool, duration, fraction, join, mapping, names, number } from './fields.ts';
import type { Raw } from './fields.ts';
import { describeValue } from './describeValue.ts';
import { isSkillAction } from '../../triggers/actions/actions.ts';
import { skillEntries } from '../../triggers/actions/skillsAction.ts';

/** A channel's skill mix: each skill is drawn on its own, with its share, for every new ticket. */
export function readSkillMix(v: unknown, path: string, p: Problems): SkillShare[] {
  const out: SkillShare[] = [];
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    p.error(path, `expected a mapping of skill: share (e.g. { spanish: 20%, billing: { share: 35%, optional: true } }), got ${describeValue(v)}`);
    return out;
  }
  for (const [skill, raw] of Object.entries(v as Record<string, unknown>)) {
    const at = join(path, skill);
    if (skill.trim() === '') {
      p.error(at, 'a skill needs a name');
      continue;
    }
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
      const m = mapping(raw, at, p, ['share', 'optional', 'priority']);
      if (!m) continue;
      if (m['share'] === undefined) {
        p.error(join(at, 'share'), 'give the share of tickets that need the skill, e.g. share: 20%');
        continue;
      }
      const share = fraction(m['share'], join(at, 'share'), p);
      const priority = skillPriority(m, at, p);
      if (share !== undefined && priority !== undefined) out.push({ skill, share, priority });
    } else {
      const share = fraction(raw, at, p);
      if (share !== undefined) out.push({ skill, share, priority: 0 });
    }
  }
  return out;
}

/**
 * A drawn skill's priority, as a trigger's "name#priority" (R18): `priority: 0` required,
 * 1–3 optional (3 dropped at the first timeout); `optional: true` is 1, the API's default.
 */
function skillPriority(m: Raw, at: string, p: Problems): number | undefined {
  // null: not given; undefined: wrong (the problem is recorded).
  const optional = m['optional'] === undefined ? null : bool(m['optional'], join(at, 'optional'), p);
  if (optional === undefined) return undefined;
  if (m['priority'] === undefined) return optional ? 1 : 0;
  const priority = number(m['priority'], join(at, 'priority'), p, { min: 0, max: 3, whole: true });
  if (priority !== undefined && optional !== null && optional !== priority > 0) {
    p.error(join(at, 'optional'), `optional: ${optional} contradicts priority: ${priority} (0 is required, 1–3 optional); give one of them`);
    return undefined;
  }
  return priority;
}

/** A team's skills and its high-priority skills (which must be among its skills). */
export function readTeamSkills(m: Record<string, unknown>, at: string, p: Problems): { skills?: string[]; prioritySkills?: string[] } {
  const skills = m['skills'] === undefined ? [] : names(m['skills'], join(at, 'skills'), p) ?? [];
  const prioritySkills = m['prioritySkills'] === undefined ? [] : names(m['prioritySkills'], join(at, 'prioritySkills'), p) ?? [];
  prioritySkills.forEach((s, i) => {
    if (!skills.includes(s)) {
      p.error(join(join(at, 'prioritySkills'), i), `"${s}" is not among the team's skills (${skills.join(', ') || 'none'}); a high-priority skill is one the agent holds (R18)`);
    }
  });
  return { ...(skills.length > 0 ? { skills } : {}), ...(prioritySkills.length > 0 ? { prioritySkills } : {}) };
}

/** First-reply time targets per priority; priorities left out have no SLA. */
export function readSla(v: unknown, path: string, p: Problems): SlaTargets | null {
  const m = mapping(v, path, p, ['firstReply']);
  if (!m) return null;
  if (m['firstReply'] === undefined) {
    p.error(join(path, 'firstReply'), 'give first-reply targets per priority, e.g. firstReply: { urgent: 30m, high: 2h, normal: 8h }');
    return null;
  }
  const at = join(path, 'firstReply');
  const f = mapping(m['firstReply'], at, p, PRIORITIES);
  if (!f) return null;
  const firstReply = PRIORITIES.map((name) => (f[name] === undefined ? NaN : duration(f[name], join(at, name), p, { min: 0, above: true }) ?? NaN));
  if (firstReply.every((x) => Number.isNaN(x)) && Object.keys(f).length === 0) p.error(at, 'give a target for at least one priority (low, normal, high, urgent)');
  return { firstReply };
}

/** R18 warnings: a skill tickets need that no agent holds leaves those tickets unanswered. */
export function checkSkills(sc: Scenario, p: Problems): void {
  const held = new Set(sc.teams.filter((t) => t.count > 0).flatMap((t) => t.skills ?? []));
  const timeouts = { messaging: sc.settings.skillsTimeoutMessaging, email: sc.settings.skillsTimeoutEmail, voice: sc.settings.skillsTimeoutVoice };
  for (const c of sc.channels) {
    if (!c.enabled) continue;
    for (const s of c.skills) {
      if (s.share === 0 || held.has(s.skill)) continue;
      const dropped = (s.priority > 0 || sc.settings.optionalSkills === 'all') && timeouts[c.channel] > 0;
      if (!dropped) p.warn(`channels.${c.channel}.skills.${s.skill}`, `no agent holds "${s.skill}": the ${c.channel} tickets that need it (${Number((s.share * 100).toFixed(2))}%) are never answered (R18)`);
    }
  }
}

/** R18: the same for a required skill ("name#0") a trigger, messaging trigger or automation sets. */
export function checkTriggerSkills(sc: Scenario, p: Problems): void {
  const held = new Set(sc.teams.filter((t) => t.count > 0).flatMap((t) => t.skills ?? []));
  const declared = new Set([...sc.channels.flatMap((c) => c.skills.map((s) => s.skill)), ...sc.teams.flatMap((t) => t.skills ?? [])]);
  const lists = { triggers: sc.triggers, messagingTriggers: sc.messagingTriggers, automations: sc.automations };
  for (const [section, rules] of Object.entries(lists)) {
    rules.forEach((r, i) => r.actions.forEach((a, j) => {
      if (!isSkillAction(a.field)) return;
      for (const s of skillEntries(a.value)) {
        // Unknown names are errors when the triggers are compiled; optional skills time out.
        if (s.priority !== '0' || held.has(s.name) || !declared.has(s.name) || sc.settings.optionalSkills === 'all') continue;
        p.warn(`${section}[${i}].actions[${j}].value`, `no agent holds "${s.name}": the tickets "${r.title}" gives it as a required skill (#0) are never answered (R18)`);
      }
    }));
  }
}
