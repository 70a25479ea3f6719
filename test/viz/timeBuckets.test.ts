// Long runs drawn in buckets: which bucket a chart picks for its width, and what a bucket holds.

import { describe, expect, it } from 'vitest';
import { chooseBucket, bucketize, bucketName } from '../../viz/views/timeBuckets.ts';

const DAY = 86400, WEEK = 7 * DAY;

describe('chooseBucket', () => {
  it('draws a year of 4-hour frames in weeks at a few hundred pixels, in days on a very wide chart', () => {
    const year = 365 * DAY, frames = 15780; // the year scenario's frame interval
    expect(chooseBucket(year, frames, 340)).toBe(WEEK);
    expect(chooseBucket(year, frames, 560)).toBe(WEEK);
    expect(chooseBucket(year, frames, 1800)).toBe(DAY);
  });

  it('keeps every point of a one-day run at desktop widths, and coarsens it only when it is too dense', () => {
    expect(chooseBucket(DAY, 60, 560)).toBeNull();
    expect(chooseBucket(DAY, 60, 866)).toBeNull();
    expect(chooseBucket(DAY, 60, 280)).toBe(1800); // 1,440 points in 280 px
  });

  it('shows a 30-day run (E1) in days when a day is narrower than 24 px, else every frame', () => {
    expect(chooseBucket(30 * DAY, 1320, 560)).toBe(DAY);
    expect(chooseBucket(30 * DAY, 1320, 900)).toBeNull();
  });

  it('never picks a bucket as fine as the points themselves', () => {
    const b = chooseBucket(10 * 365 * DAY, WEEK, 300);
    expect(b).toBeGreaterThan(WEEK);
  });
});

describe('bucketize', () => {
  it('gives each bucket the mean, min and max of the points stamped in it (a point at a boundary ends its bucket)', () => {
    // Points at the end of 6-hour frames over two days: day 0 = 1, 5, 3, 7; day 1 = 2, 2, 8, 0.
    const times = [1, 2, 3, 4, 5, 6, 7, 8].map((k) => k * 21600);
    const q = [1, 5, 3, 7, 2, 2, 8, 0];
    const b = bucketize(times, times.length, { q }, ['q'], DAY, 2 * DAY);
    expect(b.count).toBe(2);
    expect([...b.times]).toEqual([DAY, 2 * DAY]);
    expect([...b.values['q']!]).toEqual([4, 3]);
    expect([...b.values['q:min']!]).toEqual([1, 0]);
    expect([...b.values['q:max']!]).toEqual([7, 8]);
  });

  it('reads only the first `count` points (a live run up to its cursor), the last bucket partly filled', () => {
    const times = [1, 2, 3, 4, 5, 6].map((k) => k * 21600);
    const b = bucketize(times, 5, { q: [1, 1, 1, 1, 9, 9] }, ['q'], DAY, 10 * DAY);
    expect(b.count).toBe(2);
    expect(b.values['q']![1]).toBe(9);
    expect(b.times[1]).toBe(2 * DAY);
  });

  it('ends a last, shorter bucket at the horizon and leaves non-finite values out', () => {
    const times = [DAY, 2 * DAY, 2.5 * DAY];
    const b = bucketize(times, 3, { q: [4, NaN, 6] }, ['q'], 2 * DAY, 2.5 * DAY);
    expect([...b.times]).toEqual([2 * DAY, 2.5 * DAY]);
    expect([...b.values['q']!]).toEqual([4, 6]);
    expect(bucketize([], 0, { q: [] }, ['q'], DAY, DAY).count).toBe(0);
  });
});

describe('bucketName', () => {
  it('names buckets as the axis label says them', () => {
    expect([WEEK, DAY, 3600, 1800, 6 * 3600, 4 * WEEK].map(bucketName)).toEqual(['weekly', 'daily', 'hourly', '30-min', '6-hour', '4-week']);
  });
});
