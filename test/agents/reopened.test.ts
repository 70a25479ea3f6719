// Exact traces of R39 "reassign reopened tickets": an email or messaging ticket that goes from
// pending (on-hold, solved) back to open while its agent has one of the chosen statuses is
// re-routed instead of landing on the absent agent; email only with the auto-routing tag unless
// reassign-through-queues (R41) is on.

import { describe, it, expect } from 'vitest';
import { record } from '../support/record.ts';
import { invariantViolations } from '../support/invariants.ts';
import { chat } from '../behaviour/tinyChat.ts';
import { team, only } from './team.ts';

// Email #1 (0 s) goes to a-1, who handles it by 100 s; it goes pending and the customer replies
// at 1100 s. a-1's shift ends at 00:10 (600 s); b-1 is always on.
const reopening = (settings: Record<string, string | boolean>, more: Partial<Parameters<typeof team>[0]> = {}) => team({
  horizon: '30m', email: ['0s'], emailHandleTime: '100s', emailPending: 0.999, emailReplyAfter: '1000s', settings,
  agents: [
    '{ team: a, count: 1, capacity: { email: 1 }, shift: { every day: "00:00-00:10" } }',
    '{ team: b, count: 1, capacity: { email: 1 } }',
  ],
  ...more,
});
const REOPEN = ['TicketStatusChanged', 'TicketUnassigned', 'TicketAssigned', 'TicketQueued', 'TicketStranded'];
const at1100 = (r: ReturnType<typeof record>) => only(r, ...REOPEN).filter((l) => l.startsWith('1100 '));

describe('R39: reassign reopened tickets', () => {
  it('R39 off (the default): the reopened ticket goes back to its agent, even offline (R26 counts it again)', () => {
    const r = record(reopening({}));
    expect(r.engine.settings.reassignReopened.statuses).toEqual([]);
    expect(at1100(r)).toEqual(['1100 status #1 pending→open', '1100 assigned #1 to a-1 as email (reopened)']);
  });

  it('R39: the agent is offline, a chosen status: the reopened ticket is re-routed to b-1', () => {
    const r = record(reopening({ reassignReopened: '{ statuses: [offline] }' }));
    expect(at1100(r)).toEqual([
      '1100 status #1 pending→open',
      '1100 unassigned #1 from a-1: reopened (pending → open) while agent offline (R39)',
      '1100 assigned #1 to b-1 as email (routed)',
    ]);
    expect(invariantViolations(r.engine)).toEqual([]);
  });

  it('R39: an agent whose status is not chosen keeps the reopened ticket', () => {
    const r = record(reopening({ reassignReopened: '{ statuses: [away] }' }));
    expect(at1100(r)).toEqual(['1100 status #1 pending→open', '1100 assigned #1 to a-1 as email (reopened)']);
  });

  it('R39: only the chosen channels', () => {
    const r = record(reopening({ reassignReopened: '{ statuses: [offline], channels: [messaging] }' }));
    expect(at1100(r)).toEqual(['1100 status #1 pending→open', '1100 assigned #1 to a-1 as email (reopened)']);
  });

  describe('R39 + R41: email without the auto-routing tag', () => {
    // The email carries no tag; a custom queue routes it (R3: queues ignore tags).
    const untagged = (through: boolean) => reopening({ reassignReopened: '{ statuses: [offline] }', reassignThroughQueues: through }, {
      emailKeys: ['tags: []'], queues: ['{ name: mail, conditions: { all: [{ field: channel, operator: is, value: email }] }, primaryGroups: [support] }'],
    });

    it('R39: with reassign-through-queues (the default) it is re-routed through the custom queue', () => {
      expect(at1100(record(untagged(true)))).toEqual([
        '1100 status #1 pending→open',
        '1100 unassigned #1 from a-1: reopened (pending → open) while agent offline (R39)',
        '1100 assigned #1 to b-1 as email (routed)',
      ]);
    });

    it('R39: without it, only tagged email is re-routed: this one stays with its agent', () => {
      expect(at1100(record(untagged(false)))).toEqual(['1100 status #1 pending→open', '1100 assigned #1 to a-1 as email (reopened)']);
    });
  });

  it('R39: a messaging conversation auto-released to pending reopens when the customer writes, and is re-routed', () => {
    // #1 goes to a-1: reply at 10, the customer thinks 200 s; silent 180 s after the reply, it goes
    // inactive at 190 and auto-release sets it pending. a-1 is away on a break from 00:03 (180 s).
    // The customer writes at 210: pending → open while a-1 is away → re-routed to b-1.
    const r = record(chat({
      customerThinkTime: '200s', horizon: '5m',
      settings: { autoRelease: 'setStatus', inactivityPeriod: '3m', reassignReopened: '{ statuses: [away], channels: [messaging] }' },
      agents: [
        '{ team: a, count: 1, capacity: { messaging: 1, email: 1 }, breaks: [{ at: "00:03", duration: 10m }] }',
        '{ team: b, count: 1, capacity: { messaging: 1, email: 1 } }',
      ],
    }));
    expect(only(r, 'TicketStatusChanged', 'SessionStateChanged', 'TicketUnassigned', 'TicketAssigned', 'AgentStatusChanged', 'MessageSent')).toEqual([
      '0 assigned #1 to a-1 as messaging (routed)',
      '0 status #1 new→open',
      '10 message #1 agent',
      '180 status a-1 online→away',
      '190 session #1 active→inactive freed',
      '190 status #1 open→pending',
      '210 message #1 end_user',
      '210 session #1 inactive→active',
      '210 status #1 pending→open',
      '210 unassigned #1 from a-1: reopened (pending → open) while agent away (R39)',
      '210 assigned #1 to b-1 as messaging (routed)',
      '220 message #1 agent',
      '220 session #1 active→ended freed', // b-1 ends the session (the tiny chat's closing)
    ]);
    expect(invariantViolations(r.engine)).toEqual([]);
  });
});
