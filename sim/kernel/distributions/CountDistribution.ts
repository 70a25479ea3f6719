// A random whole number ≥ 1 (messages in a conversation, exchanges): fixed, geometric by
// its mean, uniform between two whole numbers, or drawn from observed counts. One uniform
// per draw, like the duration distributions.

import type { Uniform } from '../RandomStreams.ts';
import { log } from '../portableMath.ts';

export type CountSpec =
  | { distribution: 'fixed'; value: number }
  | { distribution: 'geometric'; mean: number }
  | { distribution: 'uniform'; min: number; max: number }
  | { distribution: 'empirical'; values: number[] };

export interface CountDistribution {
  readonly mean: number;
  sample(u: Uniform): number;
}

export function makeCount(spec: CountSpec): CountDistribution {
  switch (spec.distribution) {
    case 'fixed':
      return { mean: spec.value, sample: (u) => (u.next(), spec.value) };
    case 'geometric': {
      // P(k) = (1 − p)^(k−1) p on k ≥ 1, mean 1/p; inverse CDF k = 1 + ⌊ln(1−U)/ln(1−p)⌋.
      const p = 1 / spec.mean;
      if (p >= 1) return { mean: 1, sample: (u) => (u.next(), 1) };
      const l = log(1 - p);
      return { mean: spec.mean, sample: (u) => 1 + Math.floor(log(1 - u.next()) / l) };
    }
    case 'uniform':
      return { mean: (spec.min + spec.max) / 2, sample: (u) => spec.min + Math.floor(u.next() * (spec.max - spec.min + 1)) };
    case 'empirical': {
      const v = spec.values;
      return { mean: v.reduce((a, b) => a + b, 0) / v.length, sample: (u) => v[Math.min(v.length - 1, Math.floor(u.next() * v.length))]! };
    }
  }
}
