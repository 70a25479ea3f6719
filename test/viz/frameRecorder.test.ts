// The frames the page plays back: one per interval, and always one at the horizon, so that
// playback of a run whose horizon is not a whole number of intervals reaches its end.

import { describe, expect, it } from 'vitest';
import { FrameRecorder } from '../../viz/worker/FrameRecorder.ts';

const frameTimes = (interval: number, horizon: number, steps: number[]) => {
  const r = new FrameRecorder(interval, horizon, new Map(), 0);
  for (const t of steps) r.flushUntil(t);
  return r.take().map((f) => f.t);
};

describe('FrameRecorder', () => {
  it('ends with a frame at the horizon when it is not a whole number of intervals (E1: 30 d at 1320 s)', () => {
    const times = frameTimes(1320, 2_592_000, [3600, 2_592_000]);
    expect(times.length).toBe(1964); // 1963 whole intervals, then the horizon
    expect(times.at(-2)).toBe(1963 * 1320);
    expect(times.at(-1)).toBe(2_592_000);
  });

  it('makes no extra frame when the horizon is a whole number of intervals', () => {
    expect(frameTimes(600, 3600, [1800, 3600, 3600])).toEqual([600, 1200, 1800, 2400, 3000, 3600]);
  });

  it('makes the horizon frame once, however often it is flushed', () => {
    expect(frameTimes(1000, 2500, [2500, 2500, 2600])).toEqual([1000, 2000, 2500]);
  });
});
