// Exact traces of pull-mode inboxes: tickets wait in the inbox's Unassigned view and agents
// who are online and have room pick them after the pick-up delay (the Convos inbox of the
// seeds), with the inbox's assignment settings: which ticket is picked, how many open tickets
// an agent may hold, picking only when idle, and which channels wait in the view.

import { describe, it, expect } from 'vitest';
import { record } from '../support/record.ts';
import type { TicketAssigned } from '../../sim/model/events.ts';
import { trace, linesOf } from '../behaviour/tinyChat.ts';
import { invariantViolations } from '../support/invariants.ts';
import { inbox } from './tinyInbox.ts';

describe('pull inbox: tickets wait in the Unassigned view until an agent picks them', () => {
  it('a conversation waits in unassigned/support; the online agent with room picks it after the 30 s pick-up delay', () => {
    const r = record(inbox({ horizon: '40s' }));
    expect(trace(r)).toEqual([
      '0 created #1 messaging',
      '0 queued #1 unassigned/support messaging',
      '30 unqueued #1 assigned',
      '30 assigned #1 to a-1 as messaging (picked)',
      '30 status #1 new→open',
      '30 capacity a-1 messaging=1',
    ]);
    // The pick answers the customer: the same TicketAssigned the metrics read in push mode.
    const a = r.events.find((e): e is TicketAssigned => e.type === 'TicketAssigned')!;
    expect([a.how, a.waited, a.first, a.queued]).toEqual(['picked', 30, true, true]);
  });

  it('the same inbox in push mode: omnichannel routing offers the conversation at once (R9, R36)', () => {
    const r = record(inbox({ mode: 'push', horizon: '40s' }));
    expect(trace(r)).toEqual([
      '0 created #1 messaging',
      '0 offered #1 to a-1',
      '0 capacity a-1 messaging=1',
      '0 offer #1 accepted by a-1',
      '0 assigned #1 to a-1 as messaging (routed)',
      '0 status #1 new→open',
    ]);
  });

  it('an agent without room notices a waiting ticket only once room frees: the delay counts from then', () => {
    const r = record(inbox({ times: ['0s', '10s'], horizon: '200s' }));
    expect(linesOf(r, 'TicketQueued', 'TicketAssigned', 'TicketStatusChanged')).toEqual([
      '0 queued #1 unassigned/support messaging',
      '10 queued #2 unassigned/support messaging',
      '30 assigned #1 to a-1 as messaging (picked)',
      '30 status #1 new→open',
      '130 status #1 open→solved',
      '160 assigned #2 to a-1 as messaging (picked)',
      '160 status #2 new→open',
    ]);
  });

  it('agents race: the first to take the ticket has it, the other finds the view empty and picks the next one', () => {
    const r = record(inbox({
      times: ['0s', '40s'], horizon: '80s',
      agents: ['{ team: a, count: 2, capacity: { messaging: 1 } }'],
    }));
    expect(linesOf(r, 'TicketQueued', 'TicketAssigned')).toEqual([
      '0 queued #1 unassigned/support messaging',
      '30 assigned #1 to a-1 as messaging (picked)',
      '40 queued #2 unassigned/support messaging',
      '70 assigned #2 to a-2 as messaging (picked)',
    ]);
  });

  it('a customer who gives up leaves the view; nobody picks their ticket', () => {
    const r = record(inbox({ messaging: [`patience: { distribution: deterministic, value: 20s }`], horizon: '60s' }));
    expect(trace(r)).toEqual([
      '0 created #1 messaging',
      '0 queued #1 unassigned/support messaging',
      '20 abandoned #1',
      '20 unqueued #1 abandoned',
    ]);
    expect(r.engine.router.waiting[0]).toBe(0);
    expect(invariantViolations(r.engine)).toEqual([]);
  });
});

describe('pull inbox: assignment settings', () => {
  // The agent is offline until 01:00, so three tickets wait: #1 messaging (low) at 0 s, #2 email
  // (urgent) at 20 s, #3 messaging (low) at 40 s. Holding one ticket at a time, the agent picks
  // them one after the other in the inbox's order.
  const order = (pick: string) => linesOf(record(inbox({
    times: ['0s', '40s'], emailTimes: ['20s'], horizon: '2h',
    messaging: ['priority: low'], email: ['priority: urgent'],
    agents: ['{ team: a, count: 1, capacity: { messaging: 1, email: 1 }, shift: { every day: "01:00-24:00" } }'],
    inbox: [`pick: ${pick}`, 'maxOpenPerAgent: 1'],
  })), 'TicketAssigned');

  it('pick: oldest (the default) takes the oldest ticket across the channels of the view', () => {
    expect(order('oldest')).toEqual([
      '3630 assigned #1 to a-1 as messaging (picked)',
      '3760 assigned #2 to a-1 as email (picked)',
      '3890 assigned #3 to a-1 as messaging (picked)',
    ]);
  });

  it('pick: priority takes the highest priority first, then the oldest (R14 order)', () => {
    expect(order('priority')).toEqual([
      '3630 assigned #2 to a-1 as email (picked)',
      '3760 assigned #1 to a-1 as messaging (picked)',
      '3890 assigned #3 to a-1 as messaging (picked)',
    ]);
  });

  it('pick: newest takes the latest ticket first', () => {
    expect(order('newest')).toEqual([
      '3630 assigned #3 to a-1 as messaging (picked)',
      '3760 assigned #2 to a-1 as email (picked)',
      '3890 assigned #1 to a-1 as messaging (picked)',
    ]);
  });

  it('maxOpenPerAgent: 2 — an agent with room for three conversations picks only while fewer than two count', () => {
    const r = record(inbox({
      times: ['0s', '0s', '0s'], horizon: '200s', inbox: ['maxOpenPerAgent: 2'],
      agents: ['{ team: a, count: 1, capacity: { messaging: 3 } }'],
    }));
    expect(linesOf(r, 'TicketAssigned')).toEqual([
      '30 assigned #1 to a-1 as messaging (picked)',
      '60 assigned #2 to a-1 as messaging (picked)',
      '160 assigned #3 to a-1 as messaging (picked)',
    ]);
  });

  it('pickOnlyWhenIdle: the agent picks only with nothing in hand, whatever their capacity', () => {
    const r = record(inbox({
      times: ['0s'], emailTimes: ['0s'], horizon: '200s', inbox: ['pickOnlyWhenIdle: true'],
      agents: ['{ team: a, count: 1, capacity: { messaging: 3, email: 3 } }'],
    }));
    expect(linesOf(r, 'TicketAssigned')).toEqual([
      '30 assigned #1 to a-1 as messaging (picked)',
      '160 assigned #2 to a-1 as email (picked)',
    ]);
  });

  it('calls ring: a channel the view does not hold (voice by default) is routed as usual', () => {
    const r = record(inbox({ times: [], voiceTimes: ['0s'], horizon: '10s' }));
    expect(linesOf(r, 'TicketQueued', 'TicketAssigned')).toEqual(['0 assigned #1 to a-1 as voice (routed)']);
  });

  it('channels: [voice] puts calls in the view too', () => {
    const r = record(inbox({ times: [], voiceTimes: ['0s'], horizon: '40s', inbox: ['channels: [voice]'] }));
    expect(linesOf(r, 'TicketQueued', 'TicketAssigned')).toEqual([
      '0 queued #1 unassigned/support voice',
      '30 assigned #1 to a-1 as voice (picked)',
    ]);
  });

  it('an agent must be online to pick: an away agent leaves email in the view (push would give it to them, R19)', () => {
    const away = ['{ team: a, count: 1, capacity: { email: 1 }, status: away }'];
    const pull = record(inbox({ times: [], emailTimes: ['0s'], agents: away, horizon: '1h' }));
    expect(linesOf(pull, 'TicketQueued', 'TicketAssigned')).toEqual(['0 queued #1 unassigned/support email']);
    const push = record(inbox({ mode: 'push', times: [], emailTimes: ['0s'], agents: away, horizon: '1h' }));
    expect(linesOf(push, 'TicketQueued', 'TicketAssigned')).toEqual(['0 assigned #1 to a-1 as email (routed)']);
  });

  it('only the inbox\'s groups are pulled: billing tickets are still pushed to the same agent', () => {
    const r = record(inbox({
      times: ['0s'], emailTimes: ['0s'], messaging: ['group: billing'], horizon: '40s',
      agents: ['{ team: a, count: 1, capacity: { messaging: 1, email: 1 }, groups: [support, billing] }'],
    }));
    expect(linesOf(r, 'TicketQueued', 'TicketAssigned')).toEqual([
      '0 assigned #1 to a-1 as messaging (routed)',
      '0 queued #2 unassigned/support email',
      '30 assigned #2 to a-1 as email (picked)',
    ]);
  });

  it('a ticket whose group a trigger changes to a pulled group leaves the routing queue for the view', () => {
    const r = record(inbox({
      times: ['0s'], messaging: ['group: billing'], horizon: '1h',
      agents: ['{ team: a, count: 1, capacity: { messaging: 1 }, groups: [support], shift: { every day: "00:30-24:00" } }'],
    }) + [
      'automations:',
      '  - title: move billing to support',
      '    every: 10m',
      '    conditions: { all: [{ field: group_id, operator: is, value: billing }] }',
      '    actions: [{ field: group_id, value: support }]',
    ].join('\n') + '\n');
    expect(linesOf(r, 'TicketQueued', 'TicketRemovedFromQueue', 'TicketAssigned')).toEqual([
      '0 queued #1 standard/billing messaging',
      '600 unqueued #1 requeued',
      '600 queued #1 unassigned/support messaging',
      '1830 unqueued #1 assigned',
      '1830 assigned #1 to a-1 as messaging (picked)',
    ]);
  });
});
