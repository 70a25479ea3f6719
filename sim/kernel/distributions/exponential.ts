// Exponential durations: memoryless, the M in M/M/N.

import type { Uniform } from '../RandomStreams.ts';
import type { Distribution } from './Distribution.ts';
import { log } from '../portableMath.ts';

export class Exponential implements Distribution {
  constructor(readonly mean: number) {}
  sample(u: Uniform): number {
    // 1 - u lies in (0, 1], so the log is finite.
    return -this.mean * log(1 - u.next());
  }
  describe(): string {
    return `exponential(mean ${this.mean})`;
  }
}
