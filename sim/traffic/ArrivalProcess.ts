// Arrivals of one channel as a non-homogeneous Poisson process, by inversion of the integrated
// rate: one Exp(1) draw per arrival from the channel's own stream, exact for any
// piecewise-constant rate.

import type { Uniform } from '../kernel/RandomStreams.ts';
import type { RateFunction } from './RateFunction.ts';
import { standardExponential } from '../kernel/distributions/standardExponential.ts';

export class ArrivalProcess {
  private nextFixed = 0;
  private issued = -1;
  /** With fixed times: the index of the arrival happening now — the one the previous call
   *  returned (-1 before the first). Replayed tickets find their row with it. */
  current = -1;

  constructor(
    private readonly rate: RateFunction,
    private readonly u: Uniform,
    private readonly limit: number,
    /** Fixed arrival times instead (ascending); each is used once. */
    private readonly times: readonly number[] | null = null,
  ) {}

  /** Time of the next arrival after t, or Infinity when none comes before the limit. */
  next(t: number): number {
    if (this.times) {
      const times = this.times;
      // The first call (t = 0) may return a time of 0 itself; later calls move strictly on.
      while (this.nextFixed < times.length && times[this.nextFixed]! < t) this.nextFixed++;
      this.current = this.issued;
      this.issued = this.nextFixed < times.length && times[this.nextFixed]! < this.limit ? this.nextFixed : -1;
      const at = this.nextFixed < times.length ? times[this.nextFixed++]! : Infinity;
      return at < this.limit ? at : Infinity;
    }
    return this.rate.advance(t, standardExponential(this.u), this.limit);
  }
}
