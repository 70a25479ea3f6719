// R22(a), the default: the agent with the most spare units on the channel.

import type { AssignmentMethod } from './AssignmentMethod.ts';

export const highestSpare: AssignmentMethod = (agent, channel) => -(agent.max[channel]! - agent.counted[channel]!);
