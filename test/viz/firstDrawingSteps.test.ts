// In the live page a time chart's first drawing goes in steps, one per render — the frame,
// then one panel's lines at a time (viz/views/FirstDrawingSteps.ts) — but only while it shows
// nothing yet: once drawn, it redraws whole, so no panel is ever left blank or stale.

import { describe, expect, it } from 'vitest';
import { FirstDrawingSteps } from '../../viz/views/FirstDrawingSteps.ts';

/** A chart of `n` panels rendered through the steps: the panels drawn, render by render. */
function chart(n: number, inSteps: boolean) {
  const steps = new FirstDrawingSteps(inSteps);
  let dirty = n;
  return {
    steps,
    /** One render; `framed`: it builds or lays out the frame (all panels to draw again). */
    render(framed = false): number {
      if (framed) dirty = n;
      const drawn = Math.min(dirty, steps.allowance(framed));
      dirty -= drawn;
      steps.rendered(dirty > 0);
      return drawn;
    },
  };
}

describe('FirstDrawingSteps', () => {
  it('draws a first drawing in steps: the frame alone, then one panel per render', () => {
    const c = chart(3, true);
    expect([c.render(true), c.render(), c.render(), c.render(), c.render()]).toEqual([0, 1, 1, 1, 0]);
  });

  it('once the chart has been drawn whole, draws it whole again in one render (a resize)', () => {
    const c = chart(3, true);
    for (const framed of [true, false, false, false]) c.render(framed);
    expect(c.render(true)).toBe(3);
  });

  it('goes in steps again after a reset (a new run)', () => {
    const c = chart(2, true);
    for (const framed of [true, false, false]) c.render(framed);
    c.steps.reset();
    expect([c.render(true), c.render(), c.render()]).toEqual([0, 1, 1]);
  });

  it('draws everything at once where the page will not render again (a static report)', () => {
    const c = chart(3, false);
    expect(c.render(true)).toBe(3);
  });
});
