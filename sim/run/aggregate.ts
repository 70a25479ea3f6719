// Replications → estimates: every number becomes { mean, ci95 } over replications; series
// (number arrays) become their bucket-wise mean; strings and other values are kept. A
// number's interval is cut to the range its metric can take (rangeOf, by the key's name).

import { ANY_VALUE, estimate } from '../metrics/Estimate.ts';
import { rangeOf } from './metricUnit.ts';

/** Aggregates values of identical shape. */
export function aggregate(values: readonly unknown[], key = ''): unknown {
  const first = values[0];
  // A number with no metric name (not in a report) has no known range.
  if (typeof first === 'number') return estimate(values as number[], 0.95, key === '' ? ANY_VALUE : rangeOf(key));
  if (first instanceof Float64Array) {
    // A series: the bucket-wise mean over replications.
    const out = new Float64Array(first.length);
    for (const v of values as Float64Array[]) for (let i = 0; i < out.length; i++) out[i]! += v[i]!;
    for (let i = 0; i < out.length; i++) out[i]! /= values.length;
    return out;
  }
  if (Array.isArray(first)) {
    if (first.length > 0 && typeof first[0] !== 'number') return first;
    const n = values.length;
    return first.map((_, i) => {
      let sum = 0;
      for (const v of values as number[][]) sum += v[i]!;
      return sum / n;
    });
  }
  if (first && typeof first === 'object') {
    const out: Record<string, unknown> = {};
    const keys = new Set<string>();
    for (const v of values) for (const k of Object.keys(v as object)) keys.add(k);
    for (const k of keys) {
      const all = values.map((v) => (v as Record<string, unknown>)[k]);
      const shape = all.find((x) => x !== undefined);
      // A key missing from some replications (a queue nobody entered) counts as zeros there.
      out[k] = aggregate(all.map((x) => (x === undefined ? zeroLike(shape) : x)), k);
    }
    return out;
  }
  return first;
}

function zeroLike(v: unknown): unknown {
  if (typeof v === 'number') return 0;
  if (v instanceof Float64Array) return new Float64Array(v.length);
  if (Array.isArray(v)) return v.map(zeroLike);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = zeroLike(x);
    return out;
  }
  return v;
}
