// Erlang A against A1 and A2 of reference-values.md, a naive product-form chain, the
// Poisson identity for θ = μ, an ODE integration of the service level, the limit θ → 0
// (Erlang C) and large loads that would overflow a naive computation.

import { describe, expect, it } from 'vitest';
import { erlang } from '../../sim/analytic/erlang.ts';
import { erlangA } from '../../sim/analytic/erlangA.ts';
import { erlangC } from '../../sim/analytic/erlangC.ts';
import type { QueueFigures } from '../../sim/analytic/QueueFigures.ts';
import { answeredWithinByOde, asaByFirstStep, naiveErlangAChain, poissonPmf, sig } from './independent.ts';

const E1 = { arrivalRatePerSecond: 200 / 3600, meanHandleSeconds: 180, agents: 14, thresholdSeconds: 20 };
const A1 = { ...E1, patienceSeconds: 120 };

function expectSane(f: QueueFigures) {
  for (const [key, value] of Object.entries(f)) {
    if (typeof value === 'number' && key !== 'thresholdSeconds') expect(Number.isFinite(value), key).toBe(true);
  }
  for (const p of [f.waitProbability, f.serviceLevel, f.abandonRate, f.occupancy]) {
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThanOrEqual(1);
  }
}

/** Full figures from the naive chain, for comparison at full precision. */
function naiveFigures(lambda: number, mu: number, theta: number, n: number, kMax: number) {
  const p = naiveErlangAChain(lambda, mu, theta, n, kMax);
  let wait = 0, queue = 0;
  p.forEach((pk, k) => { if (k >= n) { wait += pk; queue += (k - n) * pk; } });
  return { p, wait, queue, abandon: (theta * queue) / lambda };
}

describe('erlangA: A1 (E1 with mean patience 120 s)', () => {
  const f = erlangA(A1);
  const naive = naiveFigures(200 / 3600, 1 / 180, 1 / 120, 14, 600);

  it('reproduces P(wait) = 0.126976, P(abandon) = 0.022839, E[Wq] ≈ 2.74 s at the printed precision', () => {
    expect(sig(f.waitProbability, 6)).toBe(0.126976);
    expect(sig(f.abandonRate, 5)).toBe(0.022839);
    expect(sig(f.meanWaitSeconds, 3)).toBe(2.74);
  });

  it('agrees with the naive product-form chain at full precision', () => {
    expect(f.waitProbability).toBeCloseTo(naive.wait, 14);
    expect(f.meanQueueLength).toBeCloseTo(naive.queue, 14);
    expect(f.abandonRate).toBeCloseTo(naive.abandon, 14);
    expect(f.meanWaitSeconds).toBeCloseTo(naive.queue / (200 / 3600), 12);
  });

  it('obeys flow balance: busy servers = carried load = λ(1 − P(abandon))/μ', () => {
    expect(f.meanInSystem - f.meanQueueLength).toBeCloseTo(f.occupancy * 14, 12);
    expect(f.occupancy).toBeCloseTo((10 * (1 - f.abandonRate)) / 14, 14);
  });

  it('computes the service level exactly: matches an ODE integration of the waiting customer', () => {
    const jMax = 600 - 14;
    const u = answeredWithinByOde(14 / 180, 1 / 120, jMax, 20, 4000);
    const sl = naive.p.reduce((s, pk, k) => s + pk * (k < 14 ? 1 : u[k - 14]!), 0);
    expect(f.serviceLevel).toBeCloseTo(sl, 11);
    expect(sig(f.serviceLevel, 6)).toBe(0.93273);
  });

  it('counts abandoned customers as missed: SL(T → ∞) = 1 − P(abandon), SL(0) = 1 − P(wait)', () => {
    expect(erlangA({ ...A1, thresholdSeconds: Infinity }).serviceLevel).toBeCloseTo(1 - f.abandonRate, 14);
    expect(erlangA({ ...A1, thresholdSeconds: 0 }).serviceLevel).toBeCloseTo(1 - f.waitProbability, 14);
    const slByT = [0, 5, 20, 60, 300, 3600].map((t) => erlangA({ ...A1, thresholdSeconds: t }).serviceLevel);
    for (let i = 1; i < slByT.length; i++) expect(slByT[i]!).toBeGreaterThan(slByT[i - 1]!);
  });
});

describe('erlangA: A2 (A = 10, N = 10, θ = μ)', () => {
  const aht = 180;
  const f = erlangA({ arrivalRatePerSecond: 10 / aht, meanHandleSeconds: aht, agents: 10, patienceSeconds: aht, thresholdSeconds: 30 });
  // With θ = μ every customer in the system leaves at rate μ, so k ~ Poisson(A).
  const poisson = poissonPmf(10, 200);
  const pWait = poisson.slice(10).reduce((s, p) => s + p, 0);
  const eQ = poisson.reduce((s, p, k) => s + Math.max(k - 10, 0) * p, 0);

  it('reproduces P(wait) = 0.542070, E[Q] = 1.25110, P(abandon) = 0.125110 to 6 significant digits', () => {
    expect(sig(f.waitProbability, 6)).toBe(0.54207);
    expect(sig(f.meanQueueLength, 6)).toBe(1.2511);
    expect(sig(f.abandonRate, 6)).toBe(0.12511);
    expect(Math.abs(f.waitProbability / 0.54207 - 1)).toBeLessThan(1e-6);
    expect(Math.abs(f.meanQueueLength / 1.2511 - 1)).toBeLessThan(1e-6);
    expect(Math.abs(f.abandonRate / 0.12511 - 1)).toBeLessThan(1e-6);
  });

  it('matches the Poisson(A) identity at full precision', () => {
    expect(f.waitProbability).toBeCloseTo(pWait, 14);
    expect(f.meanQueueLength).toBeCloseTo(eQ, 13);
    expect(f.abandonRate).toBeCloseTo(eQ / 10, 14);
    expect(f.meanInSystem).toBeCloseTo(10, 12);
  });

  it('matches the ODE service level here too', () => {
    const u = answeredWithinByOde(10 / aht, 1 / aht, 190, 30, 3000);
    const sl = poisson.reduce((s, p, k) => s + p * (k < 10 ? 1 : (u[k - 10] ?? 0)), 0);
    expect(f.serviceLevel).toBeCloseTo(sl, 11);
  });
});

describe('erlangA: ASA, the mean wait of answered customers', () => {
  it('A1: matches a first-step analysis of the waiting customer, and is below E[Wq] (abandoners wait longest)', () => {
    const f = erlangA(A1);
    const p = naiveErlangAChain(200 / 3600, 1 / 180, 1 / 120, 14, 600);
    expect(f.asaSeconds).toBeCloseTo(asaByFirstStep(p, 14, 14 / 180, 1 / 120), 12);
    expect(sig(f.asaSeconds, 3)).toBe(2.35);
    expect(f.asaSeconds).toBeLessThan(f.meanWaitSeconds);
  });

  it('A2 (θ = μ, number in system ~ Poisson(10)): matches the first-step analysis', () => {
    const f = erlangA({ arrivalRatePerSecond: 200 / 3600, meanHandleSeconds: 180, agents: 10, patienceSeconds: 180 });
    expect(f.asaSeconds).toBeCloseTo(asaByFirstStep(poissonPmf(10, 200), 10, 10 / 180, 1 / 180), 12);
  });

  it('converges to Erlang C\'s ASA (= E[Wq]) as patience grows', () => {
    const c = erlangC(E1);
    expect(c.asaSeconds).toBe(c.meanWaitSeconds);
    const gap = (patienceSeconds: number) => Math.abs(erlangA({ ...E1, patienceSeconds }).asaSeconds / c.asaSeconds - 1);
    expect(gap(1e6)).toBeLessThan(1e-3);
    expect(gap(1e10)).toBeLessThan(1e-7);
    expect(gap(1e10)).toBeLessThan(gap(1e6));
  });
});

describe('erlangA: limits and scale', () => {
  it('converges to Erlang C as patience grows, with a gap proportional to θ', () => {
    const c = erlangC(E1);
    const patiences = [1e4, 1e6, 1e8, 1e12];
    const gaps = patiences.map((patienceSeconds) => {
      const a = erlangA({ ...E1, patienceSeconds });
      return Math.max(...(['waitProbability', 'serviceLevel', 'meanWaitSeconds', 'meanQueueLength', 'occupancy'] as const)
        .map((key) => Math.abs(a[key] / c[key] - 1)));
    });
    // First order in θ: the gap × patience settles to a constant (no loss of precision as θ → 0).
    const scaled = gaps.map((g, i) => g * patiences[i]!);
    for (const s of scaled.slice(1)) expect(Math.abs(s / scaled[1]! - 1)).toBeLessThan(0.01);
    expect(gaps[3]!).toBeLessThan(1e-9);
    const far = erlangA({ ...E1, patienceSeconds: 1e12 });
    expect(far.abandonRate).toBeLessThan(1e-10);
    expect(sig(far.waitProbability, 6)).toBe(0.174132);
    expect(sig(far.serviceLevel, 6)).toBe(0.88835);
  });

  it('keeps the service level exact when e^{−(Nμ+θ)T} underflows (long threshold, long queue)', () => {
    // Nμ·T = 50/60 × 1000 ≈ 833 > 745, so P(M = 0) is below the smallest double; the
    // overload (A = 64 on 50 agents) keeps about 830 waiting, so T = 1000 s sits mid-range.
    const input = { arrivalRatePerSecond: 64 / 60, meanHandleSeconds: 60, agents: 50, patienceSeconds: 3600, thresholdSeconds: 1000 };
    const f = erlangA(input);
    const kMax = 2500;
    const naive = naiveFigures(64 / 60, 1 / 60, 1 / 3600, 50, kMax);
    const u = answeredWithinByOde(50 / 60, 1 / 3600, kMax - 50, 1000, 20_000);
    const sl = naive.p.reduce((s, pk, k) => s + pk * (k < 50 ? 1 : u[k - 50]!), 0);
    expect(f.serviceLevel).toBeCloseTo(sl, 10);
    expect(f.serviceLevel).toBeGreaterThan(0.05);
    expect(f.serviceLevel).toBeLessThan(1 - f.abandonRate - 0.01);
    expect(f.waitProbability).toBeLessThanOrEqual(1);
  });

  it('stays stable when overloaded: abandonment absorbs the excess', () => {
    const f = erlangA({ arrivalRatePerSecond: 12 / 180, meanHandleSeconds: 180, agents: 10, patienceSeconds: 120, thresholdSeconds: 20 });
    expectSane(f);
    expect(f.stable).toBe(true);
    // At least the excess λ − Nμ must abandon.
    expect(f.abandonRate).toBeGreaterThan(2 / 12);
    const naive = naiveFigures(12 / 180, 1 / 180, 1 / 120, 10, 800);
    expect(f.waitProbability).toBeCloseTo(naive.wait, 13);
    expect(f.meanQueueLength).toBeCloseTo(naive.queue, 12);
  });

  it('gives finite, sane figures for A = 500, N = 520, patience 60 s', () => {
    const f = erlangA({ arrivalRatePerSecond: 500 / 180, meanHandleSeconds: 180, agents: 520, patienceSeconds: 60, thresholdSeconds: 20 });
    expectSane(f);
    expect(f.offeredLoad).toBeCloseTo(500, 9);
    expect(f.waitProbability).toBeGreaterThan(0.01);
    expect(f.waitProbability).toBeLessThan(0.5);
    expect(f.serviceLevel).toBeGreaterThan(1 - f.waitProbability);
    expect(f.occupancy).toBeCloseTo((500 * (1 - f.abandonRate)) / 520, 12);
    expect(f.meanInSystem - f.meanQueueLength).toBeCloseTo(f.occupancy * 520, 8);
  });

  it('handles thousands of agents, heavy overload and long thresholds without overflow', () => {
    const cases = [
      { arrivalRatePerSecond: 4900 / 300, meanHandleSeconds: 300, agents: 5000, patienceSeconds: 600, thresholdSeconds: 20 },
      { arrivalRatePerSecond: 2000 / 180, meanHandleSeconds: 180, agents: 1500, patienceSeconds: 300, thresholdSeconds: 60 },
      { arrivalRatePerSecond: 300 / 10, meanHandleSeconds: 10, agents: 320, patienceSeconds: 3600, thresholdSeconds: 86_400 },
      { arrivalRatePerSecond: 1 / 60, meanHandleSeconds: 60, agents: 0, patienceSeconds: 30, thresholdSeconds: 20 },
    ];
    for (const input of cases) {
      const f = erlangA(input);
      expectSane(f);
      expect(erlangA({ ...input, thresholdSeconds: Infinity }).serviceLevel).toBeCloseTo(1 - f.abandonRate, 12);
    }
    const none = erlangA(cases[3]!);
    expect(none).toMatchObject({ waitProbability: 1, serviceLevel: 0, occupancy: 0 });
    expect(none.abandonRate).toBeCloseTo(1, 14);
  });

  it('handles no arrivals and rejects a missing, zero or infinite patience', () => {
    expect(erlangA({ ...A1, arrivalRatePerSecond: 0 })).toMatchObject({ waitProbability: 0, serviceLevel: 1, abandonRate: 0 });
    expect(() => erlangA(E1)).toThrow(/patience/);
    expect(() => erlangA({ ...E1, patienceSeconds: 0 })).toThrow(RangeError);
    expect(() => erlangA({ ...E1, patienceSeconds: Infinity })).toThrow(RangeError);
  });
});

describe('erlang', () => {
  it('picks Erlang A for a finite patience and Erlang C otherwise', () => {
    expect(erlang(A1).model).toBe('erlang-a');
    expect(erlang(E1).model).toBe('erlang-c');
    expect(erlang({ ...E1, patienceSeconds: Infinity }).model).toBe('erlang-c');
    expect(erlang(A1)).toEqual(erlangA(A1));
  });
});
