// Exact traces of R40 "auto-reassign open tickets": a minute after an agent moves to a chosen
// status, up to 50 of their most recently updated open email/messaging tickets (chosen channels
// and priorities) are unassigned and re-routed — unless the agent came back meanwhile. Calls
// are never taken (R5), nor conversations whose session ended while routed as messaging (R4).

import { describe, it, expect } from 'vitest';
import { record } from '../support/record.ts';
import { invariantViolations } from '../support/invariants.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { explainSettings } from '../../sim/cli/explainSettings.ts';
import { DEFAULT_SETTINGS } from '../../sim/scenario/settings.ts';
import { chat } from '../behaviour/tinyChat.ts';
import { team, only } from './team.ts';

const TAKEN = ['TicketUnassigned', 'WorkReassigned', 'TicketAssigned', 'TicketQueued'];

describe('R40: auto-reassign open tickets after a status change', () => {
  // a-1 goes away on a break at 60; b-1 stays online.
  const onBreak = (breakLength: string, autoReassign: string) => team({
    horizon: '15m', messaging: ['0s'], email: ['1s'], settings: { autoReassign },
    agents: [
      `{ team: a, count: 1, capacity: { messaging: 1, email: 1 }, breaks: [{ at: "00:01", duration: ${breakLength} }] }`,
      '{ team: b, count: 1, capacity: { messaging: 1, email: 1 } }',
    ],
  });

  it('R40: off by default', () => {
    expect(DEFAULT_SETTINGS.autoReassign).toEqual({ statuses: [], after: 60, max: 50, channels: ['email', 'messaging'], priorities: ['low', 'normal', 'high', 'urgent'] });
    const r = record(onBreak('5m', '{}'));
    expect(only(r, 'TicketUnassigned', 'WorkReassigned')).toEqual([]);
  });

  it('R40: one minute after the agent goes away, their open conversation is re-routed (email not chosen, so it stays)', () => {
    const r = record(onBreak('5m', '{ statuses: [away], channels: [messaging] }'));
    expect(only(r, 'AgentStatusChanged', ...TAKEN)).toEqual([
      '0 assigned #1 to a-1 as messaging (routed)',
      '1 assigned #2 to a-1 as email (routed)',
      '60 status a-1 online→away',
      '120 unassigned #1 from a-1: agent away (R40)',
      '120 reassigned 1 from a-1 (autoReassign)',
      '120 assigned #1 to b-1 as messaging (routed)',
      '360 status a-1 away→online',
    ]);
    expect(invariantViolations(r.engine)).toEqual([]);
  });

  it('R40: an agent back within the minute keeps their tickets', () => {
    const r = record(onBreak('30s', '{ statuses: [away] }'));
    expect(only(r, 'AgentStatusChanged', 'TicketUnassigned', 'WorkReassigned')).toEqual([
      '60 status a-1 online→away',
      '90 status a-1 away→online',
    ]);
  });

  it('R40: the delay is a setting (after: 0s takes the tickets at once)', () => {
    const r = record(onBreak('5m', '{ statuses: [away], after: 0s, channels: [messaging] }'));
    expect(only(r, 'TicketUnassigned')).toEqual(['60 unassigned #1 from a-1: agent away (R40)']);
  });
});

describe('R40: which tickets', () => {
  // Only a-1 is on shift before 00:01; it goes offline on a break at 00:02. b-1 then takes over.
  const desk = (autoReassign: string, more: Partial<Parameters<typeof team>[0]> = {}) => team({
    horizon: '15m', email: ['0s', '10s', '20s'], settings: { autoReassign },
    agents: [
      '{ team: a, count: 1, capacity: { messaging: 3, email: 3, voice: 1 }, breaks: [{ at: "00:02", duration: 5m, status: offline }] }',
      '{ team: b, count: 1, capacity: { messaging: 3, email: 3, voice: 1 }, shift: { every day: "00:01-24:00" } }',
    ],
    ...more,
  });

  it('R40: at most `max`, the most recently updated first', () => {
    const r = record(desk('{ statuses: [offline], max: 2 }'));
    expect(only(r, ...TAKEN).filter((l) => !l.startsWith('0 ') && !l.startsWith('10 ') && !l.startsWith('20 '))).toEqual([
      '180 unassigned #3 from a-1: agent offline (R40)',
      '180 unassigned #2 from a-1: agent offline (R40)',
      '180 reassigned 2 from a-1 (autoReassign)',
      '180 assigned #3 to b-1 as email (routed)',
      '180 assigned #2 to b-1 as email (routed)',
    ]);
  });

  it('R40: only the chosen priorities', () => {
    const r = record(desk('{ statuses: [offline], priorities: [high, urgent] }', {
      email: ['0s'], emailKeys: ['priority: high'], messaging: ['5s'],
    }));
    expect(only(r, 'TicketUnassigned', 'WorkReassigned')).toEqual([
      '180 unassigned #1 from a-1: agent offline (R40)',
      '180 reassigned 1 from a-1 (autoReassign)',
    ]);
  });

  it('R5: a call is never taken; R40 leaves the agent on it', () => {
    const r = record(desk('{ statuses: [offline] }', { email: [], voice: ['0s'], callLength: '300s' }));
    expect(only(r, 'TicketUnassigned', 'WorkReassigned', 'CallEnded')).toEqual([
      '180 reassigned 0 from a-1 (autoReassign)',
      '300 call ended #1',
    ]);
  });

  it('R4: a conversation whose session ended while routed as messaging stays with its agent', () => {
    // The agent ends the session at 40 (not routed as email: stranded); offline on a break at 60.
    const r = record(chat({
      horizon: '5m', settings: { autoReassign: '{ statuses: [offline] }' },
      agents: ['{ team: a, count: 1, capacity: { messaging: 1, email: 1 }, breaks: [{ at: "00:01", duration: 2m, status: offline }] }'],
    }));
    expect(only(r, 'SessionEnded', 'TicketStranded', 'TicketUnassigned', 'WorkReassigned')).toEqual([
      '40 ended #1 by agent freed',
      '40 stranded #1 session-ended',
      '120 reassigned 0 from a-1 (autoReassign)',
    ]);
  });

  it('R40 applies to any move to a chosen status: a shift end with endOfShift finish', () => {
    const r = record(team({
      horizon: '15m', email: ['0s'], settings: { autoReassign: '{ statuses: [offline] }' },
      agents: [
        '{ team: a, count: 1, capacity: { email: 1 }, shift: { every day: "00:00-00:05" } }',
        '{ team: b, count: 1, capacity: { email: 1 }, shift: { every day: "00:05-24:00" } }',
      ],
    }));
    expect(only(r, 'ShiftEnded', ...TAKEN)).toEqual([
      '0 assigned #1 to a-1 as email (routed)',
      '300 shift ended a-1 (finish)',
      '360 unassigned #1 from a-1: agent offline (R40)',
      '360 reassigned 1 from a-1 (autoReassign)',
      '360 assigned #1 to b-1 as email (routed)',
    ]);
  });
});

describe('R40 and R39 settings: read, checked and explained', () => {
  const errors = (settings: string) => parseScenarioText(team({ email: ['0s'], settings: { x: 1 }, agents: ['{ team: a }'] }).replace('  x: 1', settings))
    .errors.map((e) => `${e.path}: ${e.message}`);

  it('names the place of each problem', () => {
    expect(errors('  autoReassign: { statuses: [online] }')).toEqual([
      'settings.autoReassign.statuses[0]: an online agent keeps their work; choose among away, transfers-only, offline',
    ]);
    expect(errors('  autoReassign: { statuses: offline, max: 0 }')).toEqual(['settings.autoReassign.max: expected a whole number ≥ 1, got 0']);
    expect(errors('  autoReassign: { channels: [voice] }')).toEqual(['settings.autoReassign.channels[0]: expected one of email, messaging, got "voice"']);
    expect(errors('  autoReassign: { after: 60 }')).toEqual(['settings.autoReassign.after: durations need a unit: write "60s", "60m" or "60h", got 60']);
    expect(errors('  autoReassign: [away]')).toEqual(['settings.autoReassign: expected a mapping (key: value lines), got a list']);
    expect(errors('  reassignReopened: { statuses: [away], priorities: [high] }')).toEqual([
      'settings.reassignReopened.priorities: unknown key "priorities"; expected one of statuses, channels',
    ]);
  });

  it('--explain-settings shows the blocks, their rules, and whether the scenario set them', () => {
    const text = explainSettings({ ...DEFAULT_SETTINGS, autoReassign: { ...DEFAULT_SETTINGS.autoReassign, statuses: ['offline', 'away'] } });
    expect(text).toContain('autoReassign = statuses [offline, away], after 1m, max 50, channels [email, messaging], priorities [low, normal, high, urgent] (set by scenario)   [R40]');
    expect(text).toContain('reassignReopened = off (statuses: [])   [R39]');
    expect(text).toContain('reassignThroughQueues = true   [R39, R41]');
    expect(text).toContain('callOfferTimeout = 30s   [R37]');
  });
});
