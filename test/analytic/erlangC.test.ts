// Erlang C against the worked examples E1, E3 and E5 of reference-values.md, each also
// checked at full precision against the closed form; then the unstable and degenerate cases.

import { describe, expect, it } from 'vitest';
import { erlangC } from '../../sim/analytic/erlangC.ts';
import type { QueueFigures } from '../../sim/analytic/QueueFigures.ts';
import { closedFormErlangC, sig } from './independent.ts';

const E1 = { arrivalRatePerSecond: 200 / 3600, meanHandleSeconds: 180, agents: 14, thresholdSeconds: 20 };

function expectNoNaN(f: QueueFigures) {
  for (const [key, value] of Object.entries(f)) if (typeof value === 'number') expect(value, key).not.toBeNaN();
}

describe('erlangC: E1 (λ = 200/h, AHT 180 s, N = 14, T = 20 s)', () => {
  const f = erlangC(E1);
  const exact = closedFormErlangC(14, 10, 180, 20);

  it('reproduces C = 0.174132 and SL = 0.888350 to 6 significant digits', () => {
    expect(f.offeredLoad).toBeCloseTo(10, 12);
    expect(sig(f.waitProbability, 6)).toBe(0.174132);
    expect(Math.abs(f.waitProbability / 0.174132 - 1)).toBeLessThan(1e-6);
    expect(sig(f.serviceLevel, 6)).toBe(0.88835);
    expect(Math.abs(f.serviceLevel / 0.88835 - 1)).toBeLessThan(1e-6);
  });

  it('gives ASA 7.836 s and occupancy 0.7143 at the printed precision', () => {
    expect(sig(f.meanWaitSeconds, 4)).toBe(7.836);
    expect(sig(f.occupancy, 4)).toBe(0.7143);
  });

  it('agrees with the closed form at full precision', () => {
    expect(f.waitProbability).toBeCloseTo(exact.c, 13);
    expect(f.serviceLevel).toBeCloseTo(exact.serviceLevel, 13);
    expect(f.meanWaitSeconds).toBeCloseTo(exact.meanWaitSeconds, 11);
    expect(f.meanQueueLength).toBeCloseTo(exact.meanQueueLength, 13);
    expect(f.abandonRate).toBe(0);
    expect(f.model).toBe('erlang-c');
    expect(f.stable).toBe(true);
  });

  it('reproduces SL(20 s) by N: 11 → 0.3896 … 15 → 0.9415', () => {
    const table: Array<[number, number]> = [[11, 0.3896], [12, 0.6402], [13, 0.7956], [14, 0.8884], [15, 0.9415]];
    for (const [n, sl] of table) {
      const got = erlangC({ ...E1, agents: n }).serviceLevel;
      expect(sig(got, 4), `N = ${n}`).toBe(sl);
      expect(got).toBeCloseTo(closedFormErlangC(n, 10, 180, 20).serviceLevel, 13);
    }
  });

  it('obeys Little: Lq = λ·Wq and L = Lq + A', () => {
    expect(f.meanQueueLength).toBeCloseTo(E1.arrivalRatePerSecond * f.meanWaitSeconds, 13);
    expect(f.meanInSystem).toBeCloseTo(f.meanQueueLength + 10, 12);
  });
});

describe('erlangC: E3 (M/M/3, λ = 0.2/min, μ = 0.1/min)', () => {
  const lambda = 0.2 / 60;
  const f = erlangC({ arrivalRatePerSecond: lambda, meanHandleSeconds: 600, agents: 3 });

  it('gives C = 4/9, Wq = 40/9 min, Lq = 8/9, L = 26/9, W = 130/9 min exactly', () => {
    expect(f.waitProbability).toBeCloseTo(4 / 9, 14);
    expect(f.meanWaitSeconds / 60).toBeCloseTo(40 / 9, 12);
    expect(f.meanQueueLength).toBeCloseTo(8 / 9, 14);
    expect(f.meanInSystem).toBeCloseTo(26 / 9, 14);
    expect(f.meanInSystem / lambda / 60).toBeCloseTo(130 / 9, 11); // W by Little
  });

  it('matches the printed values 4.444 min, 0.8889, 2.889, 14.444 min', () => {
    expect(sig(f.meanWaitSeconds / 60, 4)).toBe(4.444);
    expect(sig(f.meanQueueLength, 4)).toBe(0.8889);
    expect(sig(f.meanInSystem, 4)).toBe(2.889);
    expect(sig(f.meanInSystem / lambda / 60, 5)).toBe(14.444);
  });

  it('uses threshold 0 when none is given: SL = 1 − C', () => {
    expect(f.thresholdSeconds).toBe(0);
    expect(f.serviceLevel).toBeCloseTo(5 / 9, 14);
  });
});

describe('erlangC: E5 (chat, 5 agents × 2 slots, λ = 1.6/min, 5 min, T = 1 min)', () => {
  const f = erlangC({ arrivalRatePerSecond: 1.6 / 60, meanHandleSeconds: 300, agents: 5, concurrency: 2, thresholdSeconds: 60 });
  const exact = closedFormErlangC(10, 8, 300, 60);

  it('treats concurrency as N·k servers: C(10, 8) = 0.409180', () => {
    expect(f.servers).toBe(10);
    expect(f.offeredLoad).toBeCloseTo(8, 12);
    expect(sig(f.waitProbability, 6)).toBe(0.40918);
    expect(Math.abs(f.waitProbability / 0.40918 - 1)).toBeLessThan(1e-6);
    expect(f.waitProbability).toBeCloseTo(exact.c, 13);
  });

  it('gives SL = 0.7257, ASA = 1.0230 min, Lq = 1.6367', () => {
    expect(sig(f.serviceLevel, 4)).toBe(0.7257);
    expect(sig(f.meanWaitSeconds / 60, 5)).toBe(1.023);
    expect(sig(f.meanQueueLength, 5)).toBe(1.6367);
    expect(f.serviceLevel).toBeCloseTo(exact.serviceLevel, 13);
    expect(f.meanWaitSeconds).toBeCloseTo(exact.meanWaitSeconds, 10);
    expect(f.meanQueueLength).toBeCloseTo((1.6 / 60) * f.meanWaitSeconds, 13);
    expect(f.occupancy).toBeCloseTo(0.8, 14);
  });
});

describe('erlangC: unstable and degenerate inputs', () => {
  it('reports A ≥ N as unstable with infinite waits and no NaN', () => {
    for (const agents of [10, 9, 0]) {
      const f = erlangC({ ...E1, agents });
      expect(f.stable).toBe(false);
      expect(f.waitProbability).toBe(1);
      expect(f.serviceLevel).toBe(0);
      expect(f.meanWaitSeconds).toBe(Infinity);
      expect(f.meanQueueLength).toBe(Infinity);
      expect(f.abandonRate).toBe(0);
      expectNoNaN(f);
    }
    expect(erlangC({ ...E1, agents: 10 }).occupancy).toBe(1);
  });

  it('is stable just above the load, with large but finite waits', () => {
    const f = erlangC({ arrivalRatePerSecond: 9.99 / 180, meanHandleSeconds: 180, agents: 10, thresholdSeconds: 20 });
    expect(f.stable).toBe(true);
    expect(Number.isFinite(f.meanWaitSeconds)).toBe(true);
    expect(f.waitProbability).toBeLessThan(1);
  });

  it('treats no arrivals as nobody waiting, even with no agents', () => {
    for (const agents of [0, 3]) {
      const f = erlangC({ arrivalRatePerSecond: 0, meanHandleSeconds: 60, agents });
      expect(f).toMatchObject({ stable: true, waitProbability: 0, serviceLevel: 1, meanWaitSeconds: 0, occupancy: 0 });
      expectNoNaN(f);
    }
  });

  it('stays finite for thousands of servers', () => {
    const f = erlangC({ arrivalRatePerSecond: 4990 / 300, meanHandleSeconds: 300, agents: 5000, thresholdSeconds: 20 });
    expect(f.stable).toBe(true);
    expect(f.waitProbability).toBeGreaterThan(0);
    expect(f.waitProbability).toBeLessThan(1);
    expect(Number.isFinite(f.meanWaitSeconds)).toBe(true);
    expectNoNaN(f);
  });

  it('rejects invalid input with RangeError', () => {
    expect(() => erlangC({ ...E1, agents: 2.5 })).toThrow(/agents/);
    expect(() => erlangC({ ...E1, arrivalRatePerSecond: -1 })).toThrow(/arrivalRate/);
    expect(() => erlangC({ ...E1, meanHandleSeconds: 0 })).toThrow(/meanHandleSeconds/);
    expect(() => erlangC({ ...E1, concurrency: 0 })).toThrow(/concurrency/);
    expect(() => erlangC({ ...E1, thresholdSeconds: -5 })).toThrow(/threshold/);
  });
});
