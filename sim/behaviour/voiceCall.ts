// A call: live for its handle time, then optional wrap-up; capacity is held until wrap-up
// ends (R28), when the ticket is solved and leaves the system. Assigned calls are never
// reassigned (R5).

import type { Engine } from '../engine/Engine.ts';
import type { Ticket } from '../model/Ticket.ts';
import { SOLVED, VOICE } from '../model/codes.ts';
import { CALL_ENDED, WRAP_UP_ENDED } from '../engine/kinds.ts';

export function start(e: Engine, t: Ticket): void {
  t.workTimer = e.timer(t.workSeconds, CALL_ENDED, t);
}

export function callEnded(e: Engine, t: Ticket): void {
  const ch = e.channels[VOICE]!;
  const wrapUp = ch.wrapUp ? ch.wrapUp.sample(ch.u.wrapUp) : 0;
  e.events.callEnded(t.id, t.assignee, wrapUp);
  if (wrapUp > 0) {
    t.inWrapUp = true;
    t.workTimer = e.timer(wrapUp, WRAP_UP_ENDED, t);
  } else {
    e.setStatus(t, SOLVED);
    e.finish(t);
  }
}

export function wrapUpEnded(e: Engine, t: Ticket): void {
  t.inWrapUp = false;
  e.setStatus(t, SOLVED);
  e.finish(t);
}
