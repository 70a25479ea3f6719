// Kernel: exact traces of tiny schedules through a recording dispatcher — FIFO at equal times,
// events scheduled while dispatching, runUntil's inclusive bound and final clock, cancelled
// timers that never fire, and the RangeErrors for scheduling into the past.

import { describe, expect, it } from 'vitest';
import { Kernel, NO_EVENT, type Dispatcher } from '../../sim/kernel/Kernel.ts';

/** A kernel whose dispatcher records [kind, now] and may react through `on`. */
function recording(on?: (k: Kernel, kind: number, payload: number) => void) {
  const k = new Kernel(16);
  const trace: [number, number][] = [];
  const d: Dispatcher = {
    dispatch(kind, payload) {
      trace.push([kind, k.now]);
      on?.(k, kind, payload);
    },
  };
  k.setDispatcher(d);
  return { k, trace };
}

describe('Kernel traces', () => {
  it('fires a tiny schedule in (time, scheduling order)', () => {
    const { k, trace } = recording();
    k.after(2, 1, 0);
    k.after(1, 2, 0);
    k.at(2, 3, 0);
    k.after(0, 4, 0);
    k.at(1.5, 5, 0);
    while (k.step());
    expect(trace).toEqual([[4, 0], [2, 1], [5, 1.5], [1, 2], [3, 2]]);
    expect(k.now).toBe(2);
    expect(k.fired).toBe(5);
    expect(k.step()).toBe(false);
  });

  it('passes the payload through and measures `after` from the current time', () => {
    const payloads: number[] = [];
    const { k, trace } = recording((kk, kind, payload) => {
      payloads.push(payload);
      if (kind === 1) kk.after(2.5, 2, payload + 1); // relative to now = 3
    });
    k.after(3, 1, 41);
    k.runUntil(Infinity);
    expect(trace).toEqual([[1, 3], [2, 5.5]]);
    expect(payloads).toEqual([41, 42]);
  });

  it('fires events scheduled during dispatch at the same time after the current one', () => {
    const { k, trace } = recording((kk, kind) => {
      if (kind === 1) {
        kk.after(0, 10, 0);
        kk.at(kk.now, 11, 0);
      }
      if (kind === 10) kk.after(0, 12, 0);
    });
    k.at(4, 1, 0);
    k.at(4, 2, 0); // already pending at the same time: goes before the new ones
    k.at(5, 3, 0);
    k.runUntil(10);
    expect(trace).toEqual([[1, 4], [2, 4], [10, 4], [11, 4], [12, 4], [3, 5]]);
  });

  it('runUntil fires events with time ≤ t and leaves now = t', () => {
    const { k, trace } = recording();
    for (const t of [1, 2, 3, 3.5]) k.at(t, t * 10, 0);
    expect(k.runUntil(3)).toBe(3);
    expect(trace).toEqual([[10, 1], [20, 2], [30, 3]]);
    expect(k.now).toBe(3);
    expect(k.runUntil(3.25)).toBe(0);
    expect(k.now).toBe(3.25);
    expect(k.peek()).toBe(3.5);
    expect(k.runUntil(10)).toBe(1);
    expect(trace.at(-1)).toEqual([35, 3.5]);
    expect(k.now).toBe(10);
    expect(k.fired).toBe(4);
    // Going "back" is a no-op; an event after the bound waits.
    expect(k.runUntil(8)).toBe(0);
    expect(k.now).toBe(10);
    k.after(5, 7, 0);
    expect(k.runUntil(14.999)).toBe(0);
    expect(k.runUntil(15)).toBe(1);
    expect(trace.at(-1)).toEqual([7, 15]);
  });

  it('runUntil picks up chains scheduled during the run up to the bound', () => {
    // A self-rescheduling tick every 2 s: ticks at 0, 2, …, 10 fire; 12 stays pending.
    const { k, trace } = recording((kk, kind) => { if (kind === 1) kk.after(2, 1, 0); });
    k.at(0, 1, 0);
    expect(k.runUntil(10)).toBe(6);
    expect(trace.map(([, t]) => t)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(k.peek()).toBe(12);
    expect(k.now).toBe(10);
  });

  it('runUntil(Infinity) empties the queue and leaves now at the last event', () => {
    const { k } = recording();
    k.at(7, 1, 0);
    k.at(3, 1, 0);
    expect(k.runUntil(Infinity)).toBe(2);
    expect(k.now).toBe(7);
    expect(k.peek()).toBe(Infinity);
  });

  it('a cancelled timer never fires; cancelling twice or NO_EVENT is ignored', () => {
    const { k, trace } = recording((kk, kind, payload) => {
      if (kind === 1) expect(kk.cancel(payload)).toBe(true); // an answer cancels the patience timer
    });
    const patience = k.after(10, 2, 0);
    k.after(4, 1, patience);
    k.runUntil(100);
    expect(trace).toEqual([[1, 4]]);
    expect(k.cancel(patience)).toBe(false);
    expect(k.cancel(NO_EVENT)).toBe(false);
    expect(k.queue.size).toBe(0);
  });

  it('a delay-line timer fires `delay` after now, in order with the rest, and can be re-armed', () => {
    let silence = NO_EVENT;
    const { k, trace } = recording((kk, kind) => {
      if (kind !== 1) return; // a message: the silence clock starts again
      kk.cancel(silence);
      silence = kk.afterInLine(0, 30, 9, 0);
    });
    for (const t of [0, 10, 25]) k.at(t, 1, 0);
    k.at(55, 2, 0); // scheduled before the last clock: fires first at the same time
    k.runUntil(100);
    expect(trace).toEqual([[1, 0], [1, 10], [1, 25], [2, 55], [9, 55]]);
    expect(() => k.afterInLine(0, -1, 9, 0)).toThrow(/delay/);
  });
});

describe('Kernel input checks', () => {
  it('throws RangeError on a negative or NaN delay and on a time in the past', () => {
    const { k } = recording();
    k.at(5, 1, 0);
    k.runUntil(5);
    expect(() => k.after(-1, 1, 0)).toThrow(RangeError);
    expect(() => k.after(-1e-9, 1, 0)).toThrow(/delay/);
    expect(() => k.after(NaN, 1, 0)).toThrow(RangeError);
    expect(() => k.at(4.999, 1, 0)).toThrow(RangeError);
    expect(() => k.at(0, 1, 0)).toThrow(/before now/);
    expect(() => k.at(NaN, 1, 0)).toThrow(RangeError);
    expect(k.queue.size).toBe(0); // nothing half-scheduled
    // The boundary cases are allowed.
    expect(() => k.after(0, 1, 0)).not.toThrow();
    expect(() => k.at(5, 1, 0)).not.toThrow();
    expect(k.queue.size).toBe(2);
  });
});
