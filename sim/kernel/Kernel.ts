// The discrete-event clock: `now`, the pending events and one dispatcher. The kernel knows
// nothing of tickets; an event is (time, kind, payload) and the dispatcher gives it meaning.
// Invariant: `now` never decreases and events fire in (time, scheduling order).

import { EventQueue, NO_EVENT } from './EventQueue.ts';

export { NO_EVENT };

/** Receives every fired event; `kind` and `payload` are whatever the scheduler was given. */
export interface Dispatcher {
  dispatch(kind: number, payload: number): void;
}

export class Kernel {
  /** Current simulation time in seconds. */
  now = 0;
  /** Events fired so far. */
  fired = 0;
  readonly queue: EventQueue;
  private dispatcher: Dispatcher | null = null;

  constructor(initialCapacity = 1024) {
    this.queue = new EventQueue(initialCapacity);
  }

  setDispatcher(dispatcher: Dispatcher): void {
    this.dispatcher = dispatcher;
  }

  /** Schedules an event `delay` seconds from now (delay ≥ 0). Returns a cancellable handle. */
  after(delay: number, kind: number, payload: number): number {
    if (delay >= 0) return this.queue.schedule(this.now + delay, kind, payload);
    throw new RangeError(`event delay must be ≥ 0 seconds, got ${delay}`);
  }

  /** Schedules an event at absolute time `time` (time ≥ now). */
  at(time: number, kind: number, payload: number): number {
    if (time >= this.now) return this.queue.schedule(time, kind, payload);
    throw new RangeError(`cannot schedule at ${time}, before now (${this.now})`);
  }

  /**
   * Schedules the one pending event of a recurring source (a plain lane, 0 ≤ lane < 4) at `time`,
   * kept beside the heap (see EventQueue); it cannot be cancelled.
   */
  atLane(lane: number, time: number, kind: number, payload: number): void {
    if (time >= this.now) return this.queue.scheduleLane(lane, time, kind, payload);
    throw new RangeError(`cannot schedule at ${time}, before now (${this.now})`);
  }

  /**
   * Schedules a timer `delay` seconds from now on delay line `line` (0 ≤ line < DELAY_LINES):
   * for timers armed again and again with one constant delay, which then cost no heap work
   * (see EventQueue). Any delay is correct; a line's timers are cheapest when they share one.
   */
  afterInLine(line: number, delay: number, kind: number, payload: number): number {
    if (delay >= 0) return this.queue.scheduleInLine(line, this.now + delay, kind, payload);
    throw new RangeError(`event delay must be ≥ 0 seconds, got ${delay}`);
  }

  /** Cancels a pending event; a handle that already fired (or NO_EVENT) is ignored. */
  cancel(handle: number): boolean {
    return this.queue.cancel(handle);
  }

  /** Time a pending event will fire at, or NaN if it already fired or was cancelled. */
  timeOf(handle: number): number {
    return this.queue.timeOf(handle);
  }

  /** Time of the next pending event, or Infinity. */
  peek(): number {
    return this.queue.peekTime();
  }

  /** Fires the earliest pending event. Returns false when nothing is pending. */
  step(): boolean {
    const q = this.queue;
    if (!q.pop()) return false;
    this.now = q.poppedTime;
    this.fired++;
    this.dispatcher!.dispatch(q.poppedKind, q.poppedPayload);
    return true;
  }

  /**
   * Fires every event with time ≤ `until`, then sets now = until (if until is finite).
   * Returns the number of events fired.
   */
  runUntil(until: number): number {
    const q = this.queue;
    const d = this.dispatcher!;
    let n = 0;
    while (q.size > 0 && q.peekTime() <= until) {
      q.pop();
      this.now = q.poppedTime;
      d.dispatch(q.poppedKind, q.poppedPayload);
      n++;
    }
    this.fired += n;
    if (until > this.now && until !== Infinity) this.now = until;
    return n;
  }
}
