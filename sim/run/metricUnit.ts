// The unit of a report metric, from its name (the last part of its path): what a table prints
// it in, and whether a variant without the metric has 0 of it (a count) or no value at all.

import type { Unit } from '../cli/formatEstimate.ts';

export function unitOf(path: string): Unit {
  const leaf = path.slice(path.lastIndexOf('.') + 1);
  if (leaf.endsWith('Seconds')) return 'seconds';
  if (['serviceLevel', 'waitProbability', 'abandonRate', 'occupancy'].includes(leaf) || leaf.endsWith('Share')) return 'percent';
  if (leaf === 'throughputPerHour') return 'rate';
  if (leaf.startsWith('mean') || leaf.startsWith('max')) return 'number';
  return 'count';
}

