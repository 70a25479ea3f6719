// A metric is a fold over engine events: initial(), reduce(state, event), summarize(state).
// The CLI loops over events with it, the browser uses it with rxjs `scan`, tests call it.

import type { SimEvent, SimEventType } from '../model/events.ts';
import type { EventTap } from '../model/EventTap.ts';
import type { Clock } from '../model/EventWriter.ts';

export interface Fold<S, R> {
  /** The event types the fold reads (the engine skips the others); all when absent. */
  readonly events?: readonly SimEventType[];
  initial(): S;
  /** May update `state` in place; returns the state to carry on with. */
  reduce(state: S, e: SimEvent): S;
  summarize(state: S): R;
  /**
   * Optional fast path: a reader of the frequent events (TAPPED_EVENTS, and SESSION_TAPPED_EVENTS
   * when its `sessions` is set) as numbers that updates
   * `state` in place exactly as `reduce` would. A run that uses it leaves those types out of
   * what it subscribes `reduce` to. It reads the time from `clock` (the run's kernel).
   */
  tap?(state: S, clock: Clock): EventTap;
}
