// The confidence intervals themselves: over many independent experiments, the 95 % interval
// of P(wait) for M/M/3 (exact 4/9) must cover the exact value about 95 % of the time. With
// 100 experiments the number of hits is Binomial(100, 0.95); we accept 87–100 (the
// central 99.9 % region), which an interval without the t quantile or with a wrong standard
// error would leave.

import { describe, it, expect } from 'vitest';
import { compileText } from '../support/scenarios.ts';
import { runScenario, withRunOptions } from '../../sim/run/runScenario.ts';

const yaml = `
name: mm3-coverage
horizon: 10d
warmup: 1d
replications: 10
channels:
  voice:
    arrivals: { rate: 0.2/min }
    handleTime: { distribution: exponential, mean: 10m }
agents:
  - { team: desk, count: 3, capacity: { voice: 1 } }
`;

describe('95 % intervals cover the exact value about 95 % of the time', () => {
  it('M/M/3 P(wait) over 100 experiments', () => {
    const base = compileText(yaml);
    let hits = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const ci = runScenario(withRunOptions(base, { seed })).channels.voice!.waitProbability.ci95!;
      if (ci[0] <= 4 / 9 && 4 / 9 <= ci[1]) hits++;
    }
    expect(hits).toBeGreaterThanOrEqual(87);
  });
});
