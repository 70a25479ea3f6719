// R22(a), the default: the agent with the most spare units on the channel.

import type { AssignmentMethod } from './AssignmentMethod.ts';

export const highestSpare: AssignmentMethod = (loads, j) => -(loads.max[j]! - loads.counted[j]!);
