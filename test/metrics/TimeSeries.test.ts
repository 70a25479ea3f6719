// Fixed-bucket series: CountSeries counts per bucket (a time on a boundary opens the later
// bucket, times past the end stay in the last one); StepSeries integrates a step function
// exactly across buckets. All inputs are multiples of 0.5 so the integrals are exact.

import { describe, it, expect } from 'vitest';
import { CountSeries, StepSeries, autoInterval } from '../../sim/metrics/TimeSeries.ts';

describe('CountSeries', () => {
  it('counts per bucket; a time exactly on a boundary goes to the later bucket', () => {
    const s = new CountSeries(60, 3); // [0,60) [60,120) [120,180]
    s.add(0);
    s.add(59.5);
    s.add(60); // boundary → bucket 1
    s.add(119.5);
    s.add(120); // boundary → bucket 2
    expect(Array.from(s.values)).toEqual([2, 2, 1]);
  });

  it('adds n at once', () => {
    const s = new CountSeries(10, 2);
    s.add(5, 3);
    s.add(15, 2);
    s.add(15);
    expect(Array.from(s.values)).toEqual([3, 3]);
  });

  it('skips buckets with nothing in them', () => {
    const s = new CountSeries(10, 5);
    s.add(1);
    s.add(35); // jumps from bucket 0 over 1 and 2
    s.add(39.5);
    expect(Array.from(s.values)).toEqual([1, 0, 0, 2, 0]);
  });

  it('times at or after the last bucket end stay in the last bucket', () => {
    const s = new CountSeries(60, 3); // the last bucket nominally ends at 180
    s.add(170);
    s.add(180); // exactly the end
    s.add(1e6); // far beyond
    expect(Array.from(s.values)).toEqual([0, 0, 3]);
  });

  it('a single bucket takes everything', () => {
    const s = new CountSeries(60, 1);
    s.add(0);
    s.add(60);
    s.add(500);
    expect(Array.from(s.values)).toEqual([3]);
  });
});

describe('StepSeries', () => {
  it('splits a value held across several buckets exactly', () => {
    const s = new StepSeries(10, 4);
    s.set(5, 2); // 2 from t = 5
    s.set(27, 0); // … to t = 27: 2·5 in [0,10), 2·10 in [10,20), 2·7 in [20,30)
    s.advance(40);
    expect(Array.from(s.integrals)).toEqual([10, 20, 14, 0]);
  });

  it('sums many changes inside one bucket', () => {
    const s = new StepSeries(10, 2);
    s.set(1, 1); // 1 on [1,2)
    s.set(2, 3); // 3 on [2,2.5)
    s.set(2.5, 0); // 0 on [2.5,4)
    s.add(4, 4); // 4 on [4,6)
    s.add(6, -1); // 3 on [6,10) then on into bucket 1
    s.advance(12); // 3 on [10,12)
    // bucket 0: 1 + 1.5 + 0 + 8 + 12 = 22.5; bucket 1: 6
    expect(Array.from(s.integrals)).toEqual([22.5, 6]);
    expect(s.current).toBe(3);
  });

  it('held value, then several changes in a later bucket, then advance to the end', () => {
    const s = new StepSeries(10, 4);
    s.set(5, 2);
    s.set(27, 1); // 2 on [5,27)
    s.set(28, 3); // 1 on [27,28)
    s.set(28.5, 0); // 3 on [28,28.5)
    s.set(29, 4); // 0 on [28.5,29), then 4 to the end
    s.advance(40);
    // [10, 20, 14 + 1 + 1.5 + 0 + 4, 40]
    expect(Array.from(s.integrals)).toEqual([10, 20, 20.5, 40]);
    expect(Array.from(s.means(40))).toEqual([1, 2, 2.05, 4]);
  });

  it('a change exactly on a boundary starts in the later bucket', () => {
    const s = new StepSeries(10, 3);
    s.set(10, 1);
    s.set(20, 5);
    s.advance(30);
    expect(Array.from(s.integrals)).toEqual([0, 10, 50]);
  });

  it('advance is idempotent and advancing backwards does nothing', () => {
    const s = new StepSeries(10, 2);
    s.set(0, 2);
    s.advance(15);
    s.advance(15);
    s.advance(12);
    s.advance(20);
    expect(Array.from(s.integrals)).toEqual([20, 20]);
  });

  it('setting the same value is not a change', () => {
    const s = new StepSeries(10, 2);
    s.set(2, 1);
    s.set(8, 1);
    s.set(8, 1);
    s.advance(20);
    expect(Array.from(s.integrals)).toEqual([8, 10]);
  });

  it('time past the last bucket end is not integrated (the last bucket spans one interval)', () => {
    const s = new StepSeries(10, 2); // [0,10) [10,20]
    s.set(5, 1);
    s.advance(30);
    expect(Array.from(s.integrals)).toEqual([5, 10]);
    expect(Array.from(s.means(30))).toEqual([0.5, 1]);
  });

  // BUG (sim/metrics/TimeSeries.ts, StepSeries.advance): once `since` is past the last
  // bucket's end, a further advance takes the `else` branch with from = since > (b + 1)·iv and
  // adds v·((b + 1)·iv − since) < 0 to the last bucket. Splitting advance(30) into
  // advance(25); advance(30) gives [5, 5] instead of [5, 10].
  it('advancing past the end in two steps equals advancing in one', () => {
    const s = new StepSeries(10, 2);
    s.set(5, 1);
    s.advance(25);
    s.advance(30);
    expect(Array.from(s.integrals)).toEqual([5, 10]);
  });

  // Same bug through set(): a change after the end subtracts from the last bucket
  // ([5, 0] instead of [5, 10]).
  it('a change after the last bucket end leaves the integrals alone', () => {
    const s = new StepSeries(10, 2);
    s.set(5, 1);
    s.set(25, 2);
    s.advance(30);
    expect(Array.from(s.integrals)).toEqual([5, 10]);
  });

  it('means(end) divides by the bucket width, a last bucket cut short by its own length, and reads mid-run without changing the series', () => {
    const s = new StepSeries(60, 2); // horizon 90: buckets [0,60) and [60,90]
    s.set(0, 3);
    expect(Array.from(s.means(90))).toEqual([3, 3]);
    expect(Array.from(s.means(30))).toEqual([3, 0]); // mid-run: 3 over [0,30)
    s.set(70, 1);
    expect(Array.from(s.means(90))).toEqual([3, (3 * 10 + 1 * 20) / 30]);
  });

  it('means() divides each integral by the interval', () => {
    const s = new StepSeries(4, 3);
    s.set(0, 3);
    s.set(2, 1);
    s.set(6, 2);
    s.advance(12);
    // integrals [6 + 2, 2 + 4, 8]
    expect(Array.from(s.integrals)).toEqual([8, 6, 8]);
    expect(Array.from(s.means(12))).toEqual([2, 1.5, 2]);
  });
});

describe('autoInterval', () => {
  // Rule: the first of 60, 300, 900, 3600, 86400 s with horizon / interval ≤ 20,000; beyond
  // that, whole days: ceil(horizon / 20000 / 86400) days.
  it('1 day → 60 s (1,440 buckets)', () => {
    expect(autoInterval(86_400)).toBe(60);
  });
  it('30 days → 300 s (60 s would give 43,200 buckets; 300 s gives 8,640)', () => {
    expect(autoInterval(30 * 86_400)).toBe(300);
  });
  it('1 year → 3600 s (300 s gives 105,120 and 900 s 35,040 buckets; 3600 s gives 8,760)', () => {
    expect(autoInterval(365 * 86_400)).toBe(3600);
  });
  it('the 20,000-bucket limit is inclusive', () => {
    expect(autoInterval(20_000 * 60)).toBe(60);
    expect(autoInterval(20_000 * 60 + 1)).toBe(300);
    expect(autoInterval(20_000 * 900)).toBe(900);
    expect(autoInterval(20_000 * 900 + 1)).toBe(3600);
  });
  it('very long horizons: 1 d up to 20,000 days, then whole days', () => {
    expect(autoInterval(20_000 * 3600 + 1)).toBe(86_400);
    expect(autoInterval(20_000 * 86_400)).toBe(86_400);
    expect(autoInterval(20_000 * 86_400 + 1)).toBe(2 * 86_400);
    expect(autoInterval(1e10)).toBe(6 * 86_400); // 1e10 / 20000 / 86400 = 5.79 → 6 days
  });
});
