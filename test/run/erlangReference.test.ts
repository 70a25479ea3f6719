// The simulator against exact queueing results (spec/reference-values.md): for each case the
// interval over the scenario file's replications must contain the exact value, and the 95 %
// interval must be narrower than 5 % of it. The 20 checks form one family (see
// expectCovers: Bonferroni level 1 − 0.05/20 per check, so the file as a whole is a 95 %
// test). Seeds are the scenario files' own; the exact values come from the analytic module,
// itself checked against the reference table in test/analytic.

import { describe, it, expect } from 'vitest';
import { runFile } from '../support/scenarios.ts';
import { expectCovers } from '../support/expectCovers.ts';
import { erlangC } from '../../sim/analytic/erlangC.ts';
import { erlangA } from '../../sim/analytic/erlangA.ts';

const FAMILY = 20;
const covers = (e: Parameters<typeof expectCovers>[0], exact: number, label: string, n = 10) =>
  expectCovers(e, exact, label, { family: FAMILY, n });

describe('E1: M/M/14, λ = 200/h, AHT 180 s (Erlang C)', () => {
  const exact = erlangC({ arrivalRatePerSecond: 200 / 3600, meanHandleSeconds: 180, agents: 14, thresholdSeconds: 20 });
  const r = runFile('erlang-c-e1.yaml');
  const v = r.channels.voice!;
  it('matches the reference table', () => {
    expect(exact.waitProbability).toBeCloseTo(0.174132, 6);
    expect(exact.serviceLevel).toBeCloseTo(0.88835, 5);
  });
  it('P(wait) = 0.174132', () => covers(v.waitProbability, exact.waitProbability, 'P(wait)'));
  it('mean wait = 7.836 s', () => covers(v.meanWaitSeconds, exact.meanWaitSeconds, 'E[Wq]'));
  it('SL(20 s) = 0.888350', () => covers(v.serviceLevel, exact.serviceLevel, 'SL'));
  it('occupancy = 0.7143', () => covers(v.occupancy, exact.occupancy, 'occupancy'));
  it('Lq = 0.4353 (time-average queue length)', () => covers(r.queues['standard/support']!.meanLength, exact.meanQueueLength, 'Lq'));
  it('nobody abandons without patience', () => expect(v.abandoned.mean).toBe(0));
});

describe('E3: M/M/3, λ = 0.2/min, μ = 0.1/min', () => {
  const r = runFile('erlang-c-e3.yaml');
  const v = r.channels.voice!;
  it('C = 4/9', () => covers(v.waitProbability, 4 / 9, 'C'));
  it('Wq = 4.444 min', () => covers(v.meanWaitSeconds, (40 / 9) * 60, 'Wq'));
  it('Lq = 0.8889', () => covers(r.queues['standard/support']!.meanLength, 8 / 9, 'Lq'));
});

describe('E5: chat, 5 agents × 2 slots = Erlang C with 10 servers', () => {
  const exact = erlangC({ arrivalRatePerSecond: 1.6 / 60, meanHandleSeconds: 300, agents: 5, concurrency: 2, thresholdSeconds: 60 });
  const r = runFile('erlang-c-e5-chat.yaml');
  const m = r.channels.messaging!;
  it('matches the reference table', () => expect(exact.waitProbability).toBeCloseTo(0.40918, 5));
  it('C(10, 8) = 0.409180', () => covers(m.waitProbability, exact.waitProbability, 'C'));
  it('SL(1 min) = 0.7257', () => covers(m.serviceLevel, exact.serviceLevel, 'SL'));
  it('ASA = 1.0230 min', () => covers(m.asaSeconds, exact.meanWaitSeconds, 'ASA'));
  it('Lq = 1.6367', () => covers(r.queues['standard/support']!.meanLength, exact.meanQueueLength, 'Lq'));
});

describe('A1: E1 with exponential patience, mean 120 s (Erlang A)', () => {
  const exact = erlangA({ arrivalRatePerSecond: 200 / 3600, meanHandleSeconds: 180, agents: 14, thresholdSeconds: 20, patienceSeconds: 120 });
  const r = runFile('erlang-a-a1.yaml');
  const v = r.channels.voice!;
  it('matches the reference table', () => {
    expect(exact.waitProbability).toBeCloseTo(0.126976, 5);
    expect(exact.abandonRate).toBeCloseTo(0.022839, 5);
  });
  it('P(wait) = 0.126976', () => covers(v.waitProbability, exact.waitProbability, 'P(wait)'));
  it('P(abandon) = 0.022839', () => covers(v.abandonRate, exact.abandonRate, 'P(abandon)'));
  it('E[Wq] = 2.74 s', () => covers(v.meanWaitSeconds, exact.meanWaitSeconds, 'E[Wq]'));
  it('ASA (answered only) = 2.35 s', () => covers(v.asaSeconds, exact.asaSeconds, 'ASA'));
});

describe('A2: A = N = 10 with θ = μ (number in system ~ Poisson(10))', () => {
  const r = runFile('erlang-a-a2.yaml');
  const v = r.channels.voice!;
  it('P(wait) = 0.542070', () => covers(v.waitProbability, 0.54207, 'P(wait)'));
  it('P(abandon) = 0.125110', () => covers(v.abandonRate, 0.12511, 'P(abandon)'));
  it('E[Q] = 1.25110', () => covers(r.queues['standard/support']!.meanLength, 1.2511, 'E[Q]'));
  it('ASA (answered only) as Erlang A gives it', () => {
    const exact = erlangA({ arrivalRatePerSecond: 200 / 3600, meanHandleSeconds: 180, agents: 10, patienceSeconds: 180 });
    covers(v.asaSeconds, exact.asaSeconds, 'ASA');
  });
});
