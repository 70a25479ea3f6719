// The time axis's ticks: a round clock step, never more ticks than the chart has room for.

import { describe, expect, it } from 'vitest';
import { timeTicks } from '../../viz/views/timeAxis.ts';

const DAY = 86400;

describe('timeTicks', () => {
  it('puts a day at a few hundred pixels in round clock steps, from 0 to the horizon', () => {
    expect(timeTicks(DAY, 560)).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24].map((h) => h * 3600));
  });

  it('keeps to one tick per ~64 px however long the run (100,000 days drew 3,572 ticks, a solid bar)', () => {
    for (const days of [365, 2000, 100_000]) {
      for (const width of [300, 560, 1800]) {
        const ticks = timeTicks(days * DAY, width);
        expect(ticks.length, `${days} days in ${width} px`).toBeLessThanOrEqual(Math.max(2, Math.floor(width / 64)) + 1);
        expect(ticks.length, `${days} days in ${width} px`).toBeGreaterThanOrEqual(2);
        // Still on midnights, a round number of days apart.
        expect((ticks[1]! - ticks[0]!) % DAY).toBe(0);
      }
    }
  });
});
