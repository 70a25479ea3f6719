// After a new layout the agent board's strips come into use one at a time (viz/views/StripWarmup.ts):
// drawing on every new canvas at once made the browser's next three commits 13–18 ms longer. A
// card whose strip is not in use yet waits (viz/views/boardPlan.ts `drawable`) without taking a
// strip's turn, and the board is complete only once every strip is in use and every card drawn.

import { describe, expect, it } from 'vitest';
import { StripWarmup } from '../../viz/views/StripWarmup.ts';
import { planCards } from '../../viz/views/boardPlan.ts';
import type { CardPlan } from '../../viz/views/boardPlan.ts';
import { AGENT_FIELDS, A_STATUS } from '../../viz/protocol.ts';

describe('StripWarmup', () => {
  it('brings the strips into use in order, one at a time and at least gapMs apart, until all are', () => {
    const w = new StripWarmup(50);
    w.reset(3);
    expect(w.complete).toBe(false);
    expect(w.inUse(0)).toBe(false);
    expect(w.take(1000)).toEqual([0]);
    expect(w.inUse(0)).toBe(true);
    expect(w.inUse(1)).toBe(false);
    expect(w.take(1016)).toEqual([]);
    expect(w.take(1049)).toEqual([]);
    expect(w.take(1050)).toEqual([1]);
    expect(w.take(1200)).toEqual([2]);
    expect(w.complete).toBe(true);
    expect(w.take(2000)).toEqual([]);
  });

  it('a reset (everything drawn again) takes every strip out of use, and the first comes into use at once', () => {
    const w = new StripWarmup(50);
    w.reset(2);
    w.take(1000);
    w.reset(2);
    expect(w.inUse(0)).toBe(false);
    expect(w.complete).toBe(false);
    expect(w.take(1001)).toEqual([0]);
  });

  it('`all` brings every strip left into use now (a drawing without a frame)', () => {
    const w = new StripWarmup(50);
    w.reset(3);
    expect(w.take(1000)).toEqual([0]);
    expect(w.take(1001, true)).toEqual([1, 2]);
    expect(w.complete).toBe(true);
  });
});

describe('planCards with strips coming into use', () => {
  // Six cards, two per strip; every card's sprites already exist (no sprite budget at play).
  const n = 6, of = (i: number) => Math.floor(i / 2);
  const numbers = (status: number[]) => Float64Array.from(status.flatMap((s) => [0, 0, 0, s]));

  it('draws only the cards of strips in use; the others wait, drawn once their strip is', () => {
    const w = new StripWarmup(50);
    w.reset(3);
    const now = numbers([1, 1, 1, 1, 1, 1]);
    let shown: Float64Array | null = null;
    const drawn: number[][] = [];
    for (let k = 0; k < 3; k++) {
      w.take(1000 + 50 * k);
      const plan: CardPlan = planCards({ n, now, shown, gridOnly: false, budget: 100, hasRowOne: () => true, isOver: () => false, drawable: (i) => w.inUse(of(i)) })!;
      drawn.push(plan.row1);
      shown = plan.shown;
      if (k < 2) expect(plan.deferred.length).toBeGreaterThan(0);
      else expect(plan.deferred).toEqual([]);
    }
    expect(drawn).toEqual([[0, 1], [2, 3], [4, 5]]);
    expect(Array.from(shown!)).toEqual(Array.from(now));
  });

  it('a card whose strip is not in use takes no strip turn under a strip budget', () => {
    // Strip 0 is not in use; strips 1 and 2 are, and changed: a budget of one strip draws strip 1,
    // not a turn spent on strip 0's cards, which cannot be drawn.
    const shown = numbers([NaN, NaN, 0, 0, 0, 0]);
    const now = numbers([1, 1, 1, 1, 1, 1]);
    const plan = planCards({ n, now, shown, gridOnly: false, budget: 100, hasRowOne: () => true, isOver: () => false, drawable: (i) => of(i) > 0, strips: { count: 3, of, budget: 1, first: 0 } })!;
    expect(plan.row1).toEqual([2, 3]);
    expect(plan.deferred).toEqual([0, 1, 4, 5]);
    expect(plan.shown![0 * AGENT_FIELDS + A_STATUS]).toBeNaN();
    expect(plan.nextStrip).toBe(2);
  });
});
