// A metric over replications: the mean and its 95 % confidence interval (Student t, n − 1
// degrees of freedom). Undefined values (NaN: e.g. a wait with nothing answered) are left
// out; null stands for "no value" in JSON, which has no NaN. An interval is cut to the range
// the metric can take (a share lies in [0, 1], a count or a wait is never negative): the
// symmetric t-interval of a rare event's share would otherwise reach below 0, and the cut
// interval still holds every value the uncut one held that the metric can have.

import { studentTQuantile } from './studentT.ts';

export interface Estimate {
  mean: number | null;
  ci95: [number, number] | null;
}

/** Half-width of a confidence interval at `level` for values with sample sd over n. */
export function halfWidth(sd: number, n: number, level = 0.95): number {
  return n < 2 ? NaN : studentTQuantile(1 - (1 - level) / 2, n - 1) * (sd / Math.sqrt(n));
}

/** The values a metric can take (see sim/run/metricUnit.ts rangeOf). */
export type MetricRange = readonly [low: number, high: number];
export const ANY_VALUE: MetricRange = [-Infinity, Infinity];

export function estimate(values: readonly number[], level = 0.95, range: MetricRange = ANY_VALUE): Estimate {
  const xs = values.filter((v) => Number.isFinite(v));
  const n = xs.length;
  if (n === 0) return { mean: null, ci95: null };
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / n;
  if (n < 2) return { mean, ci95: null };
  let ss = 0;
  for (const x of xs) ss += (x - mean) * (x - mean);
  const h = halfWidth(Math.sqrt(ss / (n - 1)), n, level);
  return { mean, ci95: [Math.max(range[0], mean - h), Math.min(range[1], mean + h)] };
}
