// A fixed duration. It still consumes one uniform per draw so that switching a quantity
// between deterministic and random keeps every other draw of the stream in place.

import type { Uniform } from '../RandomStreams.ts';
import type { Distribution } from './Distribution.ts';

export class Deterministic implements Distribution {
  constructor(readonly mean: number) {}
  sample(u: Uniform): number {
    u.next();
    return this.mean;
  }
  describe(): string {
    return `deterministic(${this.mean})`;
  }
}
