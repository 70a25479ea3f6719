// Exact traces of team breaks: staggered turns, waves, the break's status (R19: away agents
// still take email), breaks skipped off shift, and daily repetition; and the checks on the
// `breaks:` key.

import { describe, it, expect } from 'vitest';
import { record } from '../support/record.ts';
import { invariantViolations } from '../support/invariants.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { team, only, story } from './team.ts';

const BREAK_EVENTS = ['BreakStarted', 'BreakEnded', 'AgentStatusChanged'];

describe('breaks: agents go in turns, stagger apart', () => {
  it('one agent per turn: 3 agents, 5-minute breaks from 00:01, 2 minutes apart', () => {
    const r = record(team({
      horizon: '15m', email: [],
      agents: ['{ team: a, count: 3, capacity: { email: 1 }, breaks: [{ at: "00:01", duration: 5m, stagger: 2m }] }'],
    }));
    expect(only(r, ...BREAK_EVENTS)).toEqual([
      '60 break a-1 away until 360', '60 status a-1 online→away',
      '180 break a-2 away until 480', '180 status a-2 online→away',
      '300 break a-3 away until 600', '300 status a-3 online→away',
      '360 break over a-1', '360 status a-1 away→online',
      '480 break over a-2', '480 status a-2 away→online',
      '600 break over a-3', '600 status a-3 away→online',
    ]);
  });

  it('waves: 4 agents in 2 turns go two by two (agents 1–2, then 3–4)', () => {
    const r = record(team({
      horizon: '30m', email: [],
      agents: ['{ team: a, count: 4, capacity: { email: 1 }, breaks: [{ at: "00:01", duration: 5m, stagger: 10m, waves: 2, status: offline }] }'],
    }));
    expect(only(r, 'BreakStarted', 'BreakEnded')).toEqual([
      '60 break a-1 offline until 360', '60 break a-2 offline until 360',
      '360 break over a-1', '360 break over a-2',
      '660 break a-3 offline until 960', '660 break a-4 offline until 960',
      '960 break over a-3', '960 break over a-4',
    ]);
  });

  it('breaks repeat every day, and several breaks of a team are taken in order', () => {
    const r = record(team({
      horizon: '2d', email: [],
      agents: ['{ team: a, count: 1, capacity: { email: 1 }, breaks: [{ at: "15:00", duration: 15m }, { at: "12:00", duration: 30m }] }'],
    }));
    expect(only(r, 'BreakStarted')).toEqual([
      '43200 break a-1 away until 45000', '54000 break a-1 away until 54900',
      '129600 break a-1 away until 131400', '140400 break a-1 away until 141300',
    ]);
  });
});

describe('breaks and work (R19)', () => {
  // a-1 is on break 60–360 (away); b-1 has no break.
  const agents = [
    '{ team: a, count: 1, capacity: { messaging: 1, email: 1 }, breaks: [{ at: "00:01", duration: 5m }] }',
    '{ team: b, count: 1, capacity: { messaging: 1, email: 1 } }',
  ];

  it('R19: an agent away on break takes no conversation, but still takes email', () => {
    const r = record(team({ horizon: '10m', messaging: ['100s'], email: ['110s', '120s'], agents }));
    expect(only(r, 'TicketAssigned', 'TicketQueued')).toEqual([
      '100 assigned #1 to b-1 as messaging (routed)',
      '110 assigned #2 to a-1 as email (routed)', // away: email only (R19)
      '120 assigned #3 to b-1 as email (routed)',
    ]);
    expect(invariantViolations(r.engine)).toEqual([]);
  });

  it('a conversation waiting for the agent on break is taken when the break ends', () => {
    const r = record(team({ horizon: '10m', messaging: ['100s'], agents: [agents[0]!] }));
    expect(story(r)).toEqual([
      '60 break a-1 away until 360', '60 status a-1 online→away',
      '100 created #1 messaging',
      '100 queued #1 standard/support messaging',
      '360 break over a-1', '360 status a-1 away→online',
      '360 unqueued #1 offered', '360 offered #1 to a-1', '360 offer #1 accepted by a-1',
      '360 assigned #1 to a-1 as messaging (routed)', '360 status #1 new→open',
    ]);
  });

  it('work in progress stays with the agent during the break', () => {
    const r = record(team({ horizon: '10m', email: ['0s'], emailHandleTime: '200s', agents: [agents[0]!] }));
    expect(only(r, 'TicketAssigned', 'TicketUnassigned', 'TicketStatusChanged', 'BreakStarted')).toEqual([
      '0 assigned #1 to a-1 as email (routed)', '0 status #1 new→open',
      '60 break a-1 away until 360',
      '200 status #1 open→solved',
    ]);
  });

  it('a break that falls while the agent is off shift is skipped', () => {
    const r = record(team({
      horizon: '1h', email: [],
      agents: ['{ team: a, count: 1, capacity: { email: 1 }, shift: { every day: "00:00-00:10" }, breaks: [{ at: "00:05", duration: 10m }, { at: "00:20", duration: 5m }] }'],
    }));
    expect(only(r, ...BREAK_EVENTS, 'ShiftEnded')).toEqual([
      '300 break a-1 away until 900', '300 status a-1 online→away',
      '600 status a-1 away→offline', '600 shift ended a-1 (finish)',
      '900 break over a-1', // still off shift: stays offline
    ]);
  });
});

describe('breaks: checked when read', () => {
  const errors = (breaks: string, count = 2) => parseScenarioText(team({
    email: ['0s'], agents: [`{ team: a, count: ${count}, capacity: { email: 1 }, breaks: ${breaks} }`],
  })).errors.map((e) => `${e.path}: ${e.message}`);

  it('names the place of each problem', () => {
    expect(errors('[{ duration: 30m }]')).toEqual(['agents[0].breaks[0].at: a break needs the time of day it starts, e.g. at: "12:00"']);
    expect(errors('[{ at: "25:00", duration: 30m }]')).toEqual(['agents[0].breaks[0].at: "25:00" is not a time of day between 00:00 and 24:00']);
    expect(errors('[{ at: "12:00" }]')).toEqual(['agents[0].breaks[0].duration: a break needs a duration, e.g. duration: 30m']);
    expect(errors('[{ at: "12:00", duration: 30 }]')).toEqual(['agents[0].breaks[0].duration: durations need a unit: write "30s", "30m" or "30h", got 30']);
    expect(errors('[{ at: "12:00", duration: 30m, status: online }]')).toEqual([
      'agents[0].breaks[0].status: a break takes the agent out of online; choose among away, transfers-only, offline',
    ]);
    expect(errors('[{ at: "12:00", duration: 30m, waves: 3 }]')).toEqual(['agents[0].breaks[0].waves: expected a whole number ≤ 2, got 3']);
    expect(errors('[{ at: "12:00", duration: 30m, stager: 5m }]')).toEqual([
      'agents[0].breaks[0].stager: unknown key "stager" (did you mean "stagger"?); expected one of at, duration, status, stagger, waves',
    ]);
    expect(errors('{ at: "12:00" }')).toEqual(['agents[0].breaks: expected a list, got a mapping']);
  });

  it('refuses breaks of one agent that overlap, and turns that run past a day', () => {
    expect(errors('[{ at: "12:00", duration: 30m, stagger: 20m }, { at: "12:30", duration: 15m }]')).toEqual([
      'agents[0].breaks[1].at: overlaps breaks[0] for agent 2 of the team (12:20–12:50 and 12:30–12:45)',
    ]);
    expect(errors('[{ at: "23:50", duration: 30m }, { at: "00:10", duration: 10m }]')).toEqual([
      'agents[0].breaks[1].at: overlaps breaks[0] for agent 1 of the team (23:50–00:20 and 00:10–00:20)',
    ]);
    expect(errors('[{ at: "12:00", duration: 1h, stagger: 12h }]', 3)).toEqual([
      'agents[0].breaks[0].stagger: 3 turns 12h apart with 1h breaks take 1d 1h, more than a day',
    ]);
  });
});
