// Auto-release (R32, R33): when an assigned conversation goes inactive, set a status, run the
// three default reminders (5 min → pending, 5 min later no change, 1 min later → solved), or
// end the session. A new end-user message cancels the reminders (session.userWrote).

import type { Engine } from '../../engine/Engine.ts';
import type { Ticket } from '../../model/Ticket.ts';
import type { StatusCode } from '../../model/codes.ts';
import { STATUSES, PENDING, SOLVED } from '../../model/codes.ts';
import { REMINDER } from '../../engine/kinds.ts';
import { endSession } from './session.ts';

/** Reminder schedule: [delay after the previous step, status it sets or -1]. */
const REMINDERS: readonly [number, number][] = [[300, PENDING], [300, -1], [60, SOLVED]];

/** Applies auto-release to a conversation that just went inactive; false when it is off. */
export function onInactive(e: Engine, t: Ticket): boolean {
  switch (e.settings.autoRelease) {
    case 'off':
      return false;
    case 'setStatus': {
      const status = STATUSES.indexOf(e.settings.autoReleaseStatus) as StatusCode;
      e.setStatus(t, status);
      if (status === SOLVED) e.finish(t);
      return true;
    }
    case 'reminders':
      t.reminderStep = 1;
      t.workTimer = e.cancel(t.workTimer);
      t.workTimer = e.timer(REMINDERS[0]![0], REMINDER, t);
      return true;
    case 'endSession':
      endSession(e, t, 'inactivity', null);
      return true;
  }
}

export function reminder(e: Engine, t: Ticket): void {
  const step = t.reminderStep;
  if (step < 1 || step > REMINDERS.length) return;
  const status = REMINDERS[step - 1]![1];
  if (status >= 0) e.setStatus(t, status as StatusCode);
  if (status === SOLVED) {
    t.reminderStep = 0;
    e.finish(t);
    return;
  }
  t.reminderStep = step + 1;
  t.workTimer = e.timer(REMINDERS[step]![0], REMINDER, t);
}
