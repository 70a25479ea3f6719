// R22(c): every agent with spare capacity is equal; the oldest last assignment wins (key 2).

import type { AssignmentMethod } from './AssignmentMethod.ts';

export const roundRobin: AssignmentMethod = () => 0;
