// minimumAgents: the E1 answer (14 for 80/20), each kind of goal, agreement with a plain
// linear scan, large loads, and targets nothing can meet.

import { describe, expect, it } from 'vitest';
import { erlang } from '../../sim/analytic/erlang.ts';
import { InputError } from '../../sim/InputError.ts';
import { MAX_AGENTS, describeTarget, meetsTarget, minimumAgents, type StaffingTarget } from '../../sim/analytic/staffing.ts';

const E1 = { arrivalRatePerSecond: 200 / 3600, meanHandleSeconds: 180, thresholdSeconds: 20 };

/** The answer by brute force: the first agent count from 1 upward that meets the target. */
function linearScan(input: typeof E1 & { patienceSeconds?: number; concurrency?: number }, target: StaffingTarget): number {
  for (let agents = 1; ; agents++) if (meetsTarget(erlang({ ...input, agents }), target)) return agents;
}

describe('minimumAgents', () => {
  it('gives 14 agents for 80/20 on E1, with the figures at 14', () => {
    const { agents, figures } = minimumAgents(E1, { serviceLevel: 0.8 });
    expect(agents).toBe(14);
    expect(figures.serviceLevel).toBeCloseTo(0.88835, 5);
    expect(figures.servers).toBe(14);
  });

  it('honours each goal and all of them together', () => {
    expect(minimumAgents(E1, { maxMeanWaitSeconds: 30 }).agents).toBe(linearScan(E1, { maxMeanWaitSeconds: 30 }));
    expect(minimumAgents(E1, { maxOccupancy: 0.85 }).agents).toBe(12); // 10/12 = 0.833 ≤ 0.85 < 10/11
    const all = { serviceLevel: 0.9, maxMeanWaitSeconds: 5, maxOccupancy: 0.7 };
    const { agents, figures } = minimumAgents(E1, all);
    expect(agents).toBe(linearScan(E1, all));
    expect(meetsTarget(figures, all)).toBe(true);
    expect(meetsTarget(erlang({ ...E1, agents: agents - 1 }), all)).toBe(false);
  });

  it('uses Erlang A when a patience is given, and may go below the offered load', () => {
    const withPatience = { ...E1, patienceSeconds: 120 };
    const abandon = minimumAgents(withPatience, { maxAbandonRate: 0.05 });
    expect(abandon.figures.model).toBe('erlang-a');
    expect(abandon.agents).toBe(linearScan(withPatience, { maxAbandonRate: 0.05 }));
    const loose = minimumAgents(withPatience, { maxAbandonRate: 0.5 });
    expect(loose.agents).toBeLessThan(10);
    expect(loose.agents).toBe(linearScan(withPatience, { maxAbandonRate: 0.5 }));
  });

  it('counts agents, not servers, under concurrency (E5: 5 × 2 slots)', () => {
    const chat = { arrivalRatePerSecond: 1.6 / 60, meanHandleSeconds: 300, thresholdSeconds: 60, concurrency: 2 };
    const { agents, figures } = minimumAgents(chat, { serviceLevel: 0.7 });
    expect(agents).toBe(5);
    expect(figures.servers).toBe(10);
    expect(agents).toBe(linearScan(chat, { serviceLevel: 0.7 }));
  });

  it('agrees with a linear scan across loads, and finds large staffings quickly', () => {
    for (const load of [0.3, 2, 10, 47.5, 180]) {
      const input = { arrivalRatePerSecond: load / 180, meanHandleSeconds: 180, thresholdSeconds: 20 };
      expect(minimumAgents(input, { serviceLevel: 0.8 }).agents, `A = ${load}`).toBe(linearScan(input, { serviceLevel: 0.8 }));
    }
    const big = { arrivalRatePerSecond: 20_000 / 180, meanHandleSeconds: 180, thresholdSeconds: 20 };
    const { agents } = minimumAgents(big, { serviceLevel: 0.8 });
    expect(agents).toBeGreaterThan(20_000);
    expect(meetsTarget(erlang({ ...big, agents }), { serviceLevel: 0.8 })).toBe(true);
    expect(meetsTarget(erlang({ ...big, agents: agents - 1 }), { serviceLevel: 0.8 })).toBe(false);
  });

  it('throws InputError (a RangeError: the caller\'s to fix) when nothing up to MAX_AGENTS meets the target, or the target is malformed', () => {
    const huge = { arrivalRatePerSecond: 2 * MAX_AGENTS / 180, meanHandleSeconds: 180, thresholdSeconds: 20 };
    expect(() => minimumAgents(huge, { serviceLevel: 0.8 })).toThrow(/no staffing up to 100000 agents meets the target \(service level ≥ 80% within 20s\)/);
    const nearLimit = { arrivalRatePerSecond: 99_990 / 180, meanHandleSeconds: 180, thresholdSeconds: 20 };
    expect(() => minimumAgents(nearLimit, { serviceLevel: 0.8 })).toThrow(/no staffing up to 100000 agents/);
    expect(() => minimumAgents(E1, { serviceLevel: 80 })).toThrow(InputError);
    expect(() => minimumAgents(E1, { maxMeanWaitSeconds: -1 })).toThrow(InputError);
    expect(() => minimumAgents(E1, { maxMeanWaitSeconds: -1 })).toThrow(RangeError);
  });

  it('maxAsaSeconds bounds the ASA of answered customers; maxMeanWaitSeconds E[Wq] over every arrival (they differ only with patience)', () => {
    const a = { ...E1, patienceSeconds: 60 };
    expect(minimumAgents(a, { maxAsaSeconds: 11 }).agents).toBe(9); // ASA(9) 10.4s
    expect(minimumAgents(a, { maxMeanWaitSeconds: 11 }).agents).toBe(10); // E[Wq](9) 12.8s
    expect(minimumAgents(E1, { maxAsaSeconds: 10 }).agents).toBe(minimumAgents(E1, { maxMeanWaitSeconds: 10 }).agents);
    expect(minimumAgents(a, { maxAsaSeconds: 11 }).agents).toBe(linearScan(a, { maxAsaSeconds: 11 }));
    expect(() => minimumAgents(E1, { maxAsaSeconds: 0 })).toThrow('an ASA of 0 cannot be reached');
    expect(describeTarget({ maxAsaSeconds: 30 })).toBe('ASA ≤ 30s (mean wait of answered tickets)');
  });

  it('describes targets for messages', () => {
    expect(describeTarget({ serviceLevel: 0.8, maxMeanWaitSeconds: 30, maxAbandonRate: 0.05, maxOccupancy: 0.85 }, 20))
      .toBe('service level ≥ 80% within 20s, mean wait ≤ 30s, abandon rate ≤ 5%, occupancy ≤ 85%');
    expect(describeTarget({})).toBe('a stable queue');
  });
});
