// Send a customer satisfaction survey (API: satisfaction_score offered_to_requester). One per
// ticket; the survey is counted under the trigger that sent it (R49, recipe E).

import type { ActionField } from './TriggerAction.ts';

export const csatAction: ActionField = {
  compile(value) {
    if (value !== null && value !== true && !['offered_to_requester', 'true', 'send'].includes(String(value).toLowerCase())) {
      return `expected offered_to_requester, got "${String(value)}"`;
    }
    return (e, t, ctx) => {
      if (t.csatSent) return false;
      t.csatSent = true;
      if (e.events.wanted('SurveySent')) e.events.emit({ type: 'SurveySent', t: e.now, ticket: t.id, trigger: ctx.trigger });
      return true;
    };
  },
};
