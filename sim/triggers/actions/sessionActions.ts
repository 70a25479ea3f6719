// Ticket > Messaging session | End session, and Ticket > Set routing channel | Email (R44):
// the first only ends the session (unless endSessionActionSetsEmail, Q1); the second sets the
// routing channel to email and ends a live session. The docs advise not to combine them.

import type { ActionField } from './TriggerAction.ts';
import { oneName } from './TriggerAction.ts';
import { endSession, routeAsEmail } from '../../behaviour/messaging/session.ts';
import { SESSION_ACTIVE, SESSION_INACTIVE } from '../../model/codes.ts';

export const endSessionAction: ActionField = {
  compile(value) {
    const v = oneName(value);
    if (v !== null && !['true', 'end_session', 'end'].includes(v)) return `expected end_session, got "${String(value)}"`;
    return (e, t) => endSession(e, t, 'trigger', null);
  },
};

export const routingChannelAction: ActionField = {
  compile(value) {
    if (oneName(value) !== 'email') return `only "email" can be set (R44), got "${String(value)}"`;
    return (e, t) => {
      const live = t.sessionState === SESSION_ACTIVE || t.sessionState === SESSION_INACTIVE;
      const before = t.routingChannel;
      // Email first: the session then ends on an email ticket, which stays routable (R4 does
      // not strand it, and a waiting customer keeps waiting for the email answer).
      routeAsEmail(e, t, 'Set routing channel action (R44)', null);
      if (live) endSession(e, t, 'trigger', null);
      return live || t.routingChannel !== before;
    };
  },
};
