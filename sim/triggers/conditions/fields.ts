// The condition fields omnisim understands, by their normalised names (the Triggers API
// names where the help desk has them), with the aliases scenarios and API exports may use.

import type { ConditionField } from './ConditionField.ts';
import { enumField } from './enumField.ts';
import { nameField } from './nameField.ts';
import { tagsField } from './tagsField.ts';
import { brandField } from './brandField.ts';
import { sessionStateField, visibleSessionState } from './sessionStateField.ts';
import { businessHoursField, countField, hoursSinceCreatedField, senderField, updateTypeField, withinScheduleField } from './specialFields.ts';
import { CHANNELS, STATUSES, PRIORITIES, ENDED_REASONS, INACTIVE_REASONS, SESSION_INACTIVE } from '../../model/codes.ts';

/** Why the session is inactive: its own reason, or the status (R31), or -1 if it is not. */
function inactiveReasonOf(state: number, status: number, reason: number): number {
  if (state === SESSION_INACTIVE) return reason;
  return visibleSessionState(state, status) === SESSION_INACTIVE ? 1 : -1;
}

const STATUS_ALIASES = { hold: 'on-hold', on_hold: 'on-hold' };
const REASON_ALIASES: Record<string, string> = { ended_by_agent: 'agent', ended_by_end_user: 'end_user', ended_by_trigger: 'trigger', auto_release: 'inactivity' };
const CHANNEL_ALIASES = { talk: 'voice', mail: 'email', chat: 'messaging' };

export const CONDITION_FIELDS: Record<string, ConditionField> = {
  update_type: updateTypeField,
  channel: enumField(CHANNELS, (t) => t.via, { aliases: CHANNEL_ALIASES }),
  routing_channel: enumField(CHANNELS, (t) => t.routingChannel, { before: (s) => s.routingChannel, aliases: CHANNEL_ALIASES }),
  status: enumField(STATUSES, (t) => t.status, { ordered: true, before: (s) => s.status, aliases: STATUS_ALIASES }),
  // Custom statuses map onto their category, which here is the status itself.
  status_category: enumField(STATUSES, (t) => t.status, { ordered: true, before: (s) => s.status, aliases: STATUS_ALIASES }),
  priority: enumField(PRIORITIES, (t) => t.priority, { ordered: true, before: (s) => s.priority }),
  group_id: nameField('group', (n) => n.groups, (t) => t.group, (s) => s.group),
  assignee_id: nameField('agent', (n) => n.agents, (t) => t.assignee, (s) => s.assignee),
  brand_id: brandField,
  current_tags: tagsField,
  messaging_session_state: sessionStateField,
  messaging_session_ended_reason: enumField(ENDED_REASONS, (t) => t.endedReason, { before: (s) => s.endedReason, aliases: REASON_ALIASES }),
  messaging_session_inactive_reason: enumField(INACTIVE_REASONS, (t) => inactiveReasonOf(t.sessionState, t.status, t.inactiveReason),
    { before: (s) => inactiveReasonOf(s.sessionState, s.status, s.inactiveReason), aliases: { user_inactive: 'user_inactive_or_offline' } }),
  within_business_hours: businessHoursField,
  within_schedule: withinScheduleField,
  schedule_id: nameField('schedule', (n) => n.schedules, (t) => t.schedule, (s) => s.schedule),
  queue_size: countField('queueSize'),
  agents_available: countField('agentsAvailable'),
  message_sender: senderField,
  hours_since_created: hoursSinceCreatedField,
};

/** Friendlier names accepted in scenarios. */
export const FIELD_ALIASES: Record<string, string> = {
  via: 'channel',
  group: 'group_id',
  assignee: 'assignee_id',
  brand: 'brand_id',
  tags: 'current_tags',
  session_state: 'messaging_session_state',
  ended_reason: 'messaging_session_ended_reason',
  inactive_reason: 'messaging_session_inactive_reason',
  schedule: 'schedule_id',
  ticket: 'update_type',
};

/** The Triggers API's operator names for the "changed" forms. */
export const OPERATOR_ALIASES: Record<string, string> = {
  value: 'changed_to',
  value_previous: 'changed_from',
  not_value: 'not_changed_to',
  not_value_previous: 'not_changed_from',
};
