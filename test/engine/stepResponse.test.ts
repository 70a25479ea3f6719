// T2 (spec/reference-values.md): infinite agents, exponential 3-minute calls, arrivals step
// from 5 to 15 per minute at t0. Busy agents follow m(t) = 45 − 30·e^(−(t−t0)/3 min):
// 33.96 at t0+3, 40.94 at t0+6, 43.51 at t0+9. "Infinite" is 400 agents (P(all busy) ≈ 0).
// The busy count at a fixed time is Poisson(m(t)), sampled once per replication.

import { describe, it, expect } from 'vitest';
import { compileText } from '../support/scenarios.ts';
import { Engine } from '../../sim/engine/Engine.ts';
import { VOICE } from '../../sim/model/codes.ts';
import { estimate, halfWidth } from '../../sim/metrics/Estimate.ts';

const yaml = `
name: t2-step
horizon: 70m
channels:
  voice:
    arrivals:
      rate: 5/min
      spikes: [{ at: 60m, duration: 1h, multiplier: 3 }]
    handleTime: { distribution: exponential, mean: 3m }
agents:
  - { team: unlimited, count: 400, capacity: { voice: 1 } }
`;

const T0 = 3600;
const m = (minutesAfter: number) => 45 - 30 * Math.exp(-minutesAfter / 3);
const REPLICATIONS = 600;

describe('T2: step response of an infinite-server system', () => {
  const compiled = compileText(yaml);
  const samples: Record<number, number[]> = { [-1]: [], 3: [], 6: [], 9: [] };
  for (let r = 0; r < REPLICATIONS; r++) {
    const e = new Engine(compiled, r);
    for (const k of [-1, 3, 6, 9]) {
      e.runUntil(T0 + k * 60);
      samples[k]!.push(e.agents.reduce((n, a) => n + a.counted[VOICE]!, 0));
    }
  }

  it('the reference values follow from the formula', () => {
    expect(m(3)).toBeCloseTo(33.96, 2);
    expect(m(6)).toBeCloseTo(40.94, 2);
    expect(m(9)).toBeCloseTo(43.51, 2);
  });

  // Four checks at 99.9 % each (a family-wise level above 99.5 %).
  for (const [k, exact] of [[-1, 15], [3, m(3)], [6, m(6)], [9, m(9)]] as const) {
    const label = k < 0 ? 'steady state before the step (15)' : `m(t0 + ${k} min) = ${exact.toFixed(2)}`;
    it(label, () => {
      const target = k < 0 ? 15 : exact;
      const xs = samples[k]!;
      const est = estimate(xs);
      const sd = Math.sqrt(xs.reduce((s, x) => s + (x - est.mean!) ** 2, 0) / (xs.length - 1));
      const h = halfWidth(sd, xs.length, 0.999);
      expect(Math.abs(est.mean! - target), `mean ${est.mean} ± ${h} vs ${target}`).toBeLessThan(h);
      expect(h / target).toBeLessThan(0.05);
      // Poisson: variance equals the mean (within sampling error).
      expect(sd * sd / target).toBeGreaterThan(0.75);
      expect(sd * sd / target).toBeLessThan(1.3);
    });
  }
});
