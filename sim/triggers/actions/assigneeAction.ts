// Ticket > Assignee: an agent by name (a manual assignment, which may exceed capacity, R29),
// or "" to hand the ticket back to routing.

import type { ActionField } from './TriggerAction.ts';
import { setAssignee } from '../../behaviour/ticketFields.ts';

export const assigneeAction: ActionField = {
  compile(value, names) {
    if (value === null || value === '') return (e, t) => setAssignee(e, t, -1);
    const agents = names.agents ?? [];
    const a = agents.indexOf(String(value));
    if (a < 0) return `unknown agent "${String(value)}" (agents are named <team>-<n>, e.g. ${agents[0] ?? 'chat-1'})`;
    return (e, t) => setAssignee(e, t, a);
  },
};
