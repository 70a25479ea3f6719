// ArrivalProcess: counts in windows against ∫λ over many independent replications (a short
// spike is never skipped), Poisson dispersion of those counts, the [0, limit) range, silence in
// zero-rate slots, and exponential inter-arrival times at a constant rate (Kolmogorov–Smirnov).
//
// Seeds are fixed (RandomStreams seed 777, replications 0…R−1, stream "arrivals/messaging"), so
// the draws are the same on every run. Checks are at the 99.9 % level: a correct process fails a
// given check for only 0.1 % of seeds.

import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../sim/kernel/RandomStreams.ts';
import { ArrivalProcess } from '../../sim/traffic/ArrivalProcess.ts';
import { RateFunction } from '../../sim/traffic/RateFunction.ts';
import type { ArrivalConfig } from '../../sim/scenario/Scenario.ts';
import { defaultArrivals } from '../../sim/scenario/defaults.ts';
import { chiSquareQuantile, KS_999, ksStatistic, meanAndVariance, meanHalfWidth, Z999 } from '../kernel/statisticalChecks.ts';

const SEED = 777;
const H = 3600;
const DAY = 86400;

/** Every arrival of one replication from 0, stopping at the limit (or the first value ≥ it). */
function arrivals(config: ArrivalConfig, replication: number, limit: number, startWeekday = 0): number[] {
  const u = new RandomStreams(SEED, replication).get('arrivals/messaging');
  const p = new ArrivalProcess(new RateFunction(config, startWeekday), u, limit);
  const out: number[] = [];
  for (let t = p.next(0); t !== Infinity; t = p.next(t)) {
    out.push(t);
    if (t >= limit) break; // guard: the process should have said Infinity (see the .fails test)
  }
  return out;
}

function countIn(ts: number[], a: number, b: number): number {
  let n = 0;
  for (const t of ts) if (t >= a && t < b) n++;
  return n;
}

/** 99.9 % bounds for S²/σ² of R Poisson(μ) counts. S² of a Poisson sample has variance
 *  σ⁴·(2/(R−1) + 1/(μR)) (the 1/μ is its excess kurtosis); matching a scaled chi-square to
 *  that variance (Satterthwaite) gives df = 2/(2/(R−1) + 1/(μR)) and S²/σ² ~ χ²_df/df. */
function poissonDispersionBounds(mu: number, runs: number): [number, number] {
  const df = 2 / (2 / (runs - 1) + 1 / (mu * runs));
  return [chiSquareQuantile(df, -Z999) / df, chiSquareQuantile(df, Z999) / df];
}

describe('a short spike is never skipped', () => {
  // 30/h base on hourly slots; a 2-minute ×20 spike at 02:16:40 (8200 s). Runs end at 13 400 s.
  const config: ArrivalConfig = {
    ...defaultArrivals(),
    rate: 1 / 120,
    profile: new Array<number>(24).fill(1),
    profileSlotSeconds: H,
    spikes: [{ start: 8200, duration: 120, multiplier: 20, extraRate: 0, every: 0 }],
  };
  const limit = 13_400;
  const runs = 2000;
  const perRun = Array.from({ length: runs }, (_, r) => arrivals(config, r, limit));
  const rate = new RateFunction(config, 0);

  // ∫λ by hand: base 1/120 per s, 1/6 per s inside [8200, 8320).
  const windows: [string, number, number, number][] = [
    ['inside the spike [8200, 8320)', 8200, 8320, 120 / 6],
    ['straddling its start [7900, 8260)', 7900, 8260, 300 / 120 + 60 / 6],
    ['straddling its end [8260, 8920)', 8260, 8920, 60 / 6 + 600 / 120],
    ['base rate up to the limit [10800, 13400)', 10_800, limit, (limit - 10_800) / 120],
  ];

  for (const [name, a, b, expected] of windows) {
    it(`${name}: count mean within the 99.9 % interval of ∫λ = ${expected}, dispersion Poisson`, () => {
      expect(rate.integrate(a, b)).toBeCloseTo(expected, 9);
      const counts = perRun.map((ts) => countIn(ts, a, b));
      const { mean, variance } = meanAndVariance(counts);
      const half = meanHalfWidth(expected, runs); // Poisson: variance = mean
      expect(Math.abs(mean - expected), `mean ${mean} vs ${expected} ± ${half}`).toBeLessThan(half);
      const [lo, hi] = poissonDispersionBounds(expected, runs);
      const ratio = variance / expected;
      expect(ratio, `variance/mean ${ratio} outside [${lo}, ${hi}]`).toBeGreaterThan(lo);
      expect(ratio).toBeLessThan(hi);
    });
  }

  it('the dispersion bound can fail: evenly spaced arrivals would have no variance', () => {
    const [lo, hi] = poissonDispersionBounds(20, runs);
    expect(lo).toBeGreaterThan(0.85);
    expect(hi).toBeLessThan(1.15);
  });
});

describe('arrival times', () => {
  const config: ArrivalConfig = {
    ...defaultArrivals(),
    rate: 1 / 60,
    profile: [0, 0, 0, 0, 0, 0, 0, 0.5, 1, 2, 2, 1.5, 1, 1, 1, 1, 1, 1, 0.5, 0.5, 0, 0, 0, 0],
    profileSlotSeconds: H,
    weekdays: [1, 1, 1, 1, 0.8, 0.5, 0],
    spikes: [
      { start: 10 * H, duration: 900, multiplier: 4, extraRate: 0, every: DAY }, // daily 10:00–10:15
      { start: 21 * H, duration: 1800, multiplier: 5, extraRate: 0, every: 0 }, // ×5 of a closed hour
      { start: DAY + 3 * H, duration: 1800, multiplier: 1, extraRate: 0.02, every: 0 }, // opens 03:00–03:30 on day 1
    ],
  };

  it('are increasing and never before 0', () => {
    for (let r = 0; r < 20; r++) {
      const ts = arrivals(config, r, 7 * DAY, 2);
      expect(ts.length).toBeGreaterThan(1000);
      expect(ts[0]!).toBeGreaterThan(0);
      for (let i = 1; i < ts.length; i++) if (!(ts[i]! > ts[i - 1]!)) expect.fail(`arrival ${i}: ${ts[i]} after ${ts[i - 1]}`);
    }
  });

  // BUG (sim/traffic/RateFunction.ts, advance, via ArrivalProcess.next): the last call of a run
  // returns the first arrival at or after `limit` instead of Infinity whenever the rate segment
  // holding `limit` reaches past it (here the 14:00–15:00 slot with limit 14:23:20 = 51 800 s).
  // The engine happens to be shielded (it runs the kernel only to the horizon), but the stated
  // contract is "Infinity when none comes before the limit". Remove `.fails` once fixed.
  it('never fall at or after the limit', () => {
    const limit = 51_800;
    for (let r = 0; r < 20; r++) {
      const u = new RandomStreams(SEED, r).get('arrivals/messaging');
      const p = new ArrivalProcess(new RateFunction(config, 0), u, limit);
      for (let t = p.next(0), n = 0; t !== Infinity && n < 10_000; t = p.next(t), n++) {
        expect(t).toBeGreaterThanOrEqual(0);
        expect(t).toBeLessThan(limit);
      }
    }
  });

  it('zero-rate slots, a zero weekday and a multiplier on nothing produce no arrivals', () => {
    // Started on a Wednesday (2): day 4 is the Sunday (factor 0).
    const startWeekday = 2;
    const weekday = (t: number) => (startWeekday + Math.floor(t / DAY)) % 7;
    const open = (t: number) => {
      const hour = Math.floor((t % DAY) / H);
      const inExtra = t >= DAY + 3 * H && t < DAY + 3 * H + 1800;
      return inExtra || (config.profile[hour]! > 0 && config.weekdays[weekday(t)]! > 0);
    };
    const runs = 200;
    let total = 0, inExtra = 0, closed = 0;
    for (let r = 0; r < runs; r++) {
      const ts = arrivals(config, r, 7 * DAY, startWeekday);
      for (const t of ts) {
        if (t >= 7 * DAY) continue; // the overshoot of the known limit bug
        total++;
        if (!open(t)) closed++;
        if (t >= DAY + 3 * H && t < DAY + 3 * H + 1800) inExtra++;
      }
    }
    expect(closed).toBe(0);
    // …and the open times do get their share: totals against ∫λ (Poisson, 99.9 %).
    const rate = new RateFunction(config, startWeekday);
    const expected = rate.integrate(0, 7 * DAY);
    expect(Math.abs(total / runs - expected)).toBeLessThan(meanHalfWidth(expected, runs));
    expect(Math.abs(inExtra / runs - 36)).toBeLessThan(meanHalfWidth(36, runs)); // 0.02/s × 1800 s
  });

  it('inter-arrival times of a constant rate are exponential (KS, 0.1 % critical value)', () => {
    // 0.05/s on 15-minute slots, with a ×1 spike every 1000 s: many segment edges where the rate
    // does not change, which an inversion that mishandles carried-over hazard would distort.
    const constant: ArrivalConfig = {
      ...defaultArrivals(),
      rate: 0.05,
      profile: new Array<number>(96).fill(1),
      profileSlotSeconds: 900,
      spikes: [{ start: 50, duration: 100, multiplier: 1, extraRate: 0, every: 1000 }],
    };
    const n = 50_000;
    const u = new RandomStreams(SEED, 0).get('arrivals/messaging');
    const p = new ArrivalProcess(new RateFunction(constant, 0), u, 60 * DAY);
    const gaps = new Float64Array(n);
    let t = 0;
    for (let i = 0; i < n; i++) {
      const next = p.next(t);
      gaps[i] = next - t;
      t = next;
    }
    const d = ksStatistic(gaps, (x) => 1 - Math.exp(-0.05 * x));
    expect(d).toBeLessThan(KS_999 / Math.sqrt(n));
    const { mean } = meanAndVariance(gaps);
    expect(Math.abs(mean - 20)).toBeLessThan(meanHalfWidth(400, n));
    // The same gaps are far from an exponential of a 5 % different rate: the check has power.
    expect(ksStatistic(gaps, (x) => 1 - Math.exp(-0.0525 * x))).toBeGreaterThan(KS_999 / Math.sqrt(n));
  });
});
