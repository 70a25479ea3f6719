// Arrivals of one channel as a non-homogeneous Poisson process drawn by inversion: one
// uniform per arrival from the channel's own stream, exact for any piecewise-constant rate.

import type { Uniform } from '../kernel/RandomStreams.ts';
import type { RateFunction } from './RateFunction.ts';

export class ArrivalProcess {
  constructor(
    private readonly rate: RateFunction,
    private readonly u: Uniform,
    private readonly limit: number,
  ) {}

  /** Time of the next arrival after t, or Infinity when none comes before the limit. */
  next(t: number): number {
    return this.rate.advance(t, -Math.log(1 - this.u.next()), this.limit);
  }
}
