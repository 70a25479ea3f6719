// Exact traces of call offers (R37): with `channels.voice.offers`, a call rings an agent, who
// answers, declines, or lets it ring past callOfferTimeout (30 s); the call then goes back and
// is offered to others in turn until the caller's patience runs out. The ringing call holds the
// agent's line; under round robin an offer counts as an assignment (R23, Q14).

import { describe, it, expect } from 'vitest';
import { record } from '../support/record.ts';
import { invariantViolations } from '../support/invariants.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { act, trace } from '../behaviour/tinyChat.ts';
import { team, only } from './team.ts';

const TWO = ['{ team: a, count: 2, capacity: { voice: 1 } }'];
const calls = (o: { offers?: string; times?: string[]; patience?: string; agents?: string[]; settings?: Record<string, string>; horizon?: string }) => team({
  horizon: o.horizon ?? '5m', voice: o.times ?? ['0s'], callLength: '100s', ...(o.patience ? { patience: o.patience } : {}),
  ...(o.offers ? { callOffers: o.offers } : {}), agents: o.agents ?? ['{ team: a, count: 1, capacity: { voice: 1 } }'], settings: o.settings ?? {},
});
const RING = ['TicketOffered', 'OfferEnded', 'TicketAssigned', 'TicketAbandoned', 'TicketQueued'];

describe('R37: calls are offered', () => {
  it('without voice offers (the default), a call is assigned directly', () => {
    const r = record(calls({ horizon: '50s' }));
    expect(trace(r)).toEqual(['0 created #1 voice', '0 assigned #1 to a-1 as voice (routed)', '0 status #1 new→open', '0 capacity a-1 voice=1']);
  });

  it('R37: the agent answers after 5 s; the ringing call holds the line, and the caller waited 5 s', () => {
    const r = record(calls({ offers: '{ answerTime: { distribution: deterministic, value: 5s } }', horizon: '50s' }));
    expect(trace(r)).toEqual([
      '0 created #1 voice',
      '0 offered #1 to a-1',
      '0 capacity a-1 voice=1',
      '5 offer #1 accepted by a-1',
      '5 assigned #1 to a-1 as voice (routed)',
      '5 status #1 new→open',
    ]);
    const assigned = r.events.find((e) => e.type === 'TicketAssigned');
    expect(assigned).toMatchObject({ waited: 5, first: true, queued: false });
  });

  it('R37: unanswered within 30 s, the call is offered to the other agent, in turn, until the caller hangs up', () => {
    const r = record(calls({ offers: '{ answerTime: { distribution: deterministic, value: 40s } }', patience: '100s', agents: TWO }));
    expect(only(r, ...RING)).toEqual([
      '0 offered #1 to a-1',
      '30 offer #1 expired by a-1',
      '30 offered #1 to a-2',
      '60 offer #1 expired by a-2',
      '60 offered #1 to a-1',
      '90 offer #1 expired by a-1',
      '90 offered #1 to a-2',
      '100 abandoned #1',
      '100 offer #1 withdrawn by a-2',
    ]);
    expect(invariantViolations(r.engine)).toEqual([]);
  });

  it('R37: declined calls pass from agent to agent the same way', () => {
    const r = record(calls({ offers: '{ answerTime: { distribution: deterministic, value: 5s }, declineProbability: 1 }', patience: '22s', agents: TWO }));
    expect(only(r, ...RING)).toEqual([
      '0 offered #1 to a-1', '5 offer #1 declined by a-1',
      '5 offered #1 to a-2', '10 offer #1 declined by a-2',
      '10 offered #1 to a-1', '15 offer #1 declined by a-1',
      '15 offered #1 to a-2', '20 offer #1 declined by a-2',
      '20 offered #1 to a-1',
      '22 abandoned #1', '22 offer #1 withdrawn by a-1',
    ]);
  });

  it('R37: with nobody else free, the call rings the same agent again, who lets it ring rather than decline at once for ever', () => {
    const r = record(calls({ offers: '{ declineProbability: 1 }', patience: '45s' }));
    expect(only(r, ...RING)).toEqual([
      '0 offered #1 to a-1', '0 offer #1 declined by a-1',
      '0 offered #1 to a-1', '30 offer #1 expired by a-1', // rung again in the same instant: lets it ring
      '30 offered #1 to a-1', '30 offer #1 declined by a-1',
      '30 offered #1 to a-1',
      '45 abandoned #1', '45 offer #1 withdrawn by a-1',
    ]);
  });

  it('R37: an agent alone who sometimes declines still answers in the end: every call is answered, none rings out', () => {
    const times = Array.from({ length: 30 }, (_, i) => `${i * 300}s`);
    const r = record(calls({ offers: '{ answerTime: { distribution: deterministic, value: 5s }, declineProbability: 50% }', times, horizon: '3h' }));
    const outcomes = r.events.flatMap((e) => (e.type === 'OfferEnded' ? [e.outcome] : []));
    expect(outcomes.filter((o) => o === 'declined').length).toBeGreaterThan(5);
    expect(outcomes.filter((o) => o === 'expired')).toEqual([]);
    expect(r.events.filter((e) => e.type === 'TicketAssigned').length).toBe(30);
  });

  it('R37: a call that finds every line busy waits in the queue and is offered when a line frees', () => {
    const r = record(calls({ offers: '{ answerTime: { distribution: deterministic, value: 2s } }', times: ['0s', '10s'], horizon: '3m' }));
    expect(only(r, ...RING, 'CallEnded')).toEqual([
      '0 offered #1 to a-1', '2 offer #1 accepted by a-1', '2 assigned #1 to a-1 as voice (routed)',
      '10 queued #2 standard/support voice',
      '102 call ended #1',
      '102 offered #2 to a-1', '104 offer #2 accepted by a-1', '104 assigned #2 to a-1 as voice (routed)',
    ]);
  });

  it('R37: callOfferTimeout sets how long a call rings', () => {
    const r = record(calls({ offers: '{ answerTime: { distribution: deterministic, value: 15s } }', settings: { callOfferTimeout: '10s' }, agents: TWO, horizon: '25s' }));
    expect(only(r, ...RING)).toEqual(['0 offered #1 to a-1', '10 offer #1 expired by a-1', '10 offered #1 to a-2', '20 offer #1 expired by a-2', '20 offered #1 to a-1']);
  });

  it('R20 + R37: an agent whose device sleeps answers nothing; the call rings out and moves on', () => {
    const yaml = calls({
      offers: '{ answerTime: { distribution: deterministic, value: 5s } }', times: ['10s'], settings: { disconnectToOfflineSec: '2m' },
      agents: [
        '{ team: a, count: 1, capacity: { voice: 1 }, disconnects: { rate: 1/w, duration: { distribution: deterministic, value: 5m } } }',
        '{ team: b, count: 1, capacity: { voice: 1 } }',
      ],
    });
    const r = record(yaml, { until: 1 });
    act(r, 1, (e) => e.agentWork.disconnects.disconnect(e.agents[0]!)); // still online for 2 minutes
    r.engine.runUntil(60);
    expect(only(r, 'AgentDisconnected', ...RING)).toEqual([
      '1 disconnected a-1',
      '10 offered #1 to a-1', '40 offer #1 expired by a-1',
      '40 offered #1 to b-1', '45 offer #1 accepted by b-1', '45 assigned #1 to b-1 as voice (routed)',
    ]);
  });
});

describe('R19 + R37: calls ring only online agents', () => {
  it('R19: an agent who goes on a break while a call rings stops ringing; the call waits and rings again after the break', () => {
    const r = record(calls({
      offers: '{ answerTime: { distribution: deterministic, value: 20s } }', times: ['50s'], horizon: '10m',
      agents: ['{ team: a, count: 1, capacity: { voice: 1 }, breaks: [{ at: "00:01", duration: 2m }] }'],
    }));
    expect(only(r, 'AgentStatusChanged', ...RING)).toEqual([
      '50 offered #1 to a-1',
      '60 status a-1 online→away',
      '60 offer #1 withdrawn by a-1',
      '60 queued #1 standard/support voice',
      '180 status a-1 away→online',
      '180 offered #1 to a-1',
      '200 offer #1 accepted by a-1',
      '200 assigned #1 to a-1 as voice (routed)',
    ]);
    expect(invariantViolations(r.engine)).toEqual([]);
  });
});

describe('R23 / Q14: under round robin a call offer counts as an assignment', () => {
  // #1 rings a-1 at 0 and the caller hangs up at 10; #2 arrives at 20 with both agents free.
  const second = (counts: boolean) => only(record(calls({
    offers: '{ answerTime: { distribution: deterministic, value: 60s } }', times: ['0s', '20s'], patience: '10s', agents: TWO,
    settings: { assignmentMethod: 'roundRobin', offerCountsAsAssignment: String(counts) }, horizon: '25s',
  })), 'TicketOffered').filter((l) => l.startsWith('20 '));

  it('Q14: by default the offer to a-1 counts, so round robin rings a-2 for #2', () => {
    expect(second(true)).toEqual(['20 offered #2 to a-2']);
  });

  it('Q14: with offerCountsAsAssignment off, a-1 has never been assigned and wins the tie (lowest id)', () => {
    expect(second(false)).toEqual(['20 offered #2 to a-1']);
  });
});

describe('voice offers: checked when read', () => {
  const errors = (offers: string) => parseScenarioText(calls({ offers })).errors.map((e) => `${e.path}: ${e.message}`);

  it('names the place of each problem', () => {
    expect(errors('{ acceptTime: 5s }')).toEqual([
      'channels.voice.offers.acceptTime: calls use answerTime (acceptTime is for messaging offers, R36)',
    ]);
    expect(errors('{ declineProbability: 2 }')).toEqual([
      'channels.voice.offers.declineProbability: expected a fraction between 0 and 1 (or a percentage such as 30%), got 2',
    ]);
    expect(errors('{ answerTime: 5 }')).toEqual(['channels.voice.offers.answerTime: durations need a unit: write "5s", "5m" or "5h", got 5']);
  });

  it('callOfferTimeout must be at least a second', () => {
    const r = parseScenarioText(calls({ offers: '{}', settings: { callOfferTimeout: '0s' } }));
    expect(r.errors.map((e) => `${e.path}: ${e.message}`)).toEqual(['settings.callOfferTimeout: expected a duration at least 1s, got "0s"']);
  });
});
