// The Erlang figure a report (the HTML report's and the live page's tiles) shows beside a
// channel "where the formulas describe it". It was shown for scenarios they do not describe:
// E1 with voice offers that ring 30 s showed SL(20 s) 88.8 % beside a simulated 22.7 %; with a
// spanish-speaking pair of agents taking 30 % of the calls, 97.1 % beside 77.6 %. Each case
// below is E1 with one such change, and must give no figure, with the reason.

import { describe, expect, it } from 'vitest';
import { compileText } from '../support/scenarios.ts';
import { erlangFor } from '../../sim/analytic/erlangFor.ts';

const E1 = (voice = '', team = '', more = '', top = '') => `
name: e1
seed: 42
horizon: 30d
replications: 10
${top}
channels:
  voice:
    arrivals: { rate: 200/h }
    handleTime: { distribution: exponential, mean: 180s }
    serviceLevelThreshold: 20s
${voice}
agents:
  - team: phones
    count: 14
    capacity: { voice: 1 }
${team}
${more}
`;

const reasonFor = (yaml: string, channel: 'voice' | 'messaging' = 'voice') => {
  const v = erlangFor(compileText(yaml).scenario, channel);
  return v.figures === null ? v.reason : null;
};

describe('erlangFor: no Erlang figure where the formulas do not describe the channel', () => {
  it('E1 itself has its figure', () => {
    const v = erlangFor(compileText(E1()).scenario, 'voice');
    expect(v.figures?.waitProbability).toBeCloseTo(0.174132, 5);
  });

  it('calls that ring an agent before they are answered (R37 offers)', () => {
    expect(reasonFor(E1('    offers: { answerTime: 30s, declineProbability: 20% }'))).toMatch(/offer/);
  });

  it('agents taking breaks', () => {
    expect(reasonFor(E1('', '    breaks: [{ at: "11:30", duration: 30m }]'))).toMatch(/break/);
  });

  it('agents who disconnect', () => {
    expect(reasonFor(E1('', '    disconnects: { rate: 10/d, duration: 10m }'))).toMatch(/disconnect/);
  });

  it('tickets needing a skill only some agents have (R18)', () => {
    expect(reasonFor(E1('    skills: { spanish: 30% }', '  - { team: es, count: 2, capacity: { voice: 1 }, skills: [spanish] }'))).toMatch(/skill/);
  });

  it('but a skill every agent taking the channel has changes nothing', () => {
    expect(reasonFor(E1('    skills: { spanish: 30% }', '    skills: [spanish]'))).toBeNull();
  });

  it('brands served by teams restricted to some of them (R7)', () => {
    expect(reasonFor(E1('    brands: { a: 70%, b: 30% }', '    brands: [a]\n  - { team: b, count: 4, capacity: { voice: 1 }, brands: [b] }'))).toMatch(/brand/);
  });

  it('but brands every agent belongs to change nothing', () => {
    expect(reasonFor(E1('    brands: { a: 70%, b: 30% }'))).toBeNull();
  });

  it('tickets of several priorities answered in priority order (the service level is not first come, first served)', () => {
    expect(reasonFor(E1('    priority: { normal: 0.5, high: 0.5 }'))).toMatch(/priorit/);
    expect(reasonFor(E1('    priority: { normal: 0.5, high: 0.5 }', '', '', 'settings: { queueOrder: timestamp }'))).toBeNull();
  });

  it('queues sorted by first-reply SLA (R15)', () => {
    expect(reasonFor(E1('    sla: { firstReply: { normal: 1m } }', '', '', 'settings: { sortBySla: true }'))).toMatch(/SLA/);
  });

  it('focus mode with messaging and calls on the same agents (R24)', () => {
    const yaml = `
name: focus
horizon: 1d
settings: { focusMode: true, autoAccept: true }
channels:
  voice: { arrivals: { rate: 20/h }, handleTime: { distribution: exponential, mean: 3m } }
  messaging: { arrivals: { rate: 20/h }, handleTime: { distribution: exponential, mean: 3m } }
agents:
  - { team: all, count: 4, capacity: { voice: 1, messaging: 2 } }
`;
    expect(reasonFor(yaml, 'voice')).toMatch(/focus/);
    expect(reasonFor(yaml, 'messaging')).toMatch(/focus/);
    expect(reasonFor(yaml.replace('focusMode: true', 'focusMode: false'), 'voice')).toBeNull();
  });
});
