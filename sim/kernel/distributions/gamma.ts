// Gamma durations by shape k and mean (scale = mean/k), sampled with Marsaglia–Tsang; shapes
// below 1 use the boost u^(1/k). An Erlang-k is a gamma with whole-number shape.

import type { Uniform } from '../RandomStreams.ts';
import type { Distribution } from './Distribution.ts';
import { standardNormal } from './standardNormal.ts';
import { log, pow } from '../portableMath.ts';

export class Gamma implements Distribution {
  private readonly d: number;
  private readonly c: number;
  private readonly scale: number;
  constructor(readonly mean: number, readonly shape: number, private readonly label = 'gamma') {
    const k = shape < 1 ? shape + 1 : shape;
    this.d = k - 1 / 3;
    this.c = 1 / Math.sqrt(9 * this.d);
    this.scale = mean / shape;
  }
  sample(u: Uniform): number {
    const d = this.d, c = this.c;
    for (;;) {
      let x: number, v: number;
      do {
        x = standardNormal(u);
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const w = 1 - u.next();
      if (w < 1 - 0.0331 * x * x * x * x || log(w) < 0.5 * x * x + d * (1 - v + log(v))) {
        const g = d * v;
        return (this.shape < 1 ? g * pow(1 - u.next(), 1 / this.shape) : g) * this.scale;
      }
    }
  }
  describe(): string {
    return this.label === 'erlang'
      ? `erlang(k ${this.shape}, mean ${this.mean})`
      : `gamma(shape ${this.shape}, mean ${this.mean})`;
  }
}
