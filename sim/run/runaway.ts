// A run whose queue grows without limit stops once 1,000,000 tickets are open at once: the
// ticket pool (sim/model/TicketPool.ts) throws a RangeError that says when and why. That is the
// scenario's doing, so it is passed on as an InputError; any other RangeError stays a bug.

import type { Engine } from '../engine/Engine.ts';
import { MAX_OPEN_TICKETS } from '../model/TicketPool.ts';
import { InputError } from '../InputError.ts';

/** Runs `step` (engine.run, runUntil …), turning the pool's stop into an InputError. */
export function untilRunaway<T>(engine: Engine, step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof RangeError && !(e instanceof InputError) && engine.pool.bySlot.length >= MAX_OPEN_TICKETS && e.message.startsWith('the run stopped at ')) {
      throw new InputError(e.message);
    }
    throw e;
  }
}
