// Side-by-side charts share their y domain: the largest value of both, redrawn as either grows.

import { describe, expect, it } from 'vitest';
import { SharedDomain } from '../../viz/views/SharedDomain.ts';

describe('SharedDomain', () => {
  it('gives every chart the largest value of all, per panel, and asks the others to redraw when it moves', () => {
    const shared = new SharedDomain();
    const redraws = { a: 0, b: 0 };
    const a = shared.join(() => redraws.a++);
    const b = shared.join(() => redraws.b++);
    expect(a.report('messaging', 4)).toBe(4);
    expect(redraws).toEqual({ a: 0, b: 1 });
    expect(b.report('messaging', 10)).toBe(10); // b streams a larger value: a must redraw
    expect(redraws).toEqual({ a: 1, b: 1 });
    expect(a.report('messaging', 6)).toBe(10); // below the shared top: nobody redraws
    expect(redraws).toEqual({ a: 1, b: 1 });
    expect(a.report('email', 3)).toBe(3); // panels are shared by key, independently
    expect(shared.max('messaging')).toBe(10);
  });

  it('falls back when a chart starts over or leaves', () => {
    const shared = new SharedDomain();
    let redrawsOfA = 0;
    const a = shared.join(() => redrawsOfA++);
    const b = shared.join(() => {});
    a.report('queue', 5);
    b.report('queue', 20);
    expect(b.report('queue', 0)).toBe(5); // b's new run has shown nothing yet
    expect(redrawsOfA).toBe(2);
    b.report('queue', 30);
    b.leave();
    expect(shared.max('queue')).toBe(5);
    expect(redrawsOfA).toBe(4);
  });
});
