// R22(b): the agent with the smallest used share of the channel's capacity.

import type { AssignmentMethod } from './AssignmentMethod.ts';

export const highestPercentSpare: AssignmentMethod = (agent, channel) => {
  const max = agent.max[channel]!;
  return max > 0 ? agent.counted[channel]! / max : Infinity;
};
