// What is wrong with a sweep, placed like a scenario's problems: a path (`grid.agents[chat]
// .count[1]`) and a line and column — in the sweep file, or in the scenario it names.

import type { Problem } from '../../scenario/read/Problems.ts';
import type { PathStep } from '../../scenario/read/placeOf.ts';

export interface SweepProblem extends Problem {
  /** The file the problem is in, as the sweep file names it (its `scenario:`); absent: the sweep file. */
  file?: string;
}

/** Records a problem of the sweep file at `steps` (['grid', 'agents[chat].count', 1]). */
export type ReportAt = (steps: readonly PathStep[], message: string) => void;

/**
 * Records a problem of one or more grid values together, each given by its steps: its path names
 * them all (`grid.horizon[1] with grid.warmup[1]`), its line and column are the first one's.
 */
export type ReportAtValues = (values: readonly (readonly PathStep[])[], message: string) => void;
