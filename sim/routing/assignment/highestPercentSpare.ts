// R22(b): the agent with the smallest used share of the channel's capacity.

import type { AssignmentMethod } from './AssignmentMethod.ts';

export const highestPercentSpare: AssignmentMethod = (loads, j) => {
  const max = loads.max[j]!;
  return max > 0 ? loads.counted[j]! / max : Infinity;
};
