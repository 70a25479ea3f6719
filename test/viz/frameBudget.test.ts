// While a run streams in, the live views take turns within a script budget per animation frame
// (viz/app/FrameBudget.ts): a frame stops once the budget is spent, and the views it left out
// are drawn first in the next, so none falls more than a frame or two behind.

import { describe, expect, it } from 'vitest';
import { FrameBudget } from '../../viz/app/FrameBudget.ts';

/** Drawers that log their name and take `ms` of a fake clock each. */
function desk(costs: Record<string, number>) {
  let clock = 0;
  const log: string[] = [];
  const drawers = Object.entries(costs).map(([name, ms]) => () => {
    log.push(name);
    clock += ms;
  });
  return { drawers, log, now: () => clock };
}

describe('FrameBudget', () => {
  it('draws every view in one frame when they fit the budget', () => {
    const d = desk({ queue: 3, capacity: 3, flow: 3, board: 3 });
    const b = new FrameBudget(14, d.now);
    expect(b.draw(d.drawers, true)).toBe(true);
    expect(d.log).toEqual(['queue', 'capacity', 'flow', 'board']);
  });

  it('stops once the budget is spent, and starts the next frame with the views left out', () => {
    const d = desk({ queue: 10, capacity: 10, flow: 10, board: 10 });
    const b = new FrameBudget(14, d.now);
    expect(b.draw(d.drawers, true)).toBe(false);
    expect(d.log).toEqual(['queue', 'capacity']);
    expect(b.draw(d.drawers, true)).toBe(false);
    expect(d.log.slice(2)).toEqual(['flow', 'board']);
    b.draw(d.drawers, true);
    expect(d.log.slice(4)).toEqual(['queue', 'capacity']);
  });

  it('always draws at least one view, however slow', () => {
    const d = desk({ queue: 100, capacity: 100 });
    const b = new FrameBudget(14, d.now);
    expect(b.draw(d.drawers, true)).toBe(false);
    expect(b.draw(d.drawers, true)).toBe(false);
    expect(d.log).toEqual(['queue', 'capacity']);
  });

  it('is not limited once the run has streamed in (playback draws every view every frame)', () => {
    const d = desk({ queue: 10, capacity: 10, flow: 10, board: 10 });
    const b = new FrameBudget(14, d.now);
    expect(b.draw(d.drawers, false)).toBe(true);
    expect(d.log).toEqual(['queue', 'capacity', 'flow', 'board']);
  });
});
