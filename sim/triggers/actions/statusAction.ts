// Ticket > Status: sets the status (solved or closed ends the ticket's stay, R51).

import type { ActionField } from './TriggerAction.ts';
import { oneName } from './TriggerAction.ts';
import { STATUSES } from '../../model/codes.ts';
import type { StatusCode } from '../../model/codes.ts';
import { setStatus } from '../../behaviour/ticketFields.ts';

const ALIASES: Record<string, string> = { hold: 'on-hold', on_hold: 'on-hold' };

export const statusAction: ActionField = {
  compile(value) {
    const v = oneName(value);
    const code = v === null ? -1 : STATUSES.indexOf((ALIASES[v] ?? v) as never);
    if (code < 0) return `expected one of ${STATUSES.join(', ')}, got "${String(value)}"`;
    return (e, t) => setStatus(e, t, code as StatusCode);
  },
};
