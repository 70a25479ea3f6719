// Exact traces of inactive conversations still waiting in a queue (R34, Q8): with "count
// inactive" off they are auto-assigned, without Accept, to an online agent below capacity on
// active work — preferably one they were offered to before — and, consuming no capacity, many
// can go to one agent at once. Q8 'offer' offers them like active work instead.

import { describe, it, expect } from 'vitest';
import { record } from '../support/record.ts';
import { invariantViolations } from '../support/invariants.ts';
import { chat, act, trace, linesOf, setAgentStatus } from './tinyChat.ts';
import { AWAY, ONLINE } from '../../sim/model/codes.ts';

const AWAY_AGENT = ['{ team: a, count: 1, capacity: { messaging: 1, email: 1 }, status: away }'];

/** Three conversations wait (0, 1, 2 s) while the only agent is away; they go inactive at 600,
 *  601, 602; the agent comes online at 700. Offers take 10 s to accept. */
function comingOnlineAt700(inactiveQueuedAssignment?: string) {
  const r = record(chat({
    times: ['0s', '1s', '2s'], acceptTime: '10s', agents: AWAY_AGENT, horizon: '800s',
    settings: inactiveQueuedAssignment ? { inactiveQueuedAssignment } : {},
  }), { until: 700 });
  act(r, 700, (e) => setAgentStatus(e, 0, ONLINE));
  return r;
}

describe('R34: inactive queued conversations are auto-assigned', () => {
  it('R34: an agent coming online is given every inactive queued conversation at once, with no Accept and no capacity used', () => {
    const r = comingOnlineAt700();
    expect(r.engine.settings.inactiveQueuedAssignment).toBe('autoAssignIfActiveBelowMax');
    expect(trace(r)).toEqual([
      '0 created #1 messaging',
      '0 queued #1 standard/support messaging',
      '1 created #2 messaging',
      '1 queued #2 standard/support messaging',
      '2 created #3 messaging',
      '2 queued #3 standard/support messaging',
      '600 session #1 active→inactive',
      '601 session #2 active→inactive',
      '602 session #3 active→inactive',
      '700 unqueued #1 assigned',
      '700 assigned #1 to a-1 as messaging (auto)',
      '700 status #1 new→open',
      '700 unqueued #2 assigned',
      '700 assigned #2 to a-1 as messaging (auto)',
      '700 status #2 new→open',
      '700 unqueued #3 assigned',
      '700 assigned #3 to a-1 as messaging (auto)',
      '700 status #3 new→open',
    ]);
    expect(r.engine.agents[0]!.counted[0]).toBe(0);
    // R29: the three customers answer the agent's replies (710) at 730: 3 of 1.
    r.engine.runUntil(735);
    expect(linesOf(r, 'CapacityChanged')).toEqual([
      '730 capacity a-1 messaging=1',
      '730 capacity a-1 messaging=2',
      '730 capacity a-1 messaging=3',
    ]);
    expect(invariantViolations(r.engine)).toEqual([]);
  });

  it('R34: an agent at capacity on active work gets no inactive conversation until a slot frees', () => {
    // #1 holds the only slot, active (customer writes at 710, inactivity 15 min); #2 waits from
    // 1 s and goes inactive at 601; #1 is solved at 720 and #2 is auto-assigned then.
    const r = record(chat({ times: ['0s', '1s'], closing: 'agentSolves', customerThinkTime: '700s', settings: { inactivityPeriod: '15m' }, horizon: '725s' }));
    expect(trace(r).filter((l) => l.includes('#2') || l.includes('capacity'))).toEqual([
      '0 capacity a-1 messaging=1',
      '1 created #2 messaging',
      '1 queued #2 standard/support messaging',
      '601 session #2 active→inactive',
      '720 capacity a-1 messaging=0',
      '720 unqueued #2 assigned',
      '720 assigned #2 to a-1 as messaging (auto)',
      '720 status #2 new→open',
    ]);
  });

  it('R34: an away agent is given nothing, active or inactive', () => {
    const r = record(chat({ times: ['0s'], agents: AWAY_AGENT, horizon: '1h' }));
    expect(linesOf(r, 'TicketAssigned', 'TicketOffered')).toEqual([]);
    expect(r.engine.agents[0]!.status).toBe(AWAY);
  });

  // #1 is offered to b-1 (the only online agent) at 0 and not accepted; b-1 goes away at 20,
  // so at 30 the offer expires into the queue. Inactive at 600. At 700 a-1 and b-1 both come
  // online in the same instant.
  function offeredToB1Before() {
    const r = record(chat({
      acceptTime: '60s', settings: { reassignIfNotAcceptedAfter: '30s' }, horizon: '800s',
      agents: ['{ team: a, count: 1, capacity: { messaging: 1, email: 1 }, status: away }', '{ team: b, count: 1, capacity: { messaging: 1, email: 1 } }'],
    }), { until: 20 });
    act(r, 20, (e) => setAgentStatus(e, 1, AWAY));
    return r;
  }

  it('R34: setting up the preference case: the offer to b-1 expires into the queue', () => {
    const r = offeredToB1Before();
    r.engine.runUntil(650);
    expect(trace(r)).toEqual([
      '0 created #1 messaging',
      '0 offered #1 to b-1',
      '0 capacity b-1 messaging=1',
      '30 offer #1 expired by b-1',
      '30 capacity b-1 messaging=0',
      '30 queued #1 standard/support messaging',
      '600 session #1 active→inactive',
    ]);
  });

  it('R34: re-routed while agents are free, the inactive conversation goes to the agent it was offered to before', () => {
    // The ticket is updated in the same instant (as a trigger would): re-routing prefers b-1.
    const r = offeredToB1Before();
    act(r, 700, (e) => {
      setAgentStatus(e, 0, ONLINE);
      setAgentStatus(e, 1, ONLINE);
      e.touch(e.pool.bySlot.find((t) => t.id === 1)!);
    });
    expect(linesOf(r, 'TicketAssigned')).toEqual(['700 assigned #1 to b-1 as messaging (auto)']);
  });

  // DISCREPANCY: the preference for the agent the conversation was offered to before lives only
  // in Router.autoAssign (a queued ticket being re-routed). When agents pull work (Router.drain,
  // e.g. coming online), the first agent to pull takes it: a-1 here, although b-1, to whom it
  // was offered, is online and below capacity in the same instant (actual:
  // '700 assigned #1 to a-1 as messaging (auto)').
  it('R34: agents coming online together: the inactive conversation goes to the agent it was offered to before', () => {
    const r = offeredToB1Before();
    act(r, 700, (e) => {
      setAgentStatus(e, 0, ONLINE);
      setAgentStatus(e, 1, ONLINE);
    });
    expect(linesOf(r, 'TicketAssigned')).toEqual(['700 assigned #1 to b-1 as messaging (auto)']);
  });
});

describe('Q8: inactiveQueuedAssignment offer', () => {
  it('Q8: "offer" offers inactive queued conversations one at a time like active work (accepted conversations still count nothing)', () => {
    const r = comingOnlineAt700('offer');
    r.engine.runUntil(731);
    expect(linesOf(r, 'TicketOffered', 'OfferEnded', 'TicketAssigned', 'CapacityChanged')).toEqual([
      '700 offered #1 to a-1',
      '700 capacity a-1 messaging=1',
      '710 offer #1 accepted by a-1',
      '710 assigned #1 to a-1 as messaging (routed)',
      '710 capacity a-1 messaging=0',
      '710 offered #2 to a-1',
      '710 capacity a-1 messaging=1',
      '720 offer #2 accepted by a-1',
      '720 assigned #2 to a-1 as messaging (routed)',
      '720 capacity a-1 messaging=0',
      '720 offered #3 to a-1',
      '720 capacity a-1 messaging=1',
      '730 offer #3 accepted by a-1',
      '730 assigned #3 to a-1 as messaging (routed)',
      '730 capacity a-1 messaging=0',
    ]);
  });
});
