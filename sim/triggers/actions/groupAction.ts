// Ticket > Group: a group name, or "" for none.

import type { ActionField } from './TriggerAction.ts';
import { setGroup } from '../../behaviour/ticketFields.ts';

export const groupAction: ActionField = {
  compile(value, names) {
    if (value === null || value === '') return (e, t) => setGroup(e, t, -1);
    const g = names.groups.indexOf(String(value));
    if (g < 0) return `unknown group "${String(value)}" (groups: ${names.groups.join(', ') || 'none'})`;
    return (e, t) => setGroup(e, t, g);
  },
};
