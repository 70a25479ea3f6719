// A non-negative random quantity (a handle time, a patience, a think time) drawn from a
// uniform stream. Every distribution reports its exact mean so reports and the Erlang
// comparison can use it without sampling.

import type { Uniform } from '../RandomStreams.ts';

export interface Distribution {
  /** Exact mean (seconds when the quantity is a duration). */
  readonly mean: number;
  /** One draw; never negative, never NaN. */
  sample(u: Uniform): number;
  /** "exponential(mean 180)" — for explanations and traces. */
  describe(): string;
}

/** A distribution as written in a scenario, with durations already in seconds. */
export type DistributionSpec =
  | { distribution: 'exponential'; mean: number }
  | { distribution: 'lognormal'; mean: number; sd: number }
  | { distribution: 'gamma'; mean: number; shape: number }
  | { distribution: 'erlang'; mean: number; k: number }
  | { distribution: 'uniform'; min: number; max: number }
  | { distribution: 'deterministic'; value: number }
  | { distribution: 'empirical'; values: number[]; interpolate: boolean };

export type DistributionName = DistributionSpec['distribution'];
