// Lognormal durations given by their own mean and standard deviation (not the log's):
// σ² = ln(1 + sd²/mean²), μ = ln(mean) − σ²/2, so the sample mean converges to `mean`.

import type { Uniform } from '../RandomStreams.ts';
import type { Distribution } from './Distribution.ts';
import { standardNormal } from './standardNormal.ts';
import { exp, log } from '../portableMath.ts';

export class Lognormal implements Distribution {
  private readonly mu: number;
  private readonly sigma: number;
  constructor(readonly mean: number, readonly sd: number) {
    const s2 = log(1 + (sd * sd) / (mean * mean));
    this.sigma = Math.sqrt(s2);
    this.mu = log(mean) - s2 / 2;
  }
  sample(u: Uniform): number {
    return exp(this.mu + this.sigma * standardNormal(u));
  }
  describe(): string {
    return `lognormal(mean ${this.mean}, sd ${this.sd})`;
  }
}
