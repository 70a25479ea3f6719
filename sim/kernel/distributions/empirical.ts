// Observed values replayed at random: either one of the observations (bootstrap) or, with
// `interpolate`, a draw from the piecewise-linear empirical CDF between sorted observations.

import type { Uniform } from '../RandomStreams.ts';
import type { Distribution } from './Distribution.ts';

export class Empirical implements Distribution {
  readonly mean: number;
  private readonly sorted: Float64Array;
  constructor(values: readonly number[], private readonly interpolate: boolean) {
    if (values.length === 0) throw new RangeError('an empirical distribution needs at least one value');
    this.sorted = Float64Array.from(values).sort();
    let sum = 0;
    for (const v of values) sum += v;
    // The interpolated CDF puts mass 1/(n-1) on each gap, so its mean is the trapezoid mean.
    if (interpolate && values.length > 1) {
      const s = this.sorted, n = s.length;
      let t = 0;
      for (let i = 0; i + 1 < n; i++) t += (s[i]! + s[i + 1]!) / 2;
      this.mean = t / (n - 1);
    } else {
      this.mean = sum / values.length;
    }
  }
  sample(u: Uniform): number {
    const s = this.sorted, n = s.length;
    if (!this.interpolate || n === 1) return s[Math.min(n - 1, Math.floor(u.next() * n))]!;
    const x = u.next() * (n - 1);
    const i = Math.min(n - 2, Math.floor(x));
    return s[i]! + (s[i + 1]! - s[i]!) * (x - i);
  }
  describe(): string {
    return `empirical(${this.sorted.length} values${this.interpolate ? ', interpolated' : ''})`;
  }
}
