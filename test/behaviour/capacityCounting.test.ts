// Exact traces of what counts against capacity (R26, R27, R35), whether ending a session
// releases messaging capacity when inactive work is counted (Q2), and which capacity an
// email-routed conversation counts against (Q16).

import { describe, it, expect } from 'vitest';
import { record } from '../support/record.ts';
import { invariantViolations } from '../support/invariants.ts';
import { chat, act, ticket, linesOf, setAgentStatus, fixed } from './tinyChat.ts';
import * as session from '../../sim/behaviour/messaging/session.ts';
import { ONLINE, OPEN, PENDING } from '../../sim/model/codes.ts';

describe('R26: email capacity counts open email-routed tickets', () => {
  it('R26: a pending email ticket stops counting; reopened, it counts again', () => {
    const r = record(chat({ times: [], emailTimes: ['0s'], emailHandleTime: '100s', horizon: '200s' }), { until: 50 });
    act(r, 50, (e) => e.setStatus(ticket(e, 1), PENDING));
    act(r, 60, (e) => e.setStatus(ticket(e, 1), OPEN));
    r.engine.runUntil(200);
    expect(linesOf(r, 'CapacityChanged', 'TicketStatusChanged')).toEqual([
      '0 status #1 new→open',
      '0 capacity a-1 email=1',
      '50 status #1 open→pending',
      '50 capacity a-1 email=0',
      '60 status #1 pending→open',
      '60 capacity a-1 email=1',
      '100 status #1 open→solved',
      '100 capacity a-1 email=0',
    ]);
    expect(invariantViolations(r.engine)).toEqual([]);
  });
});

describe('R27: messaging capacity counts active conversations (unless inactive ones count too)', () => {
  // The customer goes quiet after the agent's reply at 40: inactive at 640, solved at 700.
  const quiet = (countInactive: boolean) =>
    chat({ closing: 'customerGoesSilent', conversation: ['silentSolvedAfter: 60s'], settings: { countInactiveConversations: countInactive } });

  it('R27: by default an inactive conversation stops counting', () => {
    const r = record(quiet(false));
    expect(r.engine.settings.countInactiveConversations).toBe(false);
    expect(linesOf(r, 'CapacityChanged', 'SessionStateChanged', 'TicketStatusChanged')).toEqual([
      '0 capacity a-1 messaging=1',
      '0 status #1 new→open',
      '640 session #1 active→inactive freed',
      '640 capacity a-1 messaging=0',
      '700 status #1 open→solved',
    ]);
  });

  it('R27: with "count inactive conversations" on, an inactive open conversation still counts until solved', () => {
    const r = record(quiet(true));
    expect(linesOf(r, 'CapacityChanged', 'SessionStateChanged', 'TicketStatusChanged')).toEqual([
      '0 capacity a-1 messaging=1',
      '0 status #1 new→open',
      '640 session #1 active→inactive',
      '700 status #1 open→solved',
      '700 capacity a-1 messaging=0',
    ]);
  });
});

describe('R35: with "count inactive" on, inactive queued conversations are offered and counted', () => {
  // The agent is away while #1 (0 s) and #2 (1 s) wait; both go inactive (600, 601); the agent
  // comes online at 700. Offers take 10 s to accept.
  const backAt700 = (countInactive: boolean) => {
    const r = record(chat({
      times: ['0s', '1s'], acceptTime: '10s', settings: { countInactiveConversations: countInactive },
      agents: ['{ team: a, count: 1, capacity: { messaging: 1, email: 1 }, status: away }'], horizon: '725s',
    }), { until: 700 });
    act(r, 700, (e) => setAgentStatus(e, 0, ONLINE));
    r.engine.runUntil(725);
    return linesOf(r, 'TicketOffered', 'TicketAssigned', 'CapacityChanged', 'TicketRemovedFromQueue');
  };

  it('R35: ON, the first inactive conversation is offered and counts; the second waits for the slot', () => {
    expect(backAt700(true)).toEqual([
      '700 unqueued #1 offered',
      '700 offered #1 to a-1',
      '700 capacity a-1 messaging=1',
      '710 assigned #1 to a-1 as messaging (routed)',
    ]);
  });

  it('R34 (contrast): OFF, both inactive conversations are auto-assigned at once, without Accept, and count nothing', () => {
    expect(backAt700(false)).toEqual([
      '700 unqueued #1 assigned',
      '700 assigned #1 to a-1 as messaging (auto)',
      '700 unqueued #2 assigned',
      '700 assigned #2 to a-1 as messaging (auto)',
    ]);
  });
});

describe('Q2: does ending a session release messaging capacity when inactive work counts?', () => {
  const endedAt40 = (release: string, countInactive: boolean) =>
    linesOf(record(chat({ settings: { releaseMessagingCapacityOnEnd: release, countInactiveConversations: countInactive }, horizon: '100s' })), 'CapacityChanged', 'SessionEnded');

  it('Q2: by default (always) ending frees the slot, even with inactive work counted', () => {
    expect(record(chat({ horizon: '1s' })).engine.settings.releaseMessagingCapacityOnEnd).toBe('always');
    expect(endedAt40('always', true)).toEqual(['0 capacity a-1 messaging=1', '40 ended #1 by agent freed', '40 capacity a-1 messaging=0']);
  });

  it('Q2: whenInactiveNotCounted, with inactive work counted, the ended conversation keeps its slot', () => {
    expect(endedAt40('whenInactiveNotCounted', true)).toEqual(['0 capacity a-1 messaging=1', '40 ended #1 by agent']);
  });

  it('Q2: whenInactiveNotCounted, with inactive work not counted, ending frees the slot', () => {
    expect(endedAt40('whenInactiveNotCounted', false)).toEqual(['0 capacity a-1 messaging=1', '40 ended #1 by agent freed', '40 capacity a-1 messaging=0']);
  });
});

describe('Q16: which capacity an email-routed ticket that came in as messaging counts against', () => {
  // The conversation (assigned at 0) is ended by a trigger at 15 s and becomes email (Q1, R43);
  // the agent's end-of-session work takes 100 s. The customer's follow-up (#2) arrives at 30 s.
  const ended = (emailRoutedCapacity: string) => {
    const r = record(chat({ settings: { endSessionActionSetsEmail: true, emailRoutedCapacity }, conversation: [`endSessionWork: ${fixed('100s')}`], horizon: '1000s' }), { until: 15 });
    act(r, 15, (e) => session.endSession(e, ticket(e, 1), 'trigger', null));
    r.engine.runUntil(1000);
    expect(invariantViolations(r.engine)).toEqual([]);
    return linesOf(r, 'CapacityChanged', 'TicketAssigned').filter((l) => !l.startsWith('0 '));
  };

  it('Q16 by default (email): the ticket moves to the email slot, freeing the messaging slot for the follow-up at 30 s', () => {
    expect(ended('email')).toEqual([
      '15 capacity a-1 messaging=0',
      '15 capacity a-1 email=1',
      '30 capacity a-1 messaging=1',
      '30 assigned #2 to a-1 as messaging (routed)',
      '70 capacity a-1 messaging=0',
      '115 capacity a-1 email=0',
    ]);
  });

  it('Q16 messaging (the French article\'s reading): it keeps the messaging slot until solved at 115 s; the follow-up waits until then', () => {
    expect(ended('messaging')).toEqual([
      '115 capacity a-1 messaging=0',
      '115 capacity a-1 messaging=1',
      '115 assigned #2 to a-1 as messaging (routed)',
      '155 capacity a-1 messaging=0',
    ]);
  });
});
