// Exact traces of a re-channelled ticket's queue position (R16, Q6): it keeps its initial
// eligibility time across an ineligible stretch — ahead of newer email — unless the stretch
// reached reentryLatestAfter (15 days) or reentryTimestamp is 'latest'.

import { describe, it, expect } from 'vitest';
import { record } from '../support/record.ts';
import type { Recording } from '../support/record.ts';
import { chat, act, ticket, linesOf, fixed } from './tinyChat.ts';
import * as session from '../../sim/behaviour/messaging/session.ts';

/**
 * Messaging #1 (0 s, carrying the auto-routing tag) waits: the agent takes no messaging. Email
 * #2 (5 s) occupies the agent's only email slot for 200 s; emails #3 (10 s) and #4 (20 s) wait.
 * A trigger ends #1's session at 50 (ineligible, R4); at 100 a "Set routing channel: Email"
 * action makes it eligible again as email. Its email work takes 100 s.
 */
function rechannelled(settings: Record<string, string> = {}): Recording {
  const r = record(chat({
    settings, messaging: ['tags: [auto-routing]'], conversation: [`endSessionWork: ${fixed('100s')}`],
    emailTimes: ['5s', '10s', '20s'], emailHandleTime: '200s',
    agents: ['{ team: a, count: 1, capacity: { messaging: 0, email: 1 } }'], horizon: '1000s',
  }), { until: 50 });
  act(r, 50, (e) => session.endSession(e, ticket(e, 1), 'trigger', null));
  act(r, 100, (e) => session.routeAsEmail(e, ticket(e, 1), 'Set routing channel: Email', null));
  r.engine.runUntil(1000);
  return r;
}

/** "t #id eligibleAt" of every TicketQueued event. */
function queuedWith(r: Recording): string[] {
  return r.events.flatMap((e) => (e.type === 'TicketQueued' ? [`${e.t} #${e.ticket} ${e.channel} eligibleAt=${e.eligibleAt}`] : []));
}

describe('R16 / Q6: the queue position of a ticket that becomes eligible again', () => {
  it('R16/Q6: by default (initial) the re-channelled ticket returns to its original position, ahead of newer email', () => {
    const r = rechannelled();
    expect(r.engine.settings.reentryTimestamp).toBe('initial');
    expect(queuedWith(r)).toEqual([
      '0 #1 messaging eligibleAt=0',
      '10 #3 email eligibleAt=10',
      '20 #4 email eligibleAt=20',
      '100 #1 email eligibleAt=0',
    ]);
    expect(linesOf(r, 'TicketAssigned')).toEqual([
      '5 assigned #2 to a-1 as email (routed)',
      '205 assigned #1 to a-1 as email (routed)',
      '305 assigned #3 to a-1 as email (routed)',
      '505 assigned #4 to a-1 as email (routed)',
    ]);
  });

  it('Q6: with reentryTimestamp latest the re-channelled ticket queues at its latest eligibility time, behind older email', () => {
    const r = rechannelled({ reentryTimestamp: 'latest' });
    expect(queuedWith(r).at(-1)).toBe('100 #1 email eligibleAt=100');
    expect(linesOf(r, 'TicketAssigned')).toEqual([
      '5 assigned #2 to a-1 as email (routed)',
      '205 assigned #3 to a-1 as email (routed)',
      '405 assigned #4 to a-1 as email (routed)',
      '605 assigned #1 to a-1 as email (routed)',
    ]);
  });

  it('R16: an ineligible stretch of at least reentryLatestAfter switches to the latest time, even with initial', () => {
    // 50 s ineligible (50 → 100) ≥ 30 s.
    const r = rechannelled({ reentryLatestAfter: '30s' });
    expect(queuedWith(r).at(-1)).toBe('100 #1 email eligibleAt=100');
    expect(linesOf(r, 'TicketAssigned').map((l) => l.split(' ')[2])).toEqual(['#2', '#3', '#4', '#1']);
  });

  it('R16: a stretch just under reentryLatestAfter keeps the initial time', () => {
    const r = rechannelled({ reentryLatestAfter: '51s' });
    expect(queuedWith(r).at(-1)).toBe('100 #1 email eligibleAt=0');
  });

  it('R16: a queued conversation re-channelled by the End session action (Q1) keeps its time: never ineligible', () => {
    const r = record(chat({
      settings: { endSessionActionSetsEmail: true }, messaging: ['tags: [auto-routing]'], conversation: [`endSessionWork: ${fixed('100s')}`],
      emailTimes: ['5s', '10s', '20s'], emailHandleTime: '200s',
      agents: ['{ team: a, count: 1, capacity: { messaging: 0, email: 1 } }'], horizon: '1000s',
    }), { until: 50 });
    act(r, 50, (e) => session.endSession(e, ticket(e, 1), 'trigger', null));
    r.engine.runUntil(1000);
    expect(queuedWith(r)).toEqual([
      '0 #1 messaging eligibleAt=0',
      '10 #3 email eligibleAt=10',
      '20 #4 email eligibleAt=20',
      '50 #1 email eligibleAt=0',
    ]);
    expect(linesOf(r, 'TicketAssigned').map((l) => `${l.split(' ')[0]} ${l.split(' ')[2]}`)).toEqual(['5 #2', '205 #1', '305 #3', '505 #4']);
  });
});
