// The statistical assertion: a confidence interval over replications contains the exact
// value, and the 95 % interval is narrow enough to mean something (half-width under a
// fraction of the value).
//
// Why an adjusted level: each 95 % interval misses an exact value 5 % of the time by
// design, so a file with k such checks would fail by chance with probability 1 − 0.95^k
// (k = 19: 62 %). The checks of a file form one family: each asserts the Bonferroni
// interval at level 1 − 0.05/k (same mean and spread, wider t quantile), so the whole file
// passes with probability ≥ 95 % when the model is exact — and a biased model still fails.

import { expect } from 'vitest';
import type { Estimate } from '../../sim/metrics/Estimate.ts';
import { studentTQuantile } from '../../sim/metrics/studentT.ts';

export interface CoverOptions {
  /** Number of interval checks in the family (the test file). */
  family: number;
  /** Replications behind the estimate. */
  n: number;
  maxRelHalfWidth?: number;
}

export function expectCovers(e: Estimate | undefined, exact: number, label: string, o: CoverOptions): void {
  expect(e, label).toBeDefined();
  expect(e!.ci95, `${label}: needs at least two replications`).not.toBeNull();
  const [lo95, hi95] = e!.ci95!;
  const half95 = (hi95 - lo95) / 2;
  const mean = e!.mean!;
  const se = half95 / studentTQuantile(0.975, o.n - 1);
  const half = studentTQuantile(1 - 0.025 / o.family, o.n - 1) * se;
  const [lo, hi] = [mean - half, mean + half];
  const level = (100 * (1 - 0.05 / o.family)).toFixed(2);
  expect(lo <= exact && exact <= hi,
    `${label}: ${level}% CI [${lo.toFixed(6)}, ${hi.toFixed(6)}] (95%: [${lo95.toFixed(6)}, ${hi95.toFixed(6)}], mean ${mean}) should contain the exact ${exact}`).toBe(true);
  const max = o.maxRelHalfWidth ?? 0.05;
  expect(half95 / Math.abs(exact), `${label}: 95% half-width ${half95.toFixed(6)} is over ${max * 100}% of ${exact}`).toBeLessThan(max);
}
