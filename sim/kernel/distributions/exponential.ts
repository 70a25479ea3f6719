// Exponential durations: memoryless, the M in M/M/N.

import type { Uniform } from '../RandomStreams.ts';
import type { Distribution } from './Distribution.ts';
import { standardExponential } from './standardExponential.ts';

export class Exponential implements Distribution {
  constructor(readonly mean: number) {}
  sample(u: Uniform): number {
    return this.mean * standardExponential(u);
  }
  describe(): string {
    return `exponential(mean ${this.mean})`;
  }
}
