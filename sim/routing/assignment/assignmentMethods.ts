// The assignment methods by their setting name.

import type { Settings } from '../../scenario/settings.ts';
import type { AssignmentMethod } from './AssignmentMethod.ts';
import { highestSpare } from './highestSpare.ts';
import { highestPercentSpare } from './highestPercentSpare.ts';
import { roundRobin } from './roundRobin.ts';

export const ASSIGNMENT_METHODS: Record<Settings['assignmentMethod'], AssignmentMethod> = {
  highestSpare,
  highestPercentSpare,
  roundRobin,
};
