// Changing ticket fields from outside the ticket's own behaviour (trigger actions, manual
// work): group, priority, tags, skills, schedule, assignee. Each touches the ticket first, so the
// update is recounted and re-routed, and "changed" conditions see the old value.

import type { Engine } from '../engine/Engine.ts';
import type { Ticket } from '../model/Ticket.ts';
import { SOLVED, CLOSED } from '../model/codes.ts';
import type { StatusCode } from '../model/codes.ts';
import * as offers from './messaging/offers.ts';
import type { SkillStages } from '../routing/skills/skillStages.ts';
import { copySkills, sameSkills } from '../routing/skills/skillStages.ts';

export function setGroup(e: Engine, t: Ticket, group: number): boolean {
  if (t.group === group) return false;
  e.touch(t);
  t.group = group;
  return true;
}

export function setPriority(e: Engine, t: Ticket, priority: number): boolean {
  if (t.priority === priority) return false;
  e.touch(t);
  t.priority = priority;
  return true;
}

export function setSchedule(e: Engine, t: Ticket, schedule: number): boolean {
  if (t.schedule === schedule) return false;
  e.touch(t);
  t.schedule = schedule;
  return true;
}

/** Adds and removes tags; returns true if the set changed. */
export function editTags(e: Engine, t: Ticket, add: readonly string[], remove: readonly string[]): boolean {
  const toAdd = add.filter((x) => !t.tags.includes(x));
  const toRemove = remove.filter((x) => t.tags.includes(x));
  if (toAdd.length === 0 && toRemove.length === 0) return false;
  e.touch(t);
  for (const x of toRemove) t.tags.splice(t.tags.indexOf(x), 1);
  for (const x of toAdd) t.tags.push(x);
  return true;
}

/**
 * R18: the ticket's skills (bit masks, with the stages in which the skills timeout drops the
 * optional ones). A ticket waiting in a queue leaves it under its old skills and is placed again
 * when the update settles (R53: before any agent is chosen), keeping its eligibility time (R16);
 * an offer to an agent lacking a new skill is withdrawn. Only skill scenarios call this.
 */
export function setSkills(e: Engine, t: Ticket, next: SkillStages): boolean {
  if (sameSkills(t, next)) return false;
  e.touch(t);
  e.router.skillsChanging(t);
  if (t.offeredTo >= 0 && (next.skills & ~e.agents[t.offeredTo]!.skills) !== 0) offers.withdraw(e, t);
  copySkills(t, next);
  return true;
}

/** Sets the status; a solved or closed ticket is done with and leaves the system. */
export function setStatus(e: Engine, t: Ticket, status: StatusCode): boolean {
  if (t.status === status) return false;
  e.setStatus(t, status);
  if (status === SOLVED || status === CLOSED) e.finish(t);
  return true;
}

/**
 * Manual assignment (not routing): may push the agent over capacity (R29). An empty assignee
 * hands the ticket back to routing; the agent's work on it stops.
 */
export function setAssignee(e: Engine, t: Ticket, agent: number): boolean {
  if (t.assignee === agent) return false;
  if (t.offeredTo >= 0) offers.withdraw(e, t);
  if (t.assignee >= 0) e.unassign(t, 'assignee changed');
  if (agent >= 0) {
    if (t.queue) e.router.withdraw(t, 'assigned');
    e.assign(t, e.agents[agent]!, 'manual');
  }
  return true;
}
