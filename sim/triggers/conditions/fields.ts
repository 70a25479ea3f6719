// The condition fields omnisim understands, by their normalised names (Triggers API names
// where the help desk has them).

import type { ConditionField } from './ConditionField.ts';
import { enumField } from './enumField.ts';
import { groupField } from './groupField.ts';
import { tagsField } from './tagsField.ts';
import { CHANNELS, STATUSES, PRIORITIES, SESSION_STATES } from '../../model/codes.ts';

export const CONDITION_FIELDS: Record<string, ConditionField> = {
  channel: enumField(CHANNELS, (t) => t.via),
  routing_channel: enumField(CHANNELS, (t) => t.routingChannel),
  status: enumField(STATUSES, (t) => t.status, true),
  priority: enumField(PRIORITIES, (t) => t.priority, true),
  group_id: groupField,
  current_tags: tagsField,
  messaging_session_state: enumField(SESSION_STATES, (t) => t.sessionState),
};

/** Friendlier names accepted in scenarios. */
export const FIELD_ALIASES: Record<string, string> = {
  via: 'channel',
  group: 'group_id',
  tags: 'current_tags',
  session_state: 'messaging_session_state',
};
