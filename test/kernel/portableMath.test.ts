// The engine-independent log, exp and cos (sim/kernel/portableMath.ts): within one unit in the
// last place of the engine's own Math functions over wide ranges, exact at the special values,
// and the same bits on every engine by construction (+ − × ÷ only).

import { describe, expect, it } from 'vitest';
import { cosTurn, exp, log, log10, pow } from '../../sim/kernel/portableMath.ts';

const F64 = new Float64Array(1);
const I64 = new BigInt64Array(F64.buffer);
/** Distance in units in the last place between two finite doubles of the same sign. */
function ulps(a: number, b: number): number {
  if (a === b) return 0;
  F64[0] = a;
  const ia = I64[0]!;
  F64[0] = b;
  const ib = I64[0]!;
  const d = ia - ib;
  return Number(d < 0n ? -d : d);
}

/** A fixed pseudo-random sweep of n points in [lo, hi) (log-spaced when asked). */
function points(n: number, lo: number, hi: number, logSpaced = false): number[] {
  let s = 987654321;
  return Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const u = (s + 0.5) / 4294967296;
    return logSpaced ? lo * Math.pow(hi / lo, u) : lo + (hi - lo) * u;
  });
}

function worst(xs: number[], mine: (x: number) => number, ref: (x: number) => number): number {
  let w = 0;
  for (const x of xs) w = Math.max(w, ulps(mine(x), ref(x)));
  return w;
}

describe('log', () => {
  it('is within 1 ulp of Math.log from 1e-300 to 1e300, around 1, and on the uniforms the samplers feed it', () => {
    expect(worst(points(200_000, 1e-300, 1e300, true), log, Math.log)).toBeLessThanOrEqual(1);
    expect(worst(points(100_000, 0.5, 2), log, Math.log)).toBeLessThanOrEqual(1);
    expect(worst(points(100_000, 1 - 1e-6, 1 + 1e-6), log, Math.log)).toBeLessThanOrEqual(1);
    expect(worst(points(100_000, 2 ** -32, 1), log, Math.log)).toBeLessThanOrEqual(1);
  });
  it('special values: log 1 = 0, log 0 = −∞, log of a negative or NaN is NaN, log ∞ = ∞, subnormals', () => {
    expect(log(1)).toBe(0);
    expect(log(0)).toBe(-Infinity);
    expect(log(-0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(NaN)).toBeNaN();
    expect(log(Infinity)).toBe(Infinity);
    expect(log(Math.E)).toBe(1);
    expect(ulps(log(5e-324), Math.log(5e-324))).toBeLessThanOrEqual(1);
    expect(ulps(log(2.2e-310), Math.log(2.2e-310))).toBeLessThanOrEqual(1);
  });
});

describe('exp', () => {
  it('is within 1 ulp of Math.exp over [−745, 709.7] and near 0', () => {
    expect(worst(points(200_000, -745, 709.7), exp, Math.exp)).toBeLessThanOrEqual(1);
    expect(worst(points(100_000, -1, 1), exp, Math.exp)).toBeLessThanOrEqual(1);
    expect(worst(points(100_000, -1e-9, 1e-9), exp, Math.exp)).toBeLessThanOrEqual(1);
  });
  it('special values: exp 0 = 1, overflow to ∞, underflow to 0, exp(±∞), NaN', () => {
    expect(exp(0)).toBe(1);
    expect(exp(710)).toBe(Infinity);
    expect(exp(-746)).toBe(0);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(NaN)).toBeNaN();
    // fdlibm's exp(1) is one ulp above Math.E (Java's StrictMath.exp(1), also fdlibm, agrees).
    expect(exp(1)).toBe(2.7182818284590455);
  });
});

describe('cosTurn, log10, pow', () => {
  it('cos(2πu) within 1e-15 of Math.cos (both round the angle), exact at the quarter turns', () => {
    let w = 0;
    for (const u of points(200_000, 0, 1)) w = Math.max(w, Math.abs(cosTurn(u) - Math.cos(2 * Math.PI * u)));
    expect(w).toBeLessThan(1e-15);
    expect([cosTurn(0), cosTurn(0.25), cosTurn(0.5), cosTurn(0.75)]).toEqual([1, -0, -1, 0]);
  });
  it('log10 within 3 ulp; pow within 1e-14 relative for the samplers\' arguments', () => {
    expect(worst(points(100_000, 1e-3, 1e8, true), log10, Math.log10)).toBeLessThanOrEqual(3);
    let w = 0;
    for (const x of points(50_000, 1e-6, 1)) {
      for (const y of [0.37, 2, 1 / 0.3]) w = Math.max(w, Math.abs(pow(x, y) / Math.pow(x, y) - 1));
    }
    expect(w).toBeLessThan(1e-14);
    expect([pow(10, 0), pow(1, 5)]).toEqual([1, 1]);
  });
});
