// The unit of a report metric, from its name (the last part of its path): what a table prints
// it in, and whether a variant without the metric has 0 of it (a count) or no value at all.

import type { Unit } from '../cli/formatEstimate.ts';
import type { MetricRange } from '../metrics/Estimate.ts';

/**
 * A unit as --json and --csv name it beside the raw figures. A share is a fraction of 1 (0.62
 * is 62 %), and so is a difference of two shares: -0.005 is 0.5 percentage points fewer, not a
 * relative change of 0.5 %.
 */
export type WrittenUnit = 'share' | 'seconds' | 'perHour' | 'count' | 'number';

export function writtenUnitOf(path: string): WrittenUnit {
  const unit = unitOf(path);
  return unit === 'percent' || unit === 'points' ? 'share' : unit === 'rate' ? 'perHour' : unit;
}

const PROBABILITY: MetricRange = [0, 1];
const NOT_NEGATIVE: MetricRange = [0, Infinity];

export function unitOf(path: string): Unit {
  const leaf = path.slice(path.lastIndexOf('.') + 1);
  if (leaf.endsWith('Seconds')) return 'seconds';
  if (['serviceLevel', 'waitProbability', 'abandonRate', 'occupancy'].includes(leaf) || leaf.endsWith('Share')) return 'percent';
  if (leaf === 'throughputPerHour') return 'rate';
  if (leaf.startsWith('mean') || leaf.startsWith('max') || leaf === 'heldOffCapacity') return 'number';
  return 'count';
}


/**
 * The values a report metric can take, which its confidence interval is cut to: a probability
 * lies in [0, 1]; every other report metric (counts, waits, rates, lengths, occupancy, which
 * manual assignment can push past 100 %, R29) is never negative.
 */
export function rangeOf(path: string): MetricRange {
  const leaf = path.slice(path.lastIndexOf('.') + 1);
  return unitOf(path) === 'percent' && leaf !== 'occupancy' ? PROBABILITY : NOT_NEGATIVE;
}
