// Exact traces of focus mode (R24, Q13): with it on, an agent takes real-time work (calls,
// messaging) from one channel at a time — a live conversation keeps calls away, a call keeps
// conversations away — while email still flows. With it off, each channel's capacity is
// checked on its own.

import { describe, it, expect } from 'vitest';
import { record } from '../support/record.ts';
import { invariantViolations } from '../support/invariants.ts';
import { team, only } from './team.ts';

const ONE = ['{ team: a, count: 1, capacity: { messaging: 1, email: 1, voice: 1 } }'];
const WORK = ['TicketAssigned', 'TicketQueued', 'CallEnded'];

/** A conversation at 0 (100 s), a call at 10 (50 s), an email at 20 (30 s). */
const mixed = (focusMode: boolean, agents = ONE) => team({
  horizon: '5m', settings: { focusMode }, agents,
  messaging: ['0s'], messagingHandleTime: '100s', voice: ['10s'], callLength: '50s', email: ['20s'], emailHandleTime: '30s',
});

describe('R24 / Q13: focus mode', () => {
  it('Q13: off by default — each channel on its own: the call is taken during the conversation', () => {
    const r = record(mixed(false));
    expect(r.engine.settings.focusMode).toBe(false);
    expect(only(r, ...WORK)).toEqual([
      '0 assigned #1 to a-1 as messaging (routed)',
      '10 assigned #2 to a-1 as voice (routed)',
      '20 assigned #3 to a-1 as email (routed)',
      '60 call ended #2',
    ]);
  });

  it('R24: on — a live conversation keeps the call waiting; email still flows; the call comes once the conversation ends', () => {
    const r = record(mixed(true));
    expect(only(r, ...WORK, 'TicketStatusChanged').filter((l) => !l.includes('new→open'))).toEqual([
      '0 assigned #1 to a-1 as messaging (routed)',
      '10 queued #2 standard/support voice',
      '20 assigned #3 to a-1 as email (routed)', // R24: email is not restricted
      '50 status #3 open→solved',
      '100 status #1 open→solved',
      '100 assigned #2 to a-1 as voice (routed)',
      '150 call ended #2',
      '150 status #2 open→solved',
    ]);
    expect(invariantViolations(r.engine)).toEqual([]);
  });

  it('R24: on — an agent on a call takes no conversation until the call ends', () => {
    const r = record(team({
      horizon: '5m', settings: { focusMode: true }, agents: ONE,
      voice: ['0s'], callLength: '100s', messaging: ['10s'], messagingHandleTime: '50s', email: [],
    }));
    expect(only(r, ...WORK)).toEqual([
      '0 assigned #1 to a-1 as voice (routed)',
      '10 queued #2 standard/support messaging',
      '100 call ended #1',
      '100 assigned #2 to a-1 as messaging (routed)',
    ]);
  });

  it('R24: on — email work does not hold back calls', () => {
    const r = record(team({
      horizon: '5m', settings: { focusMode: true }, agents: ONE,
      email: ['0s'], emailHandleTime: '100s', voice: ['10s'], callLength: '20s',
    }));
    expect(only(r, ...WORK)).toEqual(['0 assigned #1 to a-1 as email (routed)', '10 assigned #2 to a-1 as voice (routed)', '30 call ended #2']);
  });

  it('R24: on — routing passes over the agent in a conversation and gives the call to a free colleague', () => {
    const two = ['{ team: a, count: 2, capacity: { messaging: 1, email: 1, voice: 1 } }'];
    expect(only(record(mixed(true, two)), 'TicketAssigned')).toEqual([
      '0 assigned #1 to a-1 as messaging (routed)',
      '10 assigned #2 to a-2 as voice (routed)',
      '20 assigned #3 to a-1 as email (routed)',
    ]);
    expect(only(record(mixed(false, two)), 'TicketAssigned')).toEqual([
      '0 assigned #1 to a-1 as messaging (routed)',
      '10 assigned #2 to a-1 as voice (routed)', // off: a-1 wins the tie on voice (lowest id)
      '20 assigned #3 to a-1 as email (routed)',
    ]);
  });

  it('R24 + R37: on — a ringing call already holds the agent: a conversation that arrives meanwhile waits', () => {
    const r = record(team({
      horizon: '5m', settings: { focusMode: true }, agents: ONE,
      voice: ['0s'], callLength: '40s', callOffers: '{ answerTime: { distribution: deterministic, value: 20s } }',
      messaging: ['5s'], messagingHandleTime: '50s',
    }));
    expect(only(r, 'TicketOffered', ...WORK)).toEqual([
      '0 offered #1 to a-1', // the call rings until 20
      '5 queued #2 standard/support messaging',
      '20 assigned #1 to a-1 as voice (routed)',
      '60 call ended #1',
      '60 offered #2 to a-1',
      '60 assigned #2 to a-1 as messaging (routed)',
    ]);
  });
});
