// The trigger actions omnisim understands, by their Triggers API field names, with the
// normalised names for the messaging-session actions.

import type { ActionField } from './TriggerAction.ts';
import { statusAction } from './statusAction.ts';
import { priorityAction } from './priorityAction.ts';
import { groupAction } from './groupAction.ts';
import { assigneeAction } from './assigneeAction.ts';
import { tagsAction } from './tagsAction.ts';
import { scheduleAction } from './scheduleAction.ts';
import { csatAction } from './csatAction.ts';
import { endSessionAction, routingChannelAction } from './sessionActions.ts';
import { notifyAction } from './notifyAction.ts';
import { skillsAction, SKILL_ACTIONS } from './skillsAction.ts';

export const ACTION_FIELDS: Record<string, ActionField> = {
  status: statusAction,
  status_category: statusAction,
  priority: priorityAction,
  group_id: groupAction,
  assignee_id: assigneeAction,
  current_tags: tagsAction('add'),
  remove_tags: tagsAction('remove'),
  set_tags: tagsAction('set'),
  add_skills: skillsAction('add'),
  set_skills: skillsAction('set'),
  set_schedule: scheduleAction,
  satisfaction_score: csatAction,
  end_messaging_session: endSessionAction,
  set_routing_channel: routingChannelAction,
  notification_user: notifyAction,
  notification_group: notifyAction,
  notification_target: notifyAction,
  notification_webhook: notifyAction,
};

/** Friendlier names accepted in scenarios. */
export const ACTION_ALIASES: Record<string, string> = {
  group: 'group_id',
  assignee: 'assignee_id',
  add_tags: 'current_tags',
  tags: 'current_tags',
  skills: 'add_skills',
  schedule: 'set_schedule',
  send_csat_survey: 'satisfaction_score',
  csat: 'satisfaction_score',
  end_session: 'end_messaging_session',
  messaging_session: 'end_messaging_session',
  routing_channel: 'set_routing_channel',
};

/** Whether an action field (an API name or an alias) sets skills (R18). */
export function isSkillAction(field: string): boolean {
  return SKILL_ACTIONS.includes(ACTION_ALIASES[field] ?? field);
}
