// Ticket > Schedule (R55): which business hours the ticket's conditions use.

import type { ActionField } from './TriggerAction.ts';
import { setSchedule } from '../../behaviour/ticketFields.ts';

export const scheduleAction: ActionField = {
  compile(value, names) {
    const schedules = names.schedules ?? [];
    const i = schedules.indexOf(String(value));
    if (i < 0) return `unknown schedule "${String(value)}" (schedules: ${schedules.join(', ') || 'none; add `schedules:` to the scenario'})`;
    return (e, t) => setSchedule(e, t, i);
  },
};
