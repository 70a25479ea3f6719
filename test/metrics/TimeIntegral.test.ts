// TimeIntegral: the time-weighted mean of a level over [from, end] and its maximum after
// `from`. Levels set before `from` only matter through the value still held at `from`.

import { describe, it, expect } from 'vitest';
import { TimeIntegral } from '../../sim/metrics/TimeIntegral.ts';

describe('TimeIntegral mean over [from, end]', () => {
  it('counts only the part after from, with changes before and after from', () => {
    const ti = new TimeIntegral(10);
    ti.set(0, 5); // replaced before from: no weight
    ti.set(4, 2); // held over [10,12): 2·2 = 4
    ti.set(12, 6); // [12,15): 6·3 = 18
    ti.set(15, 1); // [15,20]: 1·5 = 5
    expect(ti.mean(20)).toBe(27 / 10);
    // Reading the mean does not store the tail [15, 20]: only the closed stretches are in total.
    expect(ti.total).toBe(22);
    expect(ti.mean(20)).toBe(27 / 10);
  });

  it('a level set before from and never changed has that mean', () => {
    const ti = new TimeIntegral(100);
    ti.set(3, 4);
    expect(ti.mean(200)).toBe(4);
  });

  it('a change exactly at from weighs from there on', () => {
    const ti = new TimeIntegral(10);
    ti.set(0, 8);
    ti.set(10, 2);
    expect(ti.mean(20)).toBe(2);
  });

  it('several changes at the same instant weigh only the last', () => {
    const ti = new TimeIntegral(0);
    ti.set(5, 3);
    ti.set(5, 9);
    ti.set(5, 1);
    expect(ti.mean(10)).toBe(5 / 10); // 0 on [0,5), 1 on [5,10]
  });

  it('mean can be read more than once and again later', () => {
    const ti = new TimeIntegral(0);
    ti.set(0, 2);
    ti.set(4, 6);
    expect(ti.mean(8)).toBe((8 + 24) / 8);
    expect(ti.mean(8)).toBe(4);
    expect(ti.mean(16)).toBe((8 + 72) / 16);
  });

  it('an empty window (end = from) has mean 0', () => {
    const ti = new TimeIntegral(10);
    ti.set(0, 7);
    expect(ti.mean(10)).toBe(0);
  });
});

describe('TimeIntegral max after from', () => {
  it('ignores values held only before from', () => {
    const ti = new TimeIntegral(10);
    ti.set(0, 7);
    ti.set(5, 1);
    ti.set(15, 3);
    ti.mean(20);
    expect(ti.max).toBe(3);
  });

  it('counts a value set before from and still held after from', () => {
    const ti = new TimeIntegral(10);
    ti.set(0, 7);
    ti.set(15, 1);
    expect(ti.max).toBe(7);
  });

  it('counts a value set before from and held to the end (seen by mean)', () => {
    const ti = new TimeIntegral(10);
    ti.set(2, 4);
    expect(ti.max).toBe(0); // not yet seen after from
    expect(ti.maxUntil(20)).toBe(4); // held after from up to the end
    expect(ti.maxUntil(10)).toBe(0); // but not if the window ends at from
  });

  it('counts values set after from, even if later lowered', () => {
    const ti = new TimeIntegral(10);
    ti.set(11, 2);
    ti.set(12, 5);
    ti.set(13, 0);
    ti.mean(20);
    expect(ti.max).toBe(5);
  });

  it('before from nothing counts, however high', () => {
    const ti = new TimeIntegral(10);
    ti.set(1, 50);
    ti.set(2, 0);
    ti.mean(20);
    expect(ti.max).toBe(0);
  });
});
