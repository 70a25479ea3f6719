// Uniform durations on [min, max].

import type { Uniform as UniformSource } from '../RandomStreams.ts';
import type { Distribution } from './Distribution.ts';

export class UniformDistribution implements Distribution {
  readonly mean: number;
  constructor(readonly min: number, readonly max: number) {
    this.mean = (min + max) / 2;
  }
  sample(u: UniformSource): number {
    return this.min + (this.max - this.min) * u.next();
  }
  describe(): string {
    return `uniform(${this.min}, ${this.max})`;
  }
}
