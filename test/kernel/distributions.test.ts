// Distributions: each sample mean over 200k draws against the exact mean (99.9 % interval from
// the exact variance), Kolmogorov–Smirnov distances against exact CDFs, the number of uniforms
// one draw consumes, the support (never negative, never NaN, within [min, max]) and
// makeDistribution's mapping from scenario specs.
//
// Seeds are fixed (RandomStreams seed 20240611, one named stream per check), so every run draws
// the same numbers. Each check is at the 99.9 % level: a correct sampler would fail a given
// check for only 0.1 % of seeds, so a failure here means a wrong sampler or a wrong exact value,
// not bad luck worth re-running.

import { describe, expect, it } from 'vitest';
import { RandomStreams, type Uniform } from '../../sim/kernel/RandomStreams.ts';
import type { Distribution, DistributionSpec } from '../../sim/kernel/distributions/Distribution.ts';
import { Exponential } from '../../sim/kernel/distributions/exponential.ts';
import { Lognormal } from '../../sim/kernel/distributions/lognormal.ts';
import { standardNormal } from '../../sim/kernel/distributions/standardNormal.ts';
import { Gamma } from '../../sim/kernel/distributions/gamma.ts';
import { UniformDistribution } from '../../sim/kernel/distributions/uniform.ts';
import { Deterministic } from '../../sim/kernel/distributions/deterministic.ts';
import { Empirical } from '../../sim/kernel/distributions/empirical.ts';
import { makeDistribution } from '../../sim/kernel/distributions/makeDistribution.ts';
import { erfc, KS_999, ksStatistic, meanAndVariance, meanHalfWidth, normalCdf } from './statisticalChecks.ts';

const SEED = 20240611;
const N = 200_000;

function stream(name: string): Uniform {
  return new RandomStreams(SEED).get(`distributions/${name}`);
}

function draws(d: Distribution, name: string, n = N): Float64Array {
  const u = stream(name);
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = d.sample(u);
  return xs;
}

/** A uniform source that counts its calls (its spare stream, for rejection samplers, is not counted). */
function counting(u: Uniform): { u: Uniform; calls: () => number } {
  let calls = 0;
  return { u: { next: () => { calls++; return u.next(); }, spare: () => u.spare!() }, calls: () => calls };
}

const OBSERVED = [5, 7, 7, 12, 30, 61];

/** Exact moments of the bootstrap (pick one observation) distribution. */
function bootstrapMoments(v: number[]) {
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  return { mean, variance: v.reduce((a, x) => a + (x - mean) ** 2, 0) / v.length };
}

/** Exact moments of the interpolated empirical law: uniform on each gap, each gap 1/(n−1). */
function interpolatedMoments(v: number[]) {
  const s = [...v].sort((a, b) => a - b);
  const gaps = s.length - 1;
  let m1 = 0, m2 = 0;
  for (let i = 0; i < gaps; i++) {
    const a = s[i]!, b = s[i + 1]!;
    m1 += (a + b) / 2 / gaps;
    m2 += (a * a + a * b + b * b) / 3 / gaps;
  }
  return { mean: m1, variance: m2 - m1 * m1 };
}

interface Case {
  name: string;
  d: Distribution;
  mean: number;
  variance: number;
}

const CASES: Case[] = [
  { name: 'exponential(180)', d: new Exponential(180), mean: 180, variance: 180 ** 2 },
  { name: 'lognormal(300, 200)', d: new Lognormal(300, 200), mean: 300, variance: 200 ** 2 },
  { name: 'lognormal(60, 240) heavy tail', d: new Lognormal(60, 240), mean: 60, variance: 240 ** 2 },
  { name: 'gamma(240, shape 2.5)', d: new Gamma(240, 2.5), mean: 240, variance: 240 ** 2 / 2.5 },
  { name: 'gamma(60, shape 0.5)', d: new Gamma(60, 0.5), mean: 60, variance: 60 ** 2 / 0.5 },
  { name: 'erlang(300, k 3)', d: makeDistribution({ distribution: 'erlang', mean: 300, k: 3 }), mean: 300, variance: 300 ** 2 / 3 },
  { name: 'uniform(30, 90)', d: new UniformDistribution(30, 90), mean: 60, variance: 60 ** 2 / 12 },
  { name: 'empirical bootstrap', d: new Empirical(OBSERVED, false), ...bootstrapMoments(OBSERVED) },
  { name: 'empirical interpolated', d: new Empirical(OBSERVED, true), ...interpolatedMoments(OBSERVED) },
];

describe('distribution means', () => {
  for (const c of CASES) {
    it(`${c.name}: exact .mean, sample mean inside the 99.9 % interval, no negative or NaN draw`, () => {
      expect(c.d.mean).toBeCloseTo(c.mean, 12);
      const xs = draws(c.d, c.name);
      let bad = 0;
      for (const x of xs) if (!(x >= 0)) bad++; // catches NaN too
      expect(bad).toBe(0);
      const { mean, variance } = meanAndVariance(xs);
      const half = meanHalfWidth(c.variance, N);
      expect(Math.abs(mean - c.mean), `sample mean ${mean} vs ${c.mean} ± ${half}`).toBeLessThan(half);
      // The spread must be right too. A loose ±10 % band: for these laws the sampling error of
      // the variance at n = 200k is under 1 % (excess kurtosis ≤ 12), so only a wrong shape or
      // scale leaves it. The heavy-tailed lognormal (CV 4) has a fourth moment so large that
      // its sample variance says little; it is left to the mean check.
      if (!c.name.includes('heavy')) {
        expect(variance / c.variance).toBeGreaterThan(0.9);
        expect(variance / c.variance).toBeLessThan(1.1);
      }
    });
  }
});

describe('distribution shapes (Kolmogorov–Smirnov, 0.1 % critical value 1.95/√n)', () => {
  const critical = KS_999 / Math.sqrt(N);

  it('exponential(180) against 1 − e^(−x/180)', () => {
    const d = ksStatistic(draws(new Exponential(180), 'ks-exponential'), (x) => 1 - Math.exp(-x / 180));
    expect(d).toBeLessThan(critical);
  });

  it('lognormal(300, 200) against Φ((ln x − μ)/σ)', () => {
    const s2 = Math.log(1 + (200 / 300) ** 2);
    const mu = Math.log(300) - s2 / 2, sigma = Math.sqrt(s2);
    const cdf = (x: number) => (x <= 0 ? 0 : normalCdf((Math.log(x) - mu) / sigma));
    expect(ksStatistic(draws(new Lognormal(300, 200), 'ks-lognormal'), cdf)).toBeLessThan(critical);
  });

  it('erlang(300, k 3) against 1 − e^(−y)(1 + y + y²/2), y = x/100', () => {
    const cdf = (x: number) => { const y = x / 100; return 1 - Math.exp(-y) * (1 + y + (y * y) / 2); };
    const d = makeDistribution({ distribution: 'erlang', mean: 300, k: 3 });
    expect(ksStatistic(draws(d, 'ks-erlang'), cdf)).toBeLessThan(critical);
  });

  it('gamma(60, shape 0.5) against erf(√(x/120)) (the shape < 1 boost path)', () => {
    const cdf = (x: number) => 1 - erfc(Math.sqrt(x / 120));
    expect(ksStatistic(draws(new Gamma(60, 0.5), 'ks-gamma-half'), cdf)).toBeLessThan(critical);
  });

  it('uniform(30, 90) against (x − 30)/60', () => {
    const d = ksStatistic(draws(new UniformDistribution(30, 90), 'ks-uniform'), (x) => Math.min(1, Math.max(0, (x - 30) / 60)));
    expect(d).toBeLessThan(critical);
  });

  it('exponential (ziggurat): the tail beyond the base layer (x > 7.697) and the layers\' curved edges have their exact mass', () => {
    // The fast path never returns x ≥ 7.697 and never a point in a layer's curved edge: those
    // come only from the rare path, so a wrong rare path shows here. 4·10^6 draws, binomial 99.9 %.
    const n = 4_000_000;
    const xs = draws(new Exponential(1), 'zig-tail', n);
    for (const [lo, hi] of [[7.697117470131487, Infinity], [3, 3.2], [0.001, 0.01], [5.5, 6.5]] as const) {
      let k = 0;
      for (let i = 0; i < n; i++) if (xs[i]! > lo && xs[i]! <= hi) k++;
      const p = Math.exp(-lo) - (hi === Infinity ? 0 : Math.exp(-hi));
      const halfWidth = 3.29 * Math.sqrt((n * p * (1 - p)));
      expect(Math.abs(k - n * p), `P(${lo} < X ≤ ${hi}): ${k} of ${n}, expected ${(n * p).toFixed(1)}`).toBeLessThan(halfWidth);
    }
  });

  it('exponential (ziggurat): the rare extra draws come from the spare stream; a stuck source still ends', () => {
    const main = counting(stream('zig-spare'));
    let spareCalls = 0;
    const spare = stream('zig-spare-extra');
    const u: Uniform = { next: () => main.u.next(), spare: () => ({ next: () => { spareCalls++; return spare.next(); } }) };
    for (let i = 0; i < 20_000; i++) new Exponential(1).sample(u);
    expect(main.calls()).toBe(20_000);
    // About 1.1 % of draws need the rare path, each taking one or a few extra uniforms.
    expect(spareCalls).toBeGreaterThan(100);
    expect(spareCalls).toBeLessThan(1000);
    expect(Number.isFinite(new Exponential(1).sample({ next: () => 1 - 2 ** -32 }))).toBe(true);
  });

  it('standard normal (ziggurat) against Φ, and its mean and variance', () => {
    const xs = draws({ sample: standardNormal, mean: 0, describe: () => 'N(0, 1)' } as unknown as Distribution, 'ks-normal');
    expect(ksStatistic(xs, normalCdf)).toBeLessThan(critical);
    const { mean, variance } = meanAndVariance(xs);
    expect(Math.abs(mean)).toBeLessThan(3.29 / Math.sqrt(N)); // 99.9 %
    expect(Math.abs(variance - 1)).toBeLessThan(3.29 * Math.sqrt(2 / N));
  });

  it('standard normal (ziggurat): both tails beyond the base layer (|x| > 3.4426) and the layers\' curved edges have their exact mass', () => {
    // The fast path never returns |x| ≥ 3.4426 and never a point in a layer's curved edge: those
    // come only from the rare path, so a wrong rare path (or a lost sign) shows here.
    // 4·10^6 draws, binomial 99.9 %.
    const n = 4_000_000;
    const u = stream('zig-normal-tail');
    const xs = new Float64Array(n);
    for (let i = 0; i < n; i++) xs[i] = standardNormal(u);
    const r = 3.442619855899;
    for (const [lo, hi] of [[r, Infinity], [-Infinity, -r], [4, Infinity], [1.0, 1.1], [-2.7, -2.5], [0.001, 0.01], [2.9, 3.1]] as const) {
      let k = 0;
      for (let i = 0; i < n; i++) if (xs[i]! > lo && xs[i]! <= hi) k++;
      const p = normalCdf(hi) - normalCdf(lo);
      const halfWidth = 3.29 * Math.sqrt(n * p * (1 - p));
      expect(Math.abs(k - n * p), `P(${lo} < X ≤ ${hi}): ${k} of ${n}, expected ${(n * p).toFixed(1)}`).toBeLessThan(halfWidth);
    }
  });

  it('standard normal (ziggurat): the rare extra draws come from the spare stream; a stuck source still ends', () => {
    const main = counting(stream('zig-normal-spare'));
    let spareCalls = 0;
    const spare = stream('zig-normal-spare-extra');
    const u: Uniform = { next: () => main.u.next(), spare: () => ({ next: () => { spareCalls++; return spare.next(); } }) };
    for (let i = 0; i < 20_000; i++) standardNormal(u);
    expect(main.calls()).toBe(20_000);
    // About 1.2 % of draws need the rare path, each taking two or a few extra uniforms.
    expect(spareCalls).toBeGreaterThan(200);
    expect(spareCalls).toBeLessThan(2000);
    for (const stuck of [1 - 2 ** -32, 0.5, 0, 0.999]) expect(Number.isFinite(standardNormal({ next: () => stuck }))).toBe(true);
  });

  it('the KS check can fail: exponential(180) draws against an exponential of mean 185', () => {
    const d = ksStatistic(draws(new Exponential(180), 'ks-exponential'), (x) => 1 - Math.exp(-x / 185));
    expect(d).toBeGreaterThan(critical);
  });
});

describe('uniforms consumed per draw (keeps streams aligned between variants)', () => {
  const fixed: [string, Distribution, number][] = [
    ['deterministic', new Deterministic(42), 1],
    ['exponential', new Exponential(10), 1],
    ['uniform', new UniformDistribution(1, 2), 1],
    ['empirical', new Empirical(OBSERVED, false), 1],
    ['empirical interpolated', new Empirical(OBSERVED, true), 1],
    ['lognormal (normal ziggurat; rare extra draws from the spare stream)', new Lognormal(10, 5), 1],
  ];
  for (const [name, d, per] of fixed) {
    it(`${name} takes exactly ${per} per draw`, () => {
      const c = counting(stream(`count/${name}`));
      for (let i = 1; i <= 1000; i++) {
        d.sample(c.u);
        if (c.calls() !== per * i) expect.fail(`after ${i} draws: ${c.calls()} uniforms`);
      }
    });
  }

  it('Deterministic returns its value every time, and the stream moves on by one per draw', () => {
    const d = new Deterministic(42);
    const c = counting(stream('deterministic'));
    const values = Array.from({ length: 5 }, () => d.sample(c.u));
    expect(values).toEqual([42, 42, 42, 42, 42]);
    expect(d.mean).toBe(42);
    // The sixth uniform of the stream is the next one a neighbour would get.
    const reference = stream('deterministic');
    for (let i = 0; i < 5; i++) reference.next();
    expect(c.u.next()).toBe(reference.next());
  });
});

describe('support', () => {
  /** A source stuck at the extremes a 32-bit generator can return: 0 and 1 − 2^−32. */
  function extremes(): Uniform {
    let i = 0;
    return { next: () => (i++ % 2 === 0 ? 0 : 1 - 2 ** -32) };
  }

  it('no draw is negative, NaN or infinite even at the extreme uniforms', () => {
    const ds: Distribution[] = [
      new Exponential(180), new Lognormal(300, 200), new Lognormal(60, 240), new UniformDistribution(30, 90),
      new Deterministic(5), new Empirical(OBSERVED, false), new Empirical(OBSERVED, true),
    ];
    for (const d of ds) {
      for (const u of [extremes(), { next: () => 0 }, { next: () => 1 - 2 ** -32 }]) {
        for (let i = 0; i < 4; i++) {
          const x = d.sample(u);
          expect(Number.isFinite(x), `${d.describe()} gave ${x}`).toBe(true);
          expect(x, d.describe()).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });

  it('empirical draws stay within [min, max]; the bootstrap only returns observations', () => {
    const interp = draws(new Empirical(OBSERVED, true), 'empirical-range', 50_000);
    let lo = Infinity, hi = -Infinity;
    for (const x of interp) { lo = Math.min(lo, x); hi = Math.max(hi, x); }
    expect(lo).toBeGreaterThanOrEqual(5);
    expect(hi).toBeLessThanOrEqual(61);
    expect(lo).toBeLessThan(5.1); // and it reaches near both ends
    expect(hi).toBeGreaterThan(60.5);
    const boot = draws(new Empirical(OBSERVED, false), 'empirical-boot', 50_000);
    expect(new Set(boot)).toEqual(new Set(OBSERVED));
    // The extreme uniforms map to the extreme values.
    expect(new Empirical(OBSERVED, true).sample({ next: () => 0 })).toBe(5);
    expect(new Empirical(OBSERVED, true).sample({ next: () => 1 - 2 ** -32 })).toBeCloseTo(61, 6);
    expect(new Empirical(OBSERVED, false).sample({ next: () => 1 - 2 ** -32 })).toBe(61);
  });

  it('empirical sorts its observations numerically (not as strings) and handles one value', () => {
    const d = new Empirical([100, 9, 20], true);
    expect(d.sample({ next: () => 0 })).toBe(9);
    expect(d.sample({ next: () => 0.5 })).toBe(20);
    expect(d.sample({ next: () => 0.75 })).toBe(60);
    expect(d.mean).toBeCloseTo((14.5 + 60) / 2, 12);
    const one = new Empirical([7], true);
    expect([one.sample({ next: () => 0 }), one.sample({ next: () => 0.99 })]).toEqual([7, 7]);
    expect(one.mean).toBe(7);
    expect(() => new Empirical([], false)).toThrow(RangeError);
  });

  it('uniform maps 0 to min and u to min + (max − min)·u', () => {
    const d = new UniformDistribution(30, 90);
    expect(d.sample({ next: () => 0 })).toBe(30);
    expect(d.sample({ next: () => 0.25 })).toBe(45);
  });
});

describe('makeDistribution', () => {
  it('builds each spec with the exact mean', () => {
    const specs: [DistributionSpec, number, string][] = [
      [{ distribution: 'exponential', mean: 180 }, 180, 'exponential(mean 180)'],
      [{ distribution: 'lognormal', mean: 300, sd: 200 }, 300, 'lognormal(mean 300, sd 200)'],
      [{ distribution: 'gamma', mean: 240, shape: 2.5 }, 240, 'gamma(shape 2.5, mean 240)'],
      [{ distribution: 'erlang', mean: 300, k: 3 }, 300, 'erlang(k 3, mean 300)'],
      [{ distribution: 'uniform', min: 30, max: 90 }, 60, 'uniform(30, 90)'],
      [{ distribution: 'deterministic', value: 42 }, 42, 'deterministic(42)'],
      [{ distribution: 'empirical', values: OBSERVED, interpolate: false }, 20.333333333333332, 'empirical(6 values)'],
      [{ distribution: 'empirical', values: OBSERVED, interpolate: true }, interpolatedMoments(OBSERVED).mean, 'empirical(6 values, interpolated)'],
    ];
    for (const [spec, mean, text] of specs) {
      const d = makeDistribution(spec);
      expect(d.mean, spec.distribution).toBeCloseTo(mean, 12);
      expect(d.describe()).toBe(text);
    }
  });

  it('a lognormal with sd 0 is the deterministic value', () => {
    const d = makeDistribution({ distribution: 'lognormal', mean: 120, sd: 0 });
    expect(d).toBeInstanceOf(Deterministic);
    expect(d.sample(stream('sd0'))).toBe(120);
  });
});
