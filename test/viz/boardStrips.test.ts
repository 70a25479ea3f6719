// The agent board is a stack of canvases (viz/views/boardStrips.ts): strips cut at the top of a
// card row, at most so tall, one strip at a pixel ratio that is not a whole number; an update
// under a strip budget draws the cards of that many strips with changes, in turn, and a card
// left out is drawn by a later update (viz/views/boardPlan.ts).

import { describe, expect, it } from 'vitest';
import { planStrips, stripAt, chooseStrips } from '../../viz/views/boardStrips.ts';
import { planCards } from '../../viz/views/boardPlan.ts';
import type { CardPlan } from '../../viz/views/boardPlan.ts';
import { AGENT_FIELDS, A_STATUS } from '../../viz/protocol.ts';

describe('planStrips', () => {
  // A board of 10 rows of cards 46 px tall, 6 px apart, under one 20-px team heading: rows at 20, 72, 124, …
  const rows = Array.from({ length: 10 }, (_, k) => 20 + 52 * k);
  const height = 20 + 52 * 9 + 46;

  it('cuts at row tops only, each strip at most the given height, covering the board without gap or overlap', () => {
    const strips = planStrips(rows, height, 110, 1);
    expect(strips[0]!.top).toBe(0);
    for (let k = 1; k < strips.length; k++) {
      expect(rows).toContain(strips[k]!.top);
      expect(strips[k]!.top).toBe(strips[k - 1]!.top + strips[k - 1]!.height);
    }
    expect(strips[strips.length - 1]!.top + strips[strips.length - 1]!.height).toBe(height);
    for (const s of strips) expect(s.height).toBeLessThanOrEqual(110);
    // As few as the height allows: two rows (and the heading above the first) per strip.
    expect(strips.map((s) => s.top)).toEqual([0, 72, 176, 280, 384, 488]);
  });

  it('a row taller than the limit gets a strip of its own', () => {
    expect(planStrips([0, 300, 320], 400, 100, 2)).toEqual([{ top: 0, height: 300 }, { top: 300, height: 100 }]);
    expect(planStrips([0, 300, 320], 450, 100, 2)).toEqual([{ top: 0, height: 300 }, { top: 300, height: 20 }, { top: 320, height: 130 }]);
  });

  it('one strip when the board fits, or when the pixel ratio is not a whole number', () => {
    expect(planStrips(rows, height, 1000, 1)).toEqual([{ top: 0, height }]);
    expect(planStrips(rows, height, 110, 1.5)).toEqual([{ top: 0, height }]);
    expect(planStrips([], 46, 110, 1)).toEqual([{ top: 0, height: 46 }]);
  });

  it('stripAt finds the strip holding a y', () => {
    const strips = planStrips(rows, height, 110, 1);
    expect(stripAt(strips, 0)).toBe(0);
    expect(stripAt(strips, 71)).toBe(0);
    expect(stripAt(strips, 72)).toBe(1);
    expect(stripAt(strips, height - 1)).toBe(strips.length - 1);
  });
});

describe('chooseStrips', () => {
  it('takes the strips with changes in turn from `first`, wrapping round, at most `budget`', () => {
    expect(chooseStrips([true, false, true, true], 0, 2)).toEqual({ chosen: [true, false, true, false], next: 3 });
    expect(chooseStrips([true, false, true, true], 3, 2)).toEqual({ chosen: [true, false, false, true], next: 1 });
    expect(chooseStrips([false, false, false], 1, 2)).toEqual({ chosen: [false, false, false], next: 1 });
    expect(chooseStrips([true, true], 0, 5)).toEqual({ chosen: [true, true], next: 0 });
  });
});

describe('planCards with a strip budget', () => {
  // Six cards, two per strip; every card's sprites already exist (no sprite budget at play).
  const n = 6, of = (i: number) => Math.floor(i / 2);
  const numbers = (status: number[]) => Float64Array.from(status.flatMap((s) => [0, 0, 0, s]));

  it('draws the cards of `budget` strips with changes per update, in turn, until the board shows the frame', () => {
    let shown: Float64Array | null = numbers([0, 0, 0, 0, 0, 0]);
    let first = 0;
    const now = numbers([1, 1, 1, 1, 1, 1]);
    const drawnPerUpdate: number[][] = [];
    for (let k = 0; k < 5; k++) {
      const plan: CardPlan | null = planCards({ n, now, shown, gridOnly: false, budget: 100, hasRowOne: () => true, isOver: () => false, strips: { count: 3, of, budget: 1, first } });
      if (!plan) break;
      drawnPerUpdate.push(plan.row1);
      shown = plan.shown;
      first = plan.nextStrip;
    }
    expect(drawnPerUpdate).toEqual([[0, 1], [2, 3], [4, 5]]);
    expect(Array.from(shown!)).toEqual(Array.from(now));
  });

  it('a strip that changes on every update does not keep the others waiting', () => {
    let shown: Float64Array | null = numbers([0, 0, 0, 0, 0, 0]);
    let first = 0;
    const strips: number[][] = [];
    for (let k = 1; k <= 4; k++) {
      // Strip 0 changes every time; strips 1 and 2 changed once, at the start.
      const now = numbers([k, k, 1, 1, 1, 1]);
      const plan: CardPlan = planCards({ n, now, shown, gridOnly: false, budget: 100, hasRowOne: () => true, isOver: () => false, strips: { count: 3, of, budget: 1, first } })!;
      strips.push([...new Set(plan.row1.map(of))]);
      shown = plan.shown;
      first = plan.nextStrip;
    }
    expect(strips).toEqual([[0], [1], [2], [0]]);
    expect(Array.from(shown!)).toEqual(Array.from(numbers([4, 4, 1, 1, 1, 1])));
  });

  it('a full drawing (the strips were just cleared) draws every strip', () => {
    const now = numbers([1, 1, 1, 1, 1, 1]);
    const plan = planCards({ n, now, shown: null, gridOnly: false, budget: 100, hasRowOne: () => true, isOver: () => false, strips: { count: 3, of, budget: 1, first: 0 } })!;
    expect(plan.row1).toEqual([0, 1, 2, 3, 4, 5]);
    expect(plan.deferred).toEqual([]);
    expect(plan.shown![5 * AGENT_FIELDS + A_STATUS]).toBe(1);
  });
});
