// Student's t against published tables and closed forms (df 1: tan; df 2: algebraic), the
// regularized incomplete beta against closed forms, and estimate() on samples small enough
// to work by hand.

import { describe, it, expect } from 'vitest';
import { incompleteBeta, studentTCdf, studentTQuantile } from '../../sim/metrics/studentT.ts';
import { estimate, halfWidth } from '../../sim/metrics/Estimate.ts';

/** Closed forms: df = 1 is Cauchy; df = 2 has t = (2p − 1) / √(2p(1 − p)). */
const t1 = (p: number) => Math.tan(Math.PI * (p - 0.5));
const t2 = (p: number) => (2 * p - 1) / Math.sqrt(2 * p * (1 - p));

describe('studentTQuantile', () => {
  // Standard t tables (4 decimals), e.g. NIST/SEMATECH e-Handbook table 1.3.6.7.2.
  const table: [number, number, number][] = [
    [0.975, 1, 12.7062], [0.975, 2, 4.3027], [0.975, 9, 2.2622], [0.975, 29, 2.0452], [0.975, 1000, 1.9623],
    [0.995, 1, 63.6567], [0.995, 2, 9.9248], [0.995, 9, 3.2498], [0.995, 29, 2.7564], [0.995, 1000, 2.5808],
    [0.9995, 1, 636.6192], [0.9995, 2, 31.5991], [0.9995, 9, 4.7809], [0.9995, 29, 3.6594], [0.9995, 1000, 3.3003],
  ];
  for (const [p, df, t] of table) {
    it(`p = ${p}, df = ${df}: ${t}`, () => {
      expect(Math.abs(studentTQuantile(p, df) - t)).toBeLessThanOrEqual(1e-4);
    });
  }

  it('df 1 and 2 match their closed forms to 1e-9 (relative)', () => {
    for (const p of [0.6, 0.9, 0.975, 0.995, 0.9995]) {
      expect(Math.abs(studentTQuantile(p, 1) / t1(p) - 1)).toBeLessThan(1e-9);
      expect(Math.abs(studentTQuantile(p, 2) / t2(p) - 1)).toBeLessThan(1e-9);
    }
  });

  it('the median is 0 and lower quantiles mirror upper ones', () => {
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(0.025, 9)).toBe(-studentTQuantile(0.975, 9));
    expect(Math.abs(studentTQuantile(0.025, 9) + 2.2622)).toBeLessThanOrEqual(1e-4);
  });

  it('inverts the CDF', () => {
    for (const df of [1, 3, 30]) for (const p of [0.55, 0.8, 0.99]) {
      expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 10);
    }
  });
});

describe('studentTCdf', () => {
  it('df 1 and df 2 match their closed forms', () => {
    for (const t of [-30, -2, -0.5, 0.3, 1, 4, 100]) {
      expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 12);
      expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 12);
    }
  });

  it('is symmetric: F(−t) = 1 − F(t), F(0) = 1/2', () => {
    for (const df of [1, 2, 5, 29, 1000]) {
      expect(studentTCdf(0, df)).toBe(0.5);
      for (const t of [0.1, 1, 2.5, 10]) expect(studentTCdf(-t, df) + studentTCdf(t, df)).toBeCloseTo(1, 14);
    }
  });

  it('table value: F(2.2622; 9) ≈ 0.975', () => {
    expect(studentTCdf(2.262157, 9)).toBeCloseTo(0.975, 6);
  });
});

describe('incompleteBeta', () => {
  it('closed forms: I_x(1,1) = x, I_x(a,1) = x^a, I_x(1,b) = 1 − (1−x)^b', () => {
    for (const x of [0.05, 0.3, 0.5, 0.77, 0.99]) {
      expect(incompleteBeta(x, 1, 1)).toBeCloseTo(x, 13);
      expect(incompleteBeta(x, 3, 1)).toBeCloseTo(x ** 3, 13);
      expect(incompleteBeta(x, 1, 4)).toBeCloseTo(1 - (1 - x) ** 4, 13);
    }
  });

  it('I_x(1/2, 1/2) = (2/π) asin √x (the arcsine law)', () => {
    for (const x of [0.01, 0.25, 0.5, 0.9]) expect(incompleteBeta(x, 0.5, 0.5)).toBeCloseTo((2 / Math.PI) * Math.asin(Math.sqrt(x)), 12);
  });

  it('binomial sums: I_0.3(2,3) = 0.3483, I_0.6(2,3) = 0.8208', () => {
    // I_x(a,b) = Σ_{j=a}^{a+b−1} C(a+b−1, j) x^j (1−x)^{a+b−1−j}; both branches of the fraction.
    expect(incompleteBeta(0.3, 2, 3)).toBeCloseTo(0.3483, 13);
    expect(incompleteBeta(0.6, 2, 3)).toBeCloseTo(0.8208, 13);
  });

  it('I_½(a, a) = ½ and I_x(a,b) = 1 − I_{1−x}(b,a)', () => {
    for (const a of [0.5, 2, 7.5, 50]) expect(incompleteBeta(0.5, a, a)).toBeCloseTo(0.5, 12);
    expect(incompleteBeta(0.2, 2.5, 4)).toBeCloseTo(1 - incompleteBeta(0.8, 4, 2.5), 14);
  });

  it('is 0 at x ≤ 0 and 1 at x ≥ 1', () => {
    expect(incompleteBeta(0, 2, 3)).toBe(0);
    expect(incompleteBeta(-1, 2, 3)).toBe(0);
    expect(incompleteBeta(1, 2, 3)).toBe(1);
    expect(incompleteBeta(2, 2, 3)).toBe(1);
  });
});

describe('estimate', () => {
  it('[2, 4]: mean 3, sd √2, se 1 → 3 ± t(0.975; 1) = 3 ± 12.7062', () => {
    const e = estimate([2, 4]);
    expect(e.mean).toBe(3);
    expect(e.ci95![0]).toBeCloseTo(3 - t1(0.975), 9);
    expect(e.ci95![1]).toBeCloseTo(3 + t1(0.975), 9);
  });

  it('[1, 2, 3, 4, 5]: mean 3, sd √2.5, se √0.5 → 3 ± 2.776445·0.707107', () => {
    const e = estimate([1, 2, 3, 4, 5]);
    const h = 2.776445 * Math.sqrt(0.5); // = 1.963243
    expect(e.mean).toBe(3);
    expect(Math.abs(e.ci95![0] - (3 - h))).toBeLessThan(1e-6);
    expect(Math.abs(e.ci95![1] - (3 + h))).toBeLessThan(1e-6);
  });

  it('[1, 2, 3] at level 0.99: 2 ± t(0.995; 2)/√3', () => {
    const e = estimate([1, 2, 3], 0.99);
    expect(e.mean).toBe(2);
    expect(e.ci95![1] - 2).toBeCloseTo(t2(0.995) / Math.sqrt(3), 9);
  });

  it('a constant sample has a zero-width interval', () => {
    expect(estimate([7, 7, 7])).toEqual({ mean: 7, ci95: [7, 7] });
  });

  it('NaN and ±Infinity are left out', () => {
    const e = estimate([2, NaN, 4, Infinity, -Infinity]);
    const ref = estimate([2, 4]);
    expect(e).toEqual(ref);
  });

  it('n = 1 → mean, ci95 null', () => {
    expect(estimate([5])).toEqual({ mean: 5, ci95: null });
    expect(estimate([NaN, 5])).toEqual({ mean: 5, ci95: null });
  });

  it('empty (or nothing defined) → mean null, ci95 null', () => {
    expect(estimate([])).toEqual({ mean: null, ci95: null });
    expect(estimate([NaN, NaN])).toEqual({ mean: null, ci95: null });
  });

  it('halfWidth: t(0.975; n−1)·sd/√n; NaN below n = 2', () => {
    expect(halfWidth(2, 4)).toBeCloseTo(3.182446, 6); // t(0.975; 3)·2/2
    expect(halfWidth(1, 1)).toBeNaN();
    expect(halfWidth(1, 0)).toBeNaN();
  });
});
