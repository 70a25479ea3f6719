// RandomStreams: same (seed, replication, name) ⇒ same draws; a new stream never shifts another;
// names and replications give different, uncorrelated sequences; every draw lies in [0, 1).

import { describe, expect, it } from 'vitest';
import { RandomStreams, type Uniform } from '../../sim/kernel/RandomStreams.ts';
import { meanAndVariance, Z999 } from './statisticalChecks.ts';

function take(u: Uniform, n: number): number[] {
  return Array.from({ length: n }, () => u.next());
}

/** Sample correlation of two equally long sequences. */
function correlation(a: number[], b: number[]): number {
  const ma = meanAndVariance(a), mb = meanAndVariance(b);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i]! - ma.mean) * (b[i]! - mb.mean);
  return s / (a.length - 1) / Math.sqrt(ma.variance * mb.variance);
}

describe('RandomStreams', () => {
  it('gives the same sequence for the same seed, replication and name', () => {
    const a = take(new RandomStreams(42, 3).get('arrivals/voice'), 1000);
    const b = take(new RandomStreams(42, 3).get('arrivals/voice'), 1000);
    expect(b).toEqual(a);
    expect(new Set(a).size).toBeGreaterThan(990); // not a constant or a short cycle
  });

  it('returns the same generator when asked twice (its state carries on)', () => {
    const s = new RandomStreams(7);
    const first = take(s.get('x'), 5);
    const next = take(s.get('x'), 5);
    expect(next).toEqual(take(new RandomStreams(7).get('x'), 10).slice(5));
    expect(next).not.toEqual(first);
  });

  it('creating and drawing from stream "b" between draws of "a" leaves "a" unchanged', () => {
    const alone = take(new RandomStreams(1).get('a'), 20);
    const s = new RandomStreams(1);
    const first = take(s.get('a'), 10);
    take(s.get('b'), 1000);
    take(s.get('handle-time/messaging'), 3);
    const rest = take(s.get('a'), 10);
    expect([...first, ...rest]).toEqual(alone);
  });

  it('gives different names, replications and seeds different, uncorrelated sequences', () => {
    const n = 100_000;
    const base = take(new RandomStreams(1, 0).get('a'), n);
    const others = [
      take(new RandomStreams(1, 0).get('b'), n),
      take(new RandomStreams(1, 1).get('a'), n),
      take(new RandomStreams(2, 0).get('a'), n),
    ];
    for (const o of others) {
      expect(o.slice(0, 10)).not.toEqual(base.slice(0, 10));
      // Independent uniforms: the sample correlation is ≈ N(0, 1/n); 99.9 % bound.
      expect(Math.abs(correlation(base, o))).toBeLessThan(Z999 / Math.sqrt(n));
    }
  });

  it('draws lie in [0, 1) with mean 1/2 and variance 1/12 (99.9 % intervals, fixed seed 2024)', () => {
    const n = 500_000;
    const u = new RandomStreams(2024).get('uniformity');
    const xs = new Float64Array(n);
    let min = Infinity, max = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = u.next();
      xs[i] = x;
      if (x < min) min = x;
      if (x > max) max = x;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    const { mean, variance } = meanAndVariance(xs);
    expect(Math.abs(mean - 0.5)).toBeLessThan(Z999 * Math.sqrt(1 / 12 / n));
    // Var(S²) of a uniform ≈ (μ4 − σ⁴)/n with μ4 = 1/80.
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(Z999 * Math.sqrt((1 / 80 - 1 / 144) / n));
    // Ten equal bins each hold a tenth, within a 99.9 % binomial interval.
    const bins = new Array<number>(10).fill(0);
    for (const x of xs) bins[Math.floor(x * 10)]!++;
    for (const b of bins) expect(Math.abs(b - n / 10)).toBeLessThan(Z999 * Math.sqrt(n * 0.1 * 0.9));
  });
});

describe('AleaStream', () => {
  it('yields exactly seedrandom.alea\'s sequence for the same seed string', async () => {
    const { default: seedrandom } = await import('seedrandom');
    const { AleaStream } = await import('../../sim/kernel/RandomStreams.ts');
    for (const seed of ['a', 'omnisim|42|rep0|arrivals/voice', '']) {
      const ours = new AleaStream(seed);
      const theirs = seedrandom.alea(seed);
      for (let i = 0; i < 10_000; i++) expect(ours.next()).toBe(theirs());
    }
  });
});
