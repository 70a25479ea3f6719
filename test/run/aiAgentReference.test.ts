// R6 against an exact result: an AI agent in front of E1 (scenarios/ai-agent-e1.yaml). Calls
// arrive at 2000/7 per hour; the AI agent takes each, resolves 30 % and escalates the rest
// after an independent lognormal time. In steady state the escalations of a Poisson stream,
// each after an independent delay, form a Poisson stream (the output of M/G/∞, thinned), here
// at 200/h: the human queue is E1's M/M/14 and its figures are Erlang C's. The checks form one
// family (expectCovers: Bonferroni over FAMILY checks).

import { describe, it, expect } from 'vitest';
import { runFile, compileFile } from '../support/scenarios.ts';
import { erlangFor } from '../../sim/analytic/erlangFor.ts';
import { expectCovers } from '../support/expectCovers.ts';
import { erlangC } from '../../sim/analytic/erlangC.ts';

const FAMILY = 7;
const covers = (e: Parameters<typeof expectCovers>[0], exact: number, label: string) => expectCovers(e, exact, label, { family: FAMILY, n: 10 });

describe('R6: E1 behind an AI agent that resolves 30 % (escalations: Poisson at 200/h)', () => {
  const exact = erlangC({ arrivalRatePerSecond: 200 / 3600, meanHandleSeconds: 180, agents: 14, thresholdSeconds: 20 });
  const r = runFile('ai-agent-e1.yaml');
  const v = r.channels.voice!;
  const ai = r.aiAgent!.voice!;
  it('R6: P(wait) of the escalated calls = E1 0.174132', () => covers(v.waitProbability, exact.waitProbability, 'P(wait)'));
  it('R6: mean wait from escalation = E1 7.836 s', () => covers(v.meanWaitSeconds, exact.meanWaitSeconds, 'E[Wq]'));
  it('R6: SL(20 s) = E1 0.888350', () => covers(v.serviceLevel, exact.serviceLevel, 'SL'));
  it('R6: occupancy = E1 0.7143', () => covers(v.occupancy, exact.occupancy, 'occupancy'));
  it('R6: answered per hour = 200', () => covers(v.throughputPerHour, 200, 'throughput'));
  it('R6: the AI agent resolves 30 %', () => covers(ai.resolvedShare, 0.3, 'resolved share'));
  it('R6: a call spends 2 min with the AI agent', () => covers(ai.meanHeldSeconds, 120, 'time held'));
});

describe('R6: the Erlang figure a report shows beside a channel behind an AI agent', () => {
  it('R6: is Erlang C at the rate that reaches the agents (200/h here, not 285.7/h)', () => {
    const verdict = erlangFor(compileFile('ai-agent-e1.yaml').scenario, 'voice');
    const e1 = erlangC({ arrivalRatePerSecond: 200 / 3600, meanHandleSeconds: 180, agents: 14, thresholdSeconds: 20 });
    expect(verdict.figures!.waitProbability).toBeCloseTo(e1.waitProbability, 9);
    expect(verdict.figures!.serviceLevel).toBeCloseTo(e1.serviceLevel, 9);
  });
});
