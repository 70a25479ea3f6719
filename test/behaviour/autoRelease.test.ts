// Exact traces of auto-release (R32, R33): when an assigned conversation goes inactive it gets
// a chosen status, the three default reminders (5 min → pending, +5 min, +1 min → solved), or
// its session ends. A new end-user message cancels the reminders.

import { describe, it, expect } from 'vitest';
import { record } from '../support/record.ts';
import { chat, trace, linesOf, CONVERSATION_TO_40 } from './tinyChat.ts';

/** Assigned at 0, agent replies at 10 and 40, the customer writes at 30 and then goes quiet. */
const QUIET_AFTER_40 = CONVERSATION_TO_40;

/** Inactivity 3 min after the agent's last message at 40: inactive at 220. */
const quiet = (settings: Record<string, string>, horizon = '1h') =>
  record(chat({ closing: 'customerGoesSilent', settings: { inactivityPeriod: '3m', ...settings }, horizon }));

describe('R33: auto-release sets a status when an assigned conversation goes inactive', () => {
  it('R33: off by default: the conversation just goes inactive', () => {
    const r = quiet({}, '300s');
    expect(r.engine.settings.autoRelease).toBe('off');
    expect(trace(r).slice(QUIET_AFTER_40.length)).toEqual(['220 session #1 active→inactive freed', '220 capacity a-1 messaging=0']);
  });

  it.each([
    ['pending', '220 status #1 open→pending'],
    ['on-hold', '220 status #1 open→on-hold'],
    ['solved', '220 status #1 open→solved'],
  ])('R33: setStatus %s: the status is set when the conversation goes inactive', (status, statusLine) => {
    const r = quiet({ autoRelease: 'setStatus', autoReleaseStatus: status }, '300s');
    expect(trace(r)).toEqual([
      ...QUIET_AFTER_40,
      '220 session #1 active→inactive freed',
      statusLine,
      '220 capacity a-1 messaging=0',
    ]);
  });

  it('R33: the default status is pending', () => {
    const r = quiet({ autoRelease: 'setStatus' }, '300s');
    expect(linesOf(r, 'TicketStatusChanged')).toEqual(['0 status #1 new→open', '220 status #1 open→pending']);
  });
});

describe('R33: reminders', () => {
  it('R33: reminders at 5 min (→ pending), 5 min later (no change) and 1 min after that (→ solved)', () => {
    const r = quiet({ autoRelease: 'reminders' });
    expect(trace(r)).toEqual([
      ...QUIET_AFTER_40,
      '220 session #1 active→inactive freed',
      '220 capacity a-1 messaging=0',
      '520 status #1 open→pending',
      // 820: the second reminder changes nothing.
      '880 status #1 pending→solved',
    ]);
  });

  it('R33: a new end-user message cancels the remaining reminders and reopens the conversation', () => {
    // Inactive at 190 (3 min after the reply at 10); first reminder at 490 → pending; the
    // customer writes at 510: open and counted again; no reminder at 790 or 850; solved by the agent at 520.
    const r = record(chat({ closing: 'agentSolves', customerThinkTime: '500s', settings: { autoRelease: 'reminders', inactivityPeriod: '3m' }, horizon: '1h' }));
    expect(trace(r).slice(6)).toEqual([
      '10 message #1 agent',
      '190 session #1 active→inactive freed',
      '190 capacity a-1 messaging=0',
      '490 status #1 open→pending',
      '510 message #1 end_user',
      '510 session #1 inactive→active',
      '510 status #1 pending→open',
      '510 capacity a-1 messaging=1',
      '520 message #1 agent',
      '520 status #1 open→solved',
      '520 capacity a-1 messaging=0',
    ]);
  });
});

describe('R33: "End messaging session after conversation becomes inactive"', () => {
  it('R33: the session ends (by inactivity) when the conversation goes inactive; the status stays open', () => {
    const r = quiet({ autoRelease: 'endSession' });
    expect(trace(r)).toEqual([
      ...QUIET_AFTER_40,
      '220 session #1 active→inactive freed',
      '220 session #1 inactive→ended',
      '220 ended #1 by inactivity',
      '220 stranded #1 session-ended',
      '220 capacity a-1 messaging=0',
    ]);
  });
});

describe('R32: auto-release applies only to assigned conversations', () => {
  it('R32: a queued conversation that goes inactive keeps its status (New)', () => {
    const r = record(chat({ settings: { autoRelease: 'setStatus', autoReleaseStatus: 'solved' }, agents: ['{ team: a, count: 1, capacity: { messaging: 1, email: 1 }, status: away }'], horizon: '1h' }));
    expect(trace(r)).toEqual([
      '0 created #1 messaging',
      '0 queued #1 standard/support messaging',
      '600 session #1 active→inactive',
    ]);
  });
});
