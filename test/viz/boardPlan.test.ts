// The agent board draws, per update, only the cards that changed, and at most `budget` new
// row-1 sprites (viz/views/boardPlan.ts): the rest wait for a later update. What the plan says
// the canvas shows must be what it shows, or a card left out is never finished.

import { describe, expect, it } from 'vitest';
import { planCards } from '../../viz/views/boardPlan.ts';
import type { CardPlan } from '../../viz/views/boardPlan.ts';
import { AGENT_FIELDS, A_MESSAGING, A_STATUS } from '../../viz/protocol.ts';

const ONLINE = 0, OFFLINE = 3;

/** Numbers for n agents: [messaging, email, voice, status] each. */
function frame(cards: [number, number, number, number][]): Float64Array {
  return Float64Array.from(cards.flat());
}

/**
 * A fake board: a canvas holding, per card, the numbers its rows were drawn with (row 1: the
 * status; row 2: the rest) and whether its warning border is on; a sprite cache of row-1 keys.
 */
function board(n: number, capacity = 3) {
  const sprites = new Set<string>();
  let canvas: { status: number; rest: string; warn: boolean }[] = [];
  let shown: Float64Array | null = null;
  let layoutPending = true;
  const isOver = (i: number, a: ArrayLike<number>) => a[i * AGENT_FIELDS + A_MESSAGING]! > capacity;
  return {
    update(now: Float64Array, budget = 2): CardPlan | null {
      const gridOnly = layoutPending;
      if (layoutPending) {
        canvas = Array.from({ length: n }, () => ({ status: NaN, rest: '', warn: false }));
        shown = null;
        layoutPending = false;
      }
      const plan = planCards({ n, now, shown, gridOnly, budget, hasRowOne: (i) => sprites.has(`${i}|${now[i * AGENT_FIELDS + A_STATUS]}`), isOver });
      if (!plan) return null;
      for (const i of plan.row1) {
        sprites.add(`${i}|${now[i * AGENT_FIELDS + A_STATUS]}`);
        canvas[i]!.status = now[i * AGENT_FIELDS + A_STATUS]!;
      }
      for (const i of plan.row2) canvas[i]!.rest = Array.from(now.slice(i * AGENT_FIELDS, i * AGENT_FIELDS + 3)).join(',') + (now[i * AGENT_FIELDS + A_STATUS] === OFFLINE ? ' off' : '');
      for (const i of plan.warnOff) canvas[i]!.warn = false;
      for (const i of plan.warnOn) canvas[i]!.warn = true;
      shown = plan.shown;
      return plan;
    },
    relayout() {
      layoutPending = true;
    },
    /** What a correct board shows for these numbers. */
    expected(now: Float64Array) {
      return Array.from({ length: n }, (_, i) => ({
        status: now[i * AGENT_FIELDS + A_STATUS]!,
        rest: Array.from(now.slice(i * AGENT_FIELDS, i * AGENT_FIELDS + 3)).join(',') + (now[i * AGENT_FIELDS + A_STATUS] === OFFLINE ? ' off' : ''),
        warn: isOver(i, now),
      }));
    },
    get canvas() {
      return canvas;
    },
  };
}

/** Updates with the same numbers until nothing is left to draw (at most 20 times). */
function settle(b: ReturnType<typeof board>, now: Float64Array, budget = 2): number {
  let updates = 0;
  for (let plan = b.update(now, budget); plan && plan.deferred.length > 0 && updates < 20; plan = b.update(now, budget)) updates++;
  return updates + 1;
}

describe('planCards', () => {
  it('right after a new layout draws no card, then at most `budget` new sprites per update until the board is complete', () => {
    const b = board(5);
    const now = frame([[0, 0, 0, ONLINE], [1, 0, 0, ONLINE], [0, 0, 0, OFFLINE], [2, 1, 0, ONLINE], [0, 0, 1, ONLINE]]);
    const first = b.update(now)!;
    expect(first.row1).toEqual([]);
    expect(first.row2).toEqual([]);
    expect(first.deferred).toEqual([0, 1, 2, 3, 4]);
    expect(b.update(now)!.row1).toEqual([0, 1]);
    expect(b.update(now)!.row1).toEqual([2, 3]);
    const last = b.update(now)!;
    expect(last.row1).toEqual([4]);
    expect(last.deferred).toEqual([]);
    expect(b.canvas).toEqual(b.expected(now));
    expect(b.update(now)).toBeNull(); // nothing left to draw
  });

  it('a card left out is drawn whole later, even when its numbers have not changed since (an idle agent keeps its slots)', () => {
    const b = board(4);
    const idle = frame([[0, 0, 0, ONLINE], [0, 0, 0, ONLINE], [0, 0, 0, ONLINE], [0, 0, 0, ONLINE]]);
    settle(b, idle);
    // Everyone goes away and back: new row-1 sprites for all, two per update.
    const away = frame([[0, 0, 0, 1], [0, 0, 0, 1], [0, 0, 0, 1], [0, 0, 0, 1]]);
    settle(b, away);
    expect(b.canvas).toEqual(b.expected(away));
    // After a resize, the same numbers are drawn in steps: every card ends up with both rows.
    b.relayout();
    expect(settle(b, away)).toBeGreaterThan(1);
    expect(b.canvas).toEqual(b.expected(away));
  });

  it('a card left out while its numbers changed is drawn with the new numbers later, not forgotten', () => {
    const b = board(3);
    settle(b, frame([[0, 0, 0, ONLINE], [0, 0, 0, ONLINE], [0, 0, 0, ONLINE]]));
    // All three change status and messaging use at once; the budget leaves one card out.
    const next = frame([[1, 0, 0, 1], [2, 0, 0, 1], [3, 0, 0, 1]]);
    expect(b.update(next)!.deferred).toEqual([2]);
    // Then the statuses go back (sprites exist now) but card 2's messaging stays at 3.
    const back = frame([[1, 0, 0, ONLINE], [2, 0, 0, ONLINE], [3, 0, 0, ONLINE]]);
    b.update(back);
    expect(b.canvas).toEqual(b.expected(back));
  });

  it('paints out the warning of a card that was over capacity, also when it had been left out meanwhile', () => {
    const b = board(3, 1);
    settle(b, frame([[0, 0, 0, ONLINE], [0, 0, 0, ONLINE], [2, 0, 0, ONLINE]]));
    expect(b.canvas[2]!.warn).toBe(true);
    // Three new statuses, budget 1: card 2 (back under capacity) waits for a later update.
    const calm = frame([[0, 0, 0, 1], [0, 0, 0, 1], [0, 0, 0, 1]]);
    expect(b.update(calm, 1)!.deferred).toEqual([1, 2]);
    expect(b.canvas[2]!.warn).toBe(true);
    settle(b, calm, 1);
    expect(b.canvas).toEqual(b.expected(calm));
  });

  it('without a frame draws every card at once (there is nothing to compare with later)', () => {
    const plan = planCards({ n: 3, now: null, shown: null, gridOnly: true, budget: 1, hasRowOne: () => false, isOver: () => false })!;
    expect(plan.row1).toEqual([0, 1, 2]);
    expect(plan.row2).toEqual([0, 1, 2]);
    expect(plan.deferred).toEqual([]);
    expect(plan.shown).toBeNull();
  });
});
