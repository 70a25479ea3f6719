// Ticket > Priority.

import type { ActionField } from './TriggerAction.ts';
import { oneName } from './TriggerAction.ts';
import { PRIORITIES } from '../../model/codes.ts';
import { setPriority } from '../../behaviour/ticketFields.ts';

export const priorityAction: ActionField = {
  compile(value) {
    const code = PRIORITIES.indexOf(oneName(value) as never);
    if (code < 0) return `expected one of ${PRIORITIES.join(', ')}, got "${String(value)}"`;
    return (e, t) => setPriority(e, t, code);
  },
};
