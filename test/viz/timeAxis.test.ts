// The time axis's ticks: a round clock step, never more ticks than the chart has room for; and
// the time the cursor and the playback clock say, written as the axis writes it.

import { describe, expect, it } from 'vitest';
import { formatTime, formatTimeTick, timeTicks } from '../../viz/views/timeAxis.ts';

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

describe('formatTime (the charts\' cursor and the page\'s playback clock)', () => {
  it('in a run of a day or less, says the time of day as the axis does, 24:00 at its end (the clock said d1 00:00)', () => {
    expect([0, 7200, 10 * 3600 + 5 * 60 + 59, DAY].map((t) => formatTime(t, DAY))).toEqual(['00:00', '02:00', '10:05', '24:00']);
    for (const t of timeTicks(DAY, 560)) expect(formatTime(t, DAY), `${t}`).toBe(formatTimeTick(t, DAY));
    expect(formatTime(8 * 3600, 8 * 3600)).toBe('08:00');
  });

  it('in a longer run, says the day and the time ("d2 13:00"), the horizon\'s midnight as a day ("d30 00:00")', () => {
    expect(formatTime(2 * DAY + 13 * 3600, 30 * DAY)).toBe('d2 13:00');
    expect(formatTime(0, 30 * DAY)).toBe('d0 00:00');
    expect(formatTime(30 * DAY, 30 * DAY)).toBe('d30 00:00');
    expect(formatTimeTick(28 * DAY, 30 * DAY)).toBe('d28');
  });
});
