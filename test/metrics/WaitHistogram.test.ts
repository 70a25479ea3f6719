// WaitHistogram: zeros apart, 200 log bins per decade from 1 ms to 1e8 s. A quantile lies
// in the bin of the exact sample quantile x_(⌈q·n⌉), so it is within one bin's relative
// width, 10^(1/200) − 1 ≈ 1.16 %, of it.

import { describe, it, expect } from 'vitest';
import { WaitHistogram } from '../../sim/metrics/WaitHistogram.ts';

const BIN_WIDTH = Math.pow(10, 1 / 200) - 1;

/** The inverse empirical CDF: the ⌈q·n⌉-th smallest value. */
function exactQuantile(sorted: number[], q: number): number {
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
}

function expectWithinBin(actual: number, exact: number): void {
  expect(Math.abs(actual - exact) / exact).toBeLessThanOrEqual(BIN_WIDTH);
}

/** Deterministic uniform [0, 1) numbers (mulberry32). */
function uniforms(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('WaitHistogram', () => {
  it('empty → NaN', () => {
    expect(new WaitHistogram().quantile(0.5)).toBeNaN();
  });

  it('all zeros → 0 at every quantile', () => {
    const h = new WaitHistogram();
    for (let i = 0; i < 5; i++) h.add(0);
    expect(h.zeros).toBe(5);
    expect(h.count).toBe(5);
    expect(h.quantile(0.01)).toBe(0);
    expect(h.quantile(0.5)).toBe(0);
    expect(h.quantile(0.99)).toBe(0);
  });

  it('negative values count as zeros', () => {
    const h = new WaitHistogram();
    h.add(-1);
    h.add(0);
    expect(h.zeros).toBe(2);
    expect(h.quantile(0.9)).toBe(0);
  });

  it('zeros then values: ranks up to the zero count give 0', () => {
    const h = new WaitHistogram();
    h.add(0);
    h.add(0);
    h.add(0);
    h.add(5);
    expect(h.quantile(0.75)).toBe(0); // rank 3 = zeros
    expectWithinBin(h.quantile(0.9), 5);
    expect(h.quantile(0.9)).toBeGreaterThan(0);
  });

  it('interpolates geometrically inside a bin', () => {
    const h = new WaitHistogram();
    for (let i = 0; i < 4; i++) h.add(1); // bin [1, 10^0.005)
    expect(h.quantile(0.5)).toBeCloseTo(Math.pow(10, 0.0025), 12); // f = 2/4
    expect(h.quantile(0.25)).toBeCloseTo(Math.pow(10, 0.00125), 12); // f = 1/4
  });

  it('1..1000 s: quantiles within one bin width of the exact ones', () => {
    const h = new WaitHistogram();
    const xs: number[] = [];
    for (let i = 1; i <= 1000; i++) {
      h.add(i);
      xs.push(i);
    }
    for (const q of [0.001, 0.1, 0.25, 0.5, 0.9, 0.95, 0.99, 0.999]) expectWithinBin(h.quantile(q), exactQuantile(xs, q));
  });

  it('log-uniform sample over 1 ms .. 1e6 s: quantiles within one bin width', () => {
    const u = uniforms(42);
    const h = new WaitHistogram();
    const xs: number[] = [];
    for (let i = 0; i < 997; i++) {
      const x = Math.pow(10, -3 + 9 * u());
      h.add(x);
      xs.push(x);
    }
    xs.sort((a, b) => a - b);
    for (const q of [0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99]) expectWithinBin(h.quantile(q), exactQuantile(xs, q));
  });

  it('values below 1 ms fall in [0, 1 ms] and interpolate linearly there', () => {
    const h = new WaitHistogram();
    h.add(0.0002);
    h.add(0.0005);
    expect(h.bins[0]).toBe(2);
    expect(h.quantile(0.5)).toBeCloseTo(0.0005, 15); // rank 1 of 2 → half of 1 ms
    expect(h.quantile(0.25)).toBeCloseTo(0.00025, 15);
  });

  it('exactly 1 ms is the first regular bin', () => {
    const h = new WaitHistogram();
    h.add(0.001);
    expect(h.bins[0]).toBe(0);
    expect(h.bins[1]).toBe(1);
  });

  it('values at or above 1e8 s are reported as 1e8 s', () => {
    const h = new WaitHistogram();
    h.add(1e8);
    h.add(5e9);
    expect(h.bins[h.bins.length - 1]).toBe(2);
    expect(h.quantile(0.5)).toBe(1e8);
    expect(h.quantile(0.99)).toBe(1e8);
  });
});
