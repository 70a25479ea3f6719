// EventQueue: exact pop orders of tiny heaps (ties FIFO), cancellation anywhere in the heap,
// the handle contract (generation check), growth from the smallest capacity, seeded
// differential runs of random operations against a plain sorted array, and the lanes and delay
// lines beside the heap (same order, O(1) cancellation that leaves nothing behind).

import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { EventQueue, NO_EVENT } from '../../sim/kernel/EventQueue.ts';

type Fired = [time: number, kind: number, payload: number];

/** Pops one event and fails the test (naming the operation) unless it is `e`. */
function expectPopped(q: EventQueue, e: { time: number; kind: number; payload: number }, op: number): void {
  expect(q.pop()).toBe(true);
  if (q.poppedTime !== e.time || q.poppedKind !== e.kind || q.poppedPayload !== e.payload) {
    expect.fail(`op ${op}: popped (${q.poppedTime}, ${q.poppedKind}, ${q.poppedPayload}), expected (${e.time}, ${e.kind}, ${e.payload})`);
  }
}

/** Fails the test (naming the operation) unless the queue's size and next time match the sorted reference. */
function expectSizeAndPeek(q: EventQueue, ref: readonly { time: number }[], op: number): void {
  if (q.size !== ref.length) expect.fail(`op ${op}: size ${q.size}, expected ${ref.length}`);
  const peek = ref.length > 0 ? ref[0]!.time : Infinity;
  if (q.peekTime() !== peek) expect.fail(`op ${op}: peekTime ${q.peekTime()}, expected ${peek}`);
}

function drain(q: EventQueue): Fired[] {
  const out: Fired[] = [];
  while (q.pop()) out.push([q.poppedTime, q.poppedKind, q.poppedPayload]);
  return out;
}

describe('EventQueue pop order', () => {
  it('pops by time, and equal times in scheduling order', () => {
    const q = new EventQueue();
    q.schedule(5, 1, 10);
    q.schedule(1, 2, 20);
    q.schedule(5, 3, 30);
    q.schedule(3, 4, 40);
    q.schedule(1, 5, 50);
    q.schedule(5, 6, 60);
    q.schedule(0.5, 7, 70);
    expect(q.size).toBe(7);
    expect(q.peekTime()).toBe(0.5);
    expect(drain(q)).toEqual([
      [0.5, 7, 70], [1, 2, 20], [1, 5, 50], [3, 4, 40], [5, 1, 10], [5, 3, 30], [5, 6, 60],
    ]);
    expect(q.size).toBe(0);
    expect(q.peekTime()).toBe(Infinity);
    expect(q.pop()).toBe(false);
  });

  it('keeps FIFO among 50 events at one time interleaved with others', () => {
    const q = new EventQueue(16);
    for (let i = 0; i < 50; i++) {
      q.schedule(7, 0, i);
      q.schedule(100 - i, 1, i); // a descending stream forces sift-ups past the tied block
    }
    const popped = drain(q);
    const tied = popped.filter(([t]) => t === 7).map(([, , p]) => p);
    expect(tied).toEqual(Array.from({ length: 50 }, (_, i) => i));
    const times = popped.map(([t]) => t);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('keeps kind and payload as signed 32-bit integers', () => {
    const q = new EventQueue();
    q.schedule(2, -3, 2147483647);
    q.schedule(1, 2147483647, -2147483648);
    expect(drain(q)).toEqual([[1, 2147483647, -2147483648], [2, -3, 2147483647]]);
  });
});

describe('EventQueue cancel', () => {
  /** Heap array after scheduling 1..7 in order is [1,2,3,4,5,6,7]: no sift-up ever moves. */
  function oneToSeven() {
    const q = new EventQueue();
    const h = [1, 2, 3, 4, 5, 6, 7].map((t) => q.schedule(t, t, t * 10));
    return { q, h };
  }

  it('removes the root', () => {
    const { q, h } = oneToSeven();
    expect(q.cancel(h[0]!)).toBe(true);
    expect(q.size).toBe(6);
    expect(q.peekTime()).toBe(2);
    expect(drain(q).map(([t]) => t)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('removes a middle element', () => {
    const { q, h } = oneToSeven();
    expect(q.cancel(h[1]!)).toBe(true); // position 1, an inner node with two children
    expect(q.cancel(h[4]!)).toBe(true);
    expect(drain(q).map(([t]) => t)).toEqual([1, 3, 4, 6, 7]);
  });

  it('removes the last element of the heap array', () => {
    const { q, h } = oneToSeven();
    expect(q.cancel(h[6]!)).toBe(true);
    expect(q.size).toBe(6);
    expect(drain(q)).toEqual([1, 2, 3, 4, 5, 6].map((t) => [t, t, t * 10]));
  });

  it('sifts the moved last element up when it is earlier than the hole’s parent', () => {
    // Scheduling 1,10,2,11,12,3,4 gives the heap [1,10,2,11,12,3,4]. Cancelling 11 (position 3)
    // moves 4 under 10, so it must go up, not down.
    const q = new EventQueue();
    const h = [1, 10, 2, 11, 12, 3, 4].map((t) => q.schedule(t, 0, t));
    expect(q.cancel(h[3]!)).toBe(true);
    expect(drain(q).map(([t]) => t)).toEqual([1, 2, 3, 4, 10, 12]);
  });

  it('keeps FIFO among ties after cancelling inside the tie', () => {
    const q = new EventQueue();
    const h = [0, 1, 2, 3, 4, 5].map((i) => q.schedule(9, 0, i));
    expect(q.cancel(h[0]!)).toBe(true);
    expect(q.cancel(h[3]!)).toBe(true);
    expect(drain(q).map(([, , p]) => p)).toEqual([1, 2, 4, 5]);
  });

  it('returns false for a fired, an already cancelled, NO_EVENT and an unknown handle', () => {
    const q = new EventQueue();
    const a = q.schedule(1, 0, 0);
    const b = q.schedule(2, 0, 1);
    q.schedule(3, 0, 2);
    expect(q.pop()).toBe(true); // fires a
    expect(q.isPending(a)).toBe(false);
    expect(q.cancel(a)).toBe(false);
    expect(q.isPending(b)).toBe(true);
    expect(q.cancel(b)).toBe(true);
    expect(q.cancel(b)).toBe(false);
    expect(q.isPending(b)).toBe(false);
    expect(q.cancel(NO_EVENT)).toBe(false);
    expect(NO_EVENT).toBe(-1);
    expect(q.isPending(NO_EVENT)).toBe(false);
    expect(q.cancel(5_000_000)).toBe(false); // a slot far beyond the capacity
    expect(q.size).toBe(1);
    expect(drain(q)).toEqual([[3, 0, 2]]);
  });

  it('rejects a stale handle whose slot was reused (generation check)', () => {
    const q = new EventQueue();
    const old = q.schedule(1, 0, 111);
    expect(q.pop()).toBe(true);
    const fresh = q.schedule(2, 0, 222); // takes the freed slot
    expect(fresh).not.toBe(old);
    expect(q.isPending(old)).toBe(false);
    expect(q.cancel(old)).toBe(false);
    expect(q.isPending(fresh)).toBe(true);
    expect(q.size).toBe(1);
    // Same after a cancel frees the slot and it is reused again.
    expect(q.cancel(fresh)).toBe(true);
    const third = q.schedule(3, 0, 333);
    expect(q.cancel(fresh)).toBe(false);
    expect(q.cancel(old)).toBe(false);
    expect(drain(q)).toEqual([[3, 0, 333]]);
    expect(q.isPending(third)).toBe(false);
  });

  it('an abandoned wait leaves nothing behind', () => {
    const q = new EventQueue(16);
    const handles = Array.from({ length: 1000 }, (_, i) => q.schedule((i * 7919) % 1000, 1, i));
    for (let i = 999; i >= 0; i -= 2) expect(q.cancel(handles[i]!)).toBe(true);
    for (let i = 0; i < 1000; i += 2) expect(q.cancel(handles[i]!)).toBe(true);
    expect(q.size).toBe(0);
    expect(q.peekTime()).toBe(Infinity);
    expect(q.pop()).toBe(false);
    // A timer set and cancelled 100k times (a patience timer per answered call) must not make
    // the queue grow: the slot table stays at the capacity that 16 pending events need.
    const q2 = new EventQueue(16);
    for (let i = 0; i < 10; i++) q2.schedule(1e6 + i, 2, i);
    let cancelled = 0;
    for (let i = 0; i < 100_000; i++) if (q2.cancel(q2.schedule(i, 1, i))) cancelled++;
    expect(cancelled).toBe(100_000);
    expect(q2.size).toBe(10);
    expect((q2 as unknown as { capacity: number }).capacity).toBe(16);
    expect(drain(q2)).toEqual(Array.from({ length: 10 }, (_, i) => [1e6 + i, 2, i]));
  });

  it('clear drops every event and invalidates their handles', () => {
    const q = new EventQueue();
    const h = [3, 1, 2].map((t) => q.schedule(t, 0, t));
    q.clear();
    expect(q.size).toBe(0);
    expect(q.peekTime()).toBe(Infinity);
    for (const x of h) {
      expect(q.isPending(x)).toBe(false);
      expect(q.cancel(x)).toBe(false);
    }
    q.schedule(5, 1, 5);
    q.schedule(4, 1, 4);
    expect(drain(q)).toEqual([[4, 1, 4], [5, 1, 5]]);
  });
});

describe('EventQueue growth', () => {
  it('holds 100k events from an initial capacity of 16, and old handles survive the growth', () => {
    const q = new EventQueue(16);
    const rng = seedrandom.alea('eventqueue-growth'); // fixed seed: the test is reproducible
    const early = Array.from({ length: 16 }, (_, i) => q.schedule(500 + i, 9, i));
    const n = 100_000;
    for (let i = 0; i < n; i++) q.schedule(Math.floor(rng() * 1000), 1, i);
    expect(q.size).toBe(n + 16);
    for (let i = 0; i < 16; i += 2) expect(q.cancel(early[i]!)).toBe(true);
    for (let i = 1; i < 16; i += 2) expect(q.isPending(early[i]!)).toBe(true);
    // Scheduling order: the 16 early events first, then kind 1 by payload. Pops must come out
    // strictly increasing in (time, scheduling order).
    let count = 0, lastTime = -Infinity, lastSeq = -1;
    const survivors: number[] = [];
    while (q.pop()) {
      count++;
      const t = q.poppedTime;
      const seq = q.poppedKind === 9 ? q.poppedPayload : 16 + q.poppedPayload;
      if (q.poppedKind === 9) survivors.push(q.poppedPayload);
      if (!(t > lastTime || (t === lastTime && seq > lastSeq))) expect.fail(`(${t}, ${seq}) popped after (${lastTime}, ${lastSeq})`);
      lastTime = t;
      lastSeq = seq;
    }
    expect(count).toBe(n + 8);
    expect(survivors).toEqual([1, 3, 5, 7, 9, 11, 13, 15]);
  });
});

describe('EventQueue against a sorted-array reference', () => {
  interface Ref { time: number; seq: number; kind: number; payload: number; handle: number }

  /** Index of the first entry not before (time, seq). */
  function lowerBound(a: Ref[], time: number, seq: number): number {
    let lo = 0, hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const e = a[mid]!;
      if (e.time < time || (e.time === time && e.seq < seq)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  it('agrees on every popped (time, kind, payload), size and peek over 200k seeded operations', () => {
    const rng = seedrandom.alea('eventqueue-differential'); // fixed seed: reproducible
    const q = new EventQueue(16);
    const ref: Ref[] = []; // sorted by (time, seq)
    const pending: Ref[] = []; // for picking a random pending event to cancel
    const pendingIndex = new Map<number, number>(); // handle → index in `pending`
    const dead: number[] = []; // handles that fired or were cancelled
    let seq = 0, pops = 0, cancels = 0, deadTries = 0;

    const forget = (e: Ref) => {
      const i = pendingIndex.get(e.handle)!;
      const last = pending.pop()!;
      if (last !== e) { pending[i] = last; pendingIndex.set(last.handle, i); }
      pendingIndex.delete(e.handle);
      dead.push(e.handle);
    };

    const ops = 200_000;
    for (let op = 0; op < ops; op++) {
      // The size drifts up and down in waves of 20k operations (0 … a few thousand).
      const growing = Math.floor(op / 20_000) % 2 === 0;
      const r = rng();
      const pSchedule = growing ? 0.55 : 0.35;
      if (r < pSchedule) {
        // Small integer times give many ties; the rest are arbitrary doubles.
        const time = rng() < 0.5 ? Math.floor(rng() * 64) : rng() * 1000;
        const kind = Math.floor(rng() * 2 ** 32) - 2 ** 31;
        const payload = Math.floor(rng() * 1e6);
        const handle = q.schedule(time, kind, payload);
        expect(pendingIndex.has(handle)).toBe(false);
        const e: Ref = { time, seq: seq++, kind, payload, handle };
        ref.splice(lowerBound(ref, time, e.seq), 0, e);
        pendingIndex.set(handle, pending.length);
        pending.push(e);
      } else if (r < pSchedule + 0.2) {
        if (pending.length > 0 && rng() < 0.8) {
          const e = pending[Math.floor(rng() * pending.length)]!;
          if (q.cancel(e.handle) !== true) expect.fail(`cancel of pending handle ${e.handle} returned false`);
          const at = lowerBound(ref, e.time, e.seq);
          expect(ref[at]).toBe(e);
          ref.splice(at, 1);
          forget(e);
          cancels++;
        } else if (dead.length > 0) {
          const h = dead[Math.floor(rng() * dead.length)]!;
          if (q.cancel(h) !== false || q.isPending(h)) expect.fail(`dead handle ${h} still cancellable`);
          deadTries++;
        }
      } else {
        const ok = q.pop();
        if (ref.length === 0) {
          expect(ok).toBe(false);
        } else {
          const e = ref.shift()!;
          if (!ok || q.poppedTime !== e.time || q.poppedKind !== e.kind || q.poppedPayload !== e.payload) {
            expect.fail(`op ${op}: popped (${q.poppedTime}, ${q.poppedKind}, ${q.poppedPayload}), expected (${e.time}, ${e.kind}, ${e.payload})`);
          }
          forget(e);
          pops++;
        }
      }
      expectSizeAndPeek(q, ref, op);
    }
    // The run must actually have exercised every path, at a size that needed growth.
    expect(pops).toBeGreaterThan(50_000);
    expect(cancels).toBeGreaterThan(20_000);
    expect(deadTries).toBeGreaterThan(5_000);
    // Drain what is left and compare the tail too.
    for (const e of ref) {
      expect(q.pop()).toBe(true);
      expect([q.poppedTime, q.poppedKind, q.poppedPayload]).toEqual([e.time, e.kind, e.payload]);
    }
    expect(q.pop()).toBe(false);
  });
});

describe('EventQueue above the branch-free size limit', () => {
  it('keeps (time, sequence) order with cancels and ties at 50k pending (the large-heap sift)', () => {
    const rng = seedrandom.alea('eventqueue-large'); // fixed seed: reproducible
    const q = new EventQueue(16);
    type E = { time: number; seq: number; handle: number; alive: boolean };
    const all: E[] = [];
    for (let i = 0; i < 50_000; i++) {
      const time = rng() < 0.3 ? Math.floor(rng() * 100) : rng() * 1000; // many ties
      all.push({ time, seq: i, handle: q.schedule(time, 0, i), alive: true });
    }
    for (let i = 0; i < 10_000; i++) {
      const e = all[Math.floor(rng() * all.length)]!;
      expect(q.cancel(e.handle)).toBe(e.alive);
      e.alive = false;
    }
    // Interleave pops with new schedules while the heap stays large.
    const expected = all.filter((e) => e.alive).sort((a, b) => a.time - b.time || a.seq - b.seq);
    let popped = 0;
    while (q.size > 0) {
      expect(q.pop()).toBe(true);
      const e = expected[popped++]!;
      expect([q.poppedTime, q.poppedPayload]).toEqual([e.time, e.seq]);
    }
    expect(popped).toBe(expected.length);
  });
});

describe('EventQueue lanes (a recurring source’s one pending event, beside the heap)', () => {
  it('fires lane and heap events in one (time, scheduling order), ties included', () => {
    const q = new EventQueue();
    q.schedule(5, 1, 10);
    q.scheduleLane(0, 5, 2, 20); // same time, scheduled later: after the heap event
    q.scheduleLane(1, 5, 3, 30);
    q.schedule(5, 4, 40); // same time, scheduled last
    q.scheduleLane(2, 1, 5, 50);
    expect(q.size).toBe(5);
    expect(q.peekTime()).toBe(1);
    expect(drain(q)).toEqual([[1, 5, 50], [5, 1, 10], [5, 2, 20], [5, 3, 30], [5, 4, 40]]);
    expect(q.size).toBe(0);
    expect(q.peekTime()).toBe(Infinity);
  });

  it('a lane is free again once its event fired, and is refused while it has one', () => {
    const q = new EventQueue();
    q.scheduleLane(3, 2, 0, 1);
    expect(() => q.scheduleLane(3, 4, 0, 2)).toThrow(/lane 3 already has a pending event/);
    expect(() => q.scheduleLane(2, Infinity, 0, 2)).toThrow(/finite time/);
    expect(() => q.scheduleLane(4, 1, 0, 2)).toThrow(/no lane 4 \(lanes are 0 to 3\)/); // 4-7 hold the delay lines
    expect(() => q.scheduleLane(-1, 1, 0, 2)).toThrow(/no lane -1/);
    expect(q.pop()).toBe(true);
    q.scheduleLane(3, 4, 0, 2);
    expect(drain(q)).toEqual([[4, 0, 2]]);
  });

  it('clear drops lane events too', () => {
    const q = new EventQueue();
    q.scheduleLane(0, 3, 0, 1);
    q.schedule(2, 0, 2);
    q.clear();
    expect(q.size).toBe(0);
    expect(q.pop()).toBe(false);
    q.scheduleLane(0, 7, 0, 3); // the lane is usable again
    expect(drain(q)).toEqual([[7, 0, 3]]);
  });

  it('agrees with a sorted-array reference over 100k seeded operations mixing lanes, schedules, cancels and pops', () => {
    const rng = seedrandom.alea('eventqueue-lanes'); // fixed seed: reproducible
    const q = new EventQueue(16);
    type R = { time: number; seq: number; kind: number; payload: number; handle: number; lane: number };
    const ref: R[] = [];
    const laneBusy = [false, false, false];
    let seq = 0, lanePops = 0, heapPops = 0, tiesAcross = 0;
    const insert = (e: R) => {
      let i = 0;
      while (i < ref.length && (ref[i]!.time < e.time || (ref[i]!.time === e.time && ref[i]!.seq < e.seq))) i++;
      if (ref.some((x) => x.time === e.time && (x.lane < 0) !== (e.lane < 0))) tiesAcross++;
      ref.splice(i, 0, e);
    };
    for (let op = 0; op < 100_000; op++) {
      const r = rng();
      const time = Math.floor(rng() * 20) + (rng() < 0.8 ? 0 : rng()); // many ties
      if (r < 0.25) {
        const lane = Math.floor(rng() * 3);
        if (!laneBusy[lane]) {
          laneBusy[lane] = true;
          q.scheduleLane(lane, time, 7, lane);
          insert({ time, seq: seq++, kind: 7, payload: lane, handle: NO_EVENT, lane });
        }
      } else if (r < 0.55) {
        const payload = Math.floor(rng() * 1e6);
        insert({ time, seq: seq++, kind: 1, payload, handle: q.schedule(time, 1, payload), lane: -1 });
      } else if (r < 0.65) {
        const heapEvents = ref.filter((e) => e.lane < 0);
        if (heapEvents.length > 0) {
          const e = heapEvents[Math.floor(rng() * heapEvents.length)]!;
          expect(q.cancel(e.handle)).toBe(true);
          ref.splice(ref.indexOf(e), 1);
        }
      } else if (ref.length > 0) {
        const e = ref.shift()!;
        expectPopped(q, e, op);
        if (e.lane >= 0) { laneBusy[e.lane] = false; lanePops++; } else heapPops++;
      } else {
        expect(q.pop()).toBe(false);
      }
      expectSizeAndPeek(q, ref, op);
    }
    expect(lanePops).toBeGreaterThan(10_000);
    expect(heapPops).toBeGreaterThan(10_000);
    expect(tiesAcross).toBeGreaterThan(1_000); // lane and heap events at the same time were ordered
  });
});

describe('EventQueue delay lines (timers armed with one constant delay, beside the heap)', () => {
  it('fires line, lane and heap events in one (time, scheduling order), ties included', () => {
    const q = new EventQueue();
    q.schedule(5, 1, 10);
    q.scheduleInLine(0, 5, 2, 20); // same time, scheduled later: after the heap event
    q.scheduleLane(0, 5, 3, 30);
    q.scheduleInLine(0, 5, 4, 40); // the line's second timer, same time again
    q.scheduleInLine(1, 1, 5, 50);
    q.schedule(5, 6, 60);
    expect(q.size).toBe(6);
    expect(q.peekTime()).toBe(1);
    expect(drain(q)).toEqual([[1, 5, 50], [5, 1, 10], [5, 2, 20], [5, 3, 30], [5, 4, 40], [5, 6, 60]]);
    expect(q.size).toBe(0);
  });

  it('cancels the head, a middle and the last timer of a line; a cancelled or fired handle is refused', () => {
    const q = new EventQueue();
    const h = [1, 2, 3, 4, 5].map((t) => q.scheduleInLine(2, t, 0, t));
    expect(q.timeOf(h[2]!)).toBe(3);
    expect(q.cancel(h[2]!)).toBe(true); // middle
    expect(q.cancel(h[0]!)).toBe(true); // head: the next timer takes the line's lane
    expect(q.cancel(h[4]!)).toBe(true); // last
    expect(q.cancel(h[2]!)).toBe(false);
    expect(q.isPending(h[0]!)).toBe(false);
    expect(q.timeOf(h[0]!)).toBeNaN();
    expect(q.peekTime()).toBe(2);
    q.scheduleInLine(2, 6, 0, 6); // appended after the new last timer
    expect(drain(q)).toEqual([[2, 0, 2], [4, 0, 4], [6, 0, 6]]);
    expect(q.cancel(h[1]!)).toBe(false); // fired
    expect(q.scheduleInLine(2, 7, 0, 7)).toBeGreaterThanOrEqual(0); // an emptied line is usable again
    expect(drain(q)).toEqual([[7, 0, 7]]);
  });

  it('a timer earlier than its line’s last goes to the heap and still fires in order', () => {
    const q = new EventQueue();
    q.scheduleInLine(0, 10, 0, 1);
    const early = q.scheduleInLine(0, 3, 0, 2); // would break the line's order
    q.scheduleInLine(0, 10, 0, 3);
    expect(q.timeOf(early)).toBe(3);
    expect(drain(q)).toEqual([[3, 0, 2], [10, 0, 1], [10, 0, 3]]);
  });

  it('refuses a line that does not exist and an infinite time', () => {
    const q = new EventQueue();
    expect(() => q.scheduleInLine(4, 1, 0, 0)).toThrow(/no delay line 4 \(lines are 0 to 3\)/);
    expect(() => q.scheduleInLine(-1, 1, 0, 0)).toThrow(/no delay line -1/);
    expect(() => q.scheduleInLine(0, Infinity, 0, 0)).toThrow(/finite time/);
  });

  it('a silence clock re-armed 100k times leaves nothing behind, and clear drops line timers', () => {
    const q = new EventQueue(16);
    let h = NO_EVENT;
    for (let i = 0; i < 100_000; i++) {
      q.cancel(h);
      h = q.scheduleInLine(1, i + 30, 12, 7);
    }
    expect(q.size).toBe(1);
    expect((q as unknown as { capacity: number }).capacity).toBe(16);
    const others = [q.scheduleInLine(0, 5, 0, 1), q.schedule(4, 0, 2)];
    q.clear();
    expect(q.size).toBe(0);
    expect(q.pop()).toBe(false);
    for (const x of [h, ...others]) expect(q.isPending(x)).toBe(false);
    q.scheduleInLine(1, 3, 0, 9); // the line is usable again
    expect(drain(q)).toEqual([[3, 0, 9]]);
  });

  it('agrees with a sorted-array reference over 100k seeded operations mixing lines, lanes, schedules, cancels and pops', () => {
    const rng = seedrandom.alea('eventqueue-lines'); // fixed seed: reproducible
    const q = new EventQueue(16);
    type R = { time: number; seq: number; kind: number; payload: number; handle: number; where: 'heap' | 'lane' | 'line' };
    const ref: R[] = [];
    const laneBusy = [false, false];
    let seq = 0, now = 0, cancelsInLines = 0, linePops = 0, ties = 0;
    const insert = (e: R) => {
      let i = 0;
      while (i < ref.length && (ref[i]!.time < e.time || (ref[i]!.time === e.time && ref[i]!.seq < e.seq))) i++;
      if (ref.some((x) => x.time === e.time && x.where !== e.where)) ties++;
      ref.splice(i, 0, e);
    };
    for (let op = 0; op < 100_000; op++) {
      const r = rng();
      if (r < 0.35) {
        // Lines 0 and 1 have one delay each; line 2's delays vary (its early timers go to the heap).
        const line = Math.floor(rng() * 3);
        const delay = line === 0 ? 5 : line === 1 ? 12 : Math.floor(rng() * 15);
        const payload = Math.floor(rng() * 1e6);
        insert({ time: now + delay, seq: seq++, kind: 3, payload, handle: q.scheduleInLine(line, now + delay, 3, payload), where: 'line' });
      } else if (r < 0.45) {
        const lane = Math.floor(rng() * 2);
        if (!laneBusy[lane]) {
          laneBusy[lane] = true;
          const time = now + Math.floor(rng() * 10);
          q.scheduleLane(lane, time, 7, lane);
          insert({ time, seq: seq++, kind: 7, payload: lane, handle: NO_EVENT, where: 'lane' });
        }
      } else if (r < 0.6) {
        const time = now + Math.floor(rng() * 20);
        const payload = Math.floor(rng() * 1e6);
        insert({ time, seq: seq++, kind: 1, payload, handle: q.schedule(time, 1, payload), where: 'heap' });
      } else if (r < 0.75) {
        const cancellable = ref.filter((e) => e.where !== 'lane');
        if (cancellable.length > 0) {
          const e = cancellable[Math.floor(rng() * cancellable.length)]!;
          expect(q.timeOf(e.handle)).toBe(e.time);
          expect(q.cancel(e.handle)).toBe(true);
          expect(q.cancel(e.handle)).toBe(false);
          if (e.where === 'line') cancelsInLines++;
          ref.splice(ref.indexOf(e), 1);
        }
      } else if (ref.length > 0) {
        const e = ref.shift()!;
        expectPopped(q, e, op);
        now = e.time;
        if (e.where === 'lane') laneBusy[e.payload] = false;
        if (e.where === 'line') linePops++;
        if (e.handle !== NO_EVENT && q.isPending(e.handle)) expect.fail(`op ${op}: a fired handle is still pending`);
      }
      expectSizeAndPeek(q, ref, op);
    }
    expect(linePops).toBeGreaterThan(10_000);
    expect(cancelsInLines).toBeGreaterThan(5_000);
    expect(ties).toBeGreaterThan(1_000);
  });
});
