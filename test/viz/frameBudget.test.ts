// While a run streams in, the live views take turns within a script budget per animation frame
// (viz/app/FrameBudget.ts): a frame stops once the budget is spent, or before a view whose last
// drawing would not fit what is left; the views it left out are drawn first in the next, so none
// falls more than a frame or two behind. A view not drawn yet starts a frame, never after others.

import { describe, expect, it } from 'vitest';
import { FrameBudget } from '../../viz/app/FrameBudget.ts';

/** Drawers that log their name and take `ms` of a fake clock each (changeable by name). */
function desk(costs: Record<string, number>) {
  let clock = 0;
  const log: string[] = [];
  const cost = { ...costs };
  const drawers = Object.keys(costs).map((name) => () => {
    log.push(name);
    clock += cost[name]!;
  });
  return { drawers, log, cost, now: () => clock };
}

/** One frame without a limit, so that the budget has seen every view drawn once. */
function learn(b: FrameBudget, d: ReturnType<typeof desk>): void {
  b.draw(d.drawers, false);
  d.log.length = 0;
}

describe('FrameBudget', () => {
  it('draws every view in one frame when they fit the budget', () => {
    const d = desk({ queue: 3, capacity: 3, flow: 3, board: 3 });
    const b = new FrameBudget(14, d.now);
    learn(b, d);
    expect(b.draw(d.drawers, true)).toBe(true);
    expect(d.log).toEqual(['queue', 'capacity', 'flow', 'board']);
  });

  it('starts a frame with a view not drawn yet, never draws one after others', () => {
    const d = desk({ queue: 3, capacity: 3, flow: 3, board: 3 });
    const b = new FrameBudget(14, d.now);
    const frames: string[][] = [];
    for (let k = 0; k < 4; k++) {
      b.draw(d.drawers, true);
      frames.push(d.log.splice(0));
    }
    expect(frames).toEqual([['queue'], ['capacity'], ['flow'], ['board', 'queue', 'capacity', 'flow']]);
  });

  it('stops once the budget is spent, and starts the next frame with the views left out', () => {
    const d = desk({ queue: 6, capacity: 6, flow: 6, board: 6 });
    const b = new FrameBudget(14, d.now);
    learn(b, d);
    d.cost['capacity'] = 9; // longer than it took before: the frame ends after it
    expect(b.draw(d.drawers, true)).toBe(false);
    expect(d.log).toEqual(['queue', 'capacity']);
    expect(b.draw(d.drawers, true)).toBe(false);
    expect(d.log.slice(2)).toEqual(['flow', 'board']);
    b.draw(d.drawers, true);
    expect(d.log.slice(4)).toEqual(['queue']); // capacity's 9 ms do not fit beside queue's 6
  });

  it('leaves a view whose last drawing would not fit what is left of the budget for the next frame, which it starts', () => {
    const d = desk({ queue: 8, capacity: 2, flow: 10, board: 2 });
    const b = new FrameBudget(14, d.now);
    learn(b, d);
    expect(b.draw(d.drawers, true)).toBe(false);
    expect(d.log).toEqual(['queue', 'capacity']);
    expect(b.draw(d.drawers, true)).toBe(false);
    expect(d.log.slice(2)).toEqual(['flow', 'board']);
  });

  it('always draws at least one view, however slow', () => {
    const d = desk({ queue: 100, capacity: 100 });
    const b = new FrameBudget(14, d.now);
    expect(b.draw(d.drawers, true)).toBe(false);
    expect(b.draw(d.drawers, true)).toBe(false);
    expect(b.draw(d.drawers, true)).toBe(false);
    expect(d.log).toEqual(['queue', 'capacity', 'queue']);
  });

  it('does not learn from a view that had nothing to draw: its first real drawing still starts a frame', () => {
    let clock = 0;
    const log: string[] = [];
    let boardReady = false;
    const drawers = [
      () => { log.push('queue'); clock += 2; },
      () => { log.push('capacity'); clock += 2; },
      () => {
        if (!boardReady) return false;
        log.push('board');
        clock += 20;
      },
    ];
    const b = new FrameBudget(14, () => clock);
    b.draw(drawers, false); // the board has no frame to show yet
    log.length = 0;
    boardReady = true;
    b.draw(drawers, true);
    expect(log.splice(0)).toEqual(['queue', 'capacity']);
    b.draw(drawers, true);
    expect(log.splice(0)).toEqual(['board']);
  });

  it('forgets what the views took when a new run starts', () => {
    const d = desk({ queue: 3, capacity: 3 });
    const b = new FrameBudget(14, d.now);
    learn(b, d);
    b.forget();
    expect(b.draw(d.drawers, true)).toBe(false);
    expect(d.log).toEqual(['queue']);
  });

  it('is not limited once the run has streamed in (playback draws every view every frame)', () => {
    const d = desk({ queue: 10, capacity: 10, flow: 10, board: 10 });
    const b = new FrameBudget(14, d.now);
    expect(b.draw(d.drawers, false)).toBe(true);
    expect(d.log).toEqual(['queue', 'capacity', 'flow', 'board']);
  });
});
