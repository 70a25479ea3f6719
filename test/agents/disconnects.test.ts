// Exact traces of disconnections (R20, Q17): a device that sleeps or a closed workspace sets the
// agent offline only once it has lasted `disconnectToOfflineSec`; reconnecting gives back the
// status the day says (the shift's, or the break's). Disconnections are random per agent while
// on shift; the exact traces force one at a chosen time, as the random process would.

import { describe, it, expect } from 'vitest';
import { record } from '../support/record.ts';
import type { Recording } from '../support/record.ts';
import type { AgentDisconnected } from '../../sim/model/events.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { act } from '../behaviour/tinyChat.ts';
import { team, only } from './team.ts';

const PRESENCE = ['AgentDisconnected', 'AgentReconnected', 'AgentStatusChanged', 'BreakStarted', 'BreakEnded', 'ShiftEnded'];

/** One agent whose device sleeps rarely (about once a week) for a fixed time. */
const sleepy = (length: string, o: { settings?: Record<string, string>; teamKeys?: string; horizon?: string } = {}) => team({
  horizon: o.horizon ?? '20m', email: [], settings: o.settings ?? {},
  agents: [`{ team: a, count: 1, capacity: { email: 1 }, disconnects: { rate: 1/w, duration: { distribution: deterministic, value: ${length} } }${o.teamKeys ?? ''} }`],
});

/** Runs to the end with the agent's device going to sleep at `at`. */
function sleepAt(yaml: string, at: number): Recording {
  const r = record(yaml, { until: at });
  act(r, at, (e) => e.agentWork.disconnects.disconnect(e.agents[0]!));
  r.engine.run();
  return r;
}

describe('R20 / Q17: a disconnection sets the agent offline after the delay', () => {
  it('Q17: by default (0 s) the agent is offline at once; reconnecting restores online', () => {
    const r = sleepAt(sleepy('5m'), 100);
    expect(r.engine.settings.disconnectToOfflineSec).toBe(0);
    expect(only(r, ...PRESENCE)).toEqual([
      '100 disconnected a-1',
      '100 status a-1 online→offline',
      '400 reconnected a-1 after 300 (was offline)',
      '400 status a-1 offline→online',
    ]);
  });

  it('R20: with a 2-minute delay (the inbox article), a 5-minute disconnection goes offline after 2 minutes', () => {
    const r = sleepAt(sleepy('5m', { settings: { disconnectToOfflineSec: '2m' } }), 100);
    expect(only(r, ...PRESENCE)).toEqual([
      '100 disconnected a-1',
      '220 status a-1 online→offline',
      '400 reconnected a-1 after 300 (was offline)',
      '400 status a-1 offline→online',
    ]);
  });

  it('R20: a disconnection shorter than the delay leaves the status alone', () => {
    const r = sleepAt(sleepy('1m', { settings: { disconnectToOfflineSec: '2m' } }), 100);
    expect(only(r, ...PRESENCE)).toEqual(['100 disconnected a-1', '160 reconnected a-1 after 60']);
  });

  it('reconnecting restores the status the day gives now: back to the break, then online when it ends', () => {
    // Break 00:05–00:15 (300–900 s, away); the device sleeps at 600 for 200 s.
    const r = sleepAt(sleepy('200s', { teamKeys: ', breaks: [{ at: "00:05", duration: 10m }]' }), 600);
    expect(only(r, ...PRESENCE)).toEqual([
      '300 break a-1 away until 900', '300 status a-1 online→away',
      '600 disconnected a-1', '600 status a-1 away→offline',
      '800 reconnected a-1 after 200 (was offline)', '800 status a-1 offline→away',
      '900 break over a-1', '900 status a-1 away→online',
    ]);
  });

  it('a break that ends during a disconnection leaves the agent offline until they reconnect', () => {
    const r = sleepAt(sleepy('10m', { teamKeys: ', breaks: [{ at: "00:05", duration: 10m }]' }), 600);
    expect(only(r, ...PRESENCE)).toEqual([
      '300 break a-1 away until 900', '300 status a-1 online→away',
      '600 disconnected a-1', '600 status a-1 away→offline',
      '900 break over a-1',
      '1200 reconnected a-1 after 600 (was offline)', '1200 status a-1 offline→online',
    ]);
  });

  it('off shift, nothing disconnects', () => {
    const r = sleepAt(sleepy('5m', { teamKeys: ', shift: { every day: "00:00-00:05" }' }), 400);
    expect(only(r, ...PRESENCE)).toEqual(['300 status a-1 online→offline', '300 shift ended a-1 (finish)']);
  });

  it('R40: going offline through a disconnection starts the auto-reassign countdown', () => {
    const yaml = team({
      horizon: '20m', email: ['0s'], settings: { autoReassign: '{ statuses: [offline] }' },
      agents: [
        '{ team: a, count: 1, capacity: { email: 1 }, disconnects: { rate: 1/w, duration: { distribution: deterministic, value: 5m } } }',
        '{ team: b, count: 1, capacity: { email: 1 } }',
      ],
    });
    const r = sleepAt(yaml, 100);
    expect(only(r, 'AgentDisconnected', 'TicketUnassigned', 'TicketAssigned')).toEqual([
      '0 assigned #1 to a-1 as email (routed)',
      '100 disconnected a-1',
      '160 unassigned #1 from a-1: agent offline (R40)',
      '160 assigned #1 to b-1 as email (routed)',
    ]);
  });
});

describe('disconnections at random', () => {
  // 6 an hour per agent, 5 minutes each, over 8 hours.
  const busy = (delay: string) => team({
    horizon: '8h', email: [], settings: { disconnectToOfflineSec: delay },
    agents: ['{ team: a, count: 2, capacity: { email: 1 }, disconnects: { rate: 6/h, duration: { distribution: deterministic, value: 5m } } }'],
  });
  const times = (r: Recording, type: string) => r.events.filter((e) => e.type === type).map((e) => `${e.t} ${'agent' in e ? e.agent : ''}`);

  it('each one that takes effect lasts its duration, goes offline after the delay, and returns to online', () => {
    const r = record(busy('2m'));
    // (Those within 5 minutes of the end reconnect after it.)
    const disconnected = r.events.filter((e): e is AgentDisconnected => e.type === 'AgentDisconnected' && e.t + 300 < 8 * 3600);
    expect(disconnected.length).toBeGreaterThan(20);
    for (const d of disconnected) {
      const mine = only(r, 'AgentDisconnected', 'AgentReconnected', 'AgentStatusChanged').filter((l) => l.includes(r.agent(d.agent)));
      const at = mine.indexOf(`${Number(d.t.toFixed(3))} disconnected ${r.agent(d.agent)}`);
      expect(mine.slice(at, at + 4)).toEqual([
        `${Number(d.t.toFixed(3))} disconnected ${r.agent(d.agent)}`,
        `${Number((d.t + 120).toFixed(3))} status ${r.agent(d.agent)} online→offline`,
        `${Number((d.t + 300).toFixed(3))} reconnected ${r.agent(d.agent)} after 300 (was offline)`,
        `${Number((d.t + 300).toFixed(3))} status ${r.agent(d.agent)} offline→online`,
      ]);
    }
  });

  it('the disconnection times come from each agent\'s own streams: the delay setting does not move them', () => {
    expect(times(record(busy('0s')), 'AgentDisconnected')).toEqual(times(record(busy('2m')), 'AgentDisconnected'));
  });
});

describe('disconnects: checked when read', () => {
  const errors = (value: string) => parseScenarioText(team({ email: ['0s'], agents: [`{ team: a, count: 1, capacity: { email: 1 }, disconnects: ${value} }`] }))
    .errors.map((e) => `${e.path}: ${e.message}`);

  it('names the place of each problem', () => {
    expect(errors('{ duration: 3m }')).toEqual(['agents[0].disconnects.rate: give how often each agent disconnects while on shift, e.g. rate: 2/d']);
    expect(errors('{ rate: 2/d }')).toEqual(['agents[0].disconnects.duration: give how long a disconnection lasts, e.g. duration: { distribution: exponential, mean: 3m }']);
    expect(errors('{ rate: 2, duration: 3m }')).toEqual(['agents[0].disconnects.rate: expected a rate such as 200/h or 3/m, got 2']);
    expect(errors('{ rate: 2/d, duration: { distribution: uniform, min: 1m } }')[0]).toMatch(/^agents\[0\]\.disconnects\.duration/);
  });
});
