// Ticket > Messaging session state (R47): active, inactive or ended. A conversation whose
// status is not New or Open is inactive too (R31). With endedCountsAsInactive (Q11), "inactive"
// also matches ended sessions, as older docs call an ended session inactive.

import type { ConditionField, Predicate } from './ConditionField.ts';
import type { TicketSnapshot } from '../../model/TicketSnapshot.ts';
import { CHANGE_OPERATORS } from './ConditionField.ts';
import { changeForm } from './changeForms.ts';
import { NEW, OPEN, SESSION_ACTIVE, SESSION_ENDED, SESSION_INACTIVE, SESSION_STATES } from '../../model/codes.ts';

/** The session state conditions see, from the raw state and the status. */
export function visibleSessionState(state: number, status: number): number {
  if (state === SESSION_ACTIVE && status !== NEW && status !== OPEN) return SESSION_INACTIVE;
  return state;
}

export const sessionStateField: ConditionField = {
  operators: ['is', 'is_not', ...CHANGE_OPERATORS],
  compile(operator, value, names) {
    const now = (t: Parameters<Predicate>[0]) => visibleSessionState(t.sessionState, t.status);
    const before = (s: TicketSnapshot) => visibleSessionState(s.sessionState, s.status);
    if (operator === 'changed' || operator === 'not_changed') return changeForm(operator, [], now, before);
    if (value === null || value === '') return `needs a value: one of ${SESSION_STATES.slice(1).join(', ')}`;
    const codes: number[] = [];
    for (const v of Array.isArray(value) ? value : [value]) {
      const code = SESSION_STATES.indexOf(String(v).toLowerCase() as never);
      if (code <= 0) return `expected one of ${SESSION_STATES.slice(1).join(', ')}, got "${String(v)}"`;
      codes.push(code);
      if (code === SESSION_INACTIVE && names.settings?.endedCountsAsInactive) codes.push(SESSION_ENDED);
    }
    return changeForm(operator, codes, now, before);
  },
};
