// Exact traces of ending a messaging session (R42–R48): who may end it and what is recorded
// (R42, Q10), capacity released (R30), status untouched (R45), the routing channel afterwards
// (R4, R43, Q1, Q3, Q4, Q18), conditions on the session state (Q11) and the customer who
// writes again (R48). Trigger-ended sessions go through session.endSession(…, 'trigger').

import { describe, it, expect } from 'vitest';
import { record, ticketLines } from '../support/record.ts';
import { invariantViolations } from '../support/invariants.ts';
import { chat, act, ticket, trace, linesOf, fixed, CONVERSATION_TO_40 } from './tinyChat.ts';
import * as session from '../../sim/behaviour/messaging/session.ts';
import * as fields from '../../sim/behaviour/ticketFields.ts';
import { EMAIL, MESSAGING, NEW, OPEN, SOLVED, ENDED_REASONS } from '../../sim/model/codes.ts';

/** The default conversation: assigned at 0, agent replies 10 and 40, customer writes at 30. */
const CONVERSATION = CONVERSATION_TO_40;

/** #1 keeps the agent's only messaging slot (the customer thinks 300 s); #2 waits in the queue from 5 s. */
const ONE_BUSY_ONE_QUEUED = { times: ['0s', '5s'], customerThinkTime: '300s', closing: 'agentSolves' as const };

describe('R30: ending a session frees messaging capacity', () => {
  it('R30: an agent ending a session frees its messaging capacity at once; email capacity is unchanged', () => {
    const r = record(chat());
    expect(trace(r)).toEqual([
      ...CONVERSATION,
      '40 session #1 active→ended freed',
      '40 ended #1 by agent freed',
      '40 stranded #1 session-ended',
      '40 capacity a-1 messaging=0',
    ]);
    expect(linesOf(r, 'CapacityChanged')).toEqual(['0 capacity a-1 messaging=1', '40 capacity a-1 messaging=0']);
    expect(r.engine.agents[0]!.counted[EMAIL]).toBe(0);
  });
});

describe('R42 / Q10: who ends a session, and the reason recorded', () => {
  it('R42/Q10: the agent, the end user, auto-release and a trigger can end a session; each reason is recorded', () => {
    const byAgent = record(chat({ closing: 'agentEndsSession', horizon: '100s' }));
    const byUser = record(chat({ closing: 'userEndsSession', horizon: '100s' }));
    const byAutoRelease = record(chat({ closing: 'customerGoesSilent', settings: { autoRelease: 'endSession', inactivityPeriod: '3m' }, horizon: '300s' }));
    // The trigger acts at 35, between the customer's message (30) and the agent's reply (40).
    const byTrigger = record(chat({ horizon: '100s' }), { until: 35 });
    act(byTrigger, 35, (e) => session.endSession(e, ticket(e, 1), 'trigger', null));
    byTrigger.engine.runUntil(100);
    expect(linesOf(byAgent, 'SessionEnded')).toEqual(['40 ended #1 by agent freed']);
    expect(linesOf(byUser, 'SessionEnded')).toEqual(['40 ended #1 by end_user freed']);
    // Inactive (freed) at 40 + 3 min, then ended: nothing left to free.
    expect(linesOf(byAutoRelease, 'SessionEnded')).toEqual(['220 ended #1 by inactivity']);
    expect(linesOf(byTrigger, 'SessionEnded')).toEqual(['35 ended #1 by trigger freed']);
    expect(ENDED_REASONS).toEqual(['agent', 'trigger', 'inactivity', 'end_user']);
    expect(ENDED_REASONS[ticket(byAgent.engine, 1).endedReason]).toBe('agent');
    expect(ENDED_REASONS[ticket(byUser.engine, 1).endedReason]).toBe('end_user');
    expect(ENDED_REASONS[ticket(byAutoRelease.engine, 1).endedReason]).toBe('inactivity');
    expect(ENDED_REASONS[ticket(byTrigger.engine, 1).endedReason]).toBe('trigger');
    const ended = byAgent.events.find((e) => e.type === 'SessionEnded');
    expect(ended).toMatchObject({ agent: 0, reason: 'agent' });
  });
});

describe('R43 / Q3 / Q4: "Route agent-ended messaging sessions as email tickets"', () => {
  const routedAsEmail = { settings: { routeAgentEndedAsEmail: true }, conversation: [`endSessionWork: ${fixed('100s')}`] };

  it('Q3: the setting is OFF by default, and an agent-ended ticket is then stranded (R4)', () => {
    const r = record(chat({ horizon: '100s' }));
    expect(r.engine.settings.routeAgentEndedAsEmail).toBe(false);
    const t = ticket(r.engine, 1);
    expect([t.routingChannel, t.status, t.assignee, t.countedAgent]).toEqual([MESSAGING, OPEN, 0, -1]);
    expect(ticketLines(r, 1).slice(-3)).toEqual(['40 session #1 active→ended freed', '40 ended #1 by agent freed', '40 stranded #1 session-ended']);
  });

  it('R43: ON, the ticket is routed and counted as email for the agent who ended the session; via stays messaging', () => {
    const r = record(chat(routedAsEmail), { until: 100 });
    const t = ticket(r.engine, 1);
    expect([t.via, t.routingChannel, t.assignee, t.status]).toEqual([MESSAGING, EMAIL, 0, OPEN]);
    r.engine.runUntil(200);
    expect(trace(r)).toEqual([
      ...CONVERSATION,
      '40 session #1 active→ended freed',
      '40 ended #1 by agent freed',
      '40 channel #1 messaging→email',
      '40 capacity a-1 messaging=0',
      '40 capacity a-1 email=1',
      // The follow-up email work (endSessionWork, 100 s), then solved: not pending (probability 0).
      '140 status #1 open→solved',
      '140 capacity a-1 email=0',
    ]);
  });

  it('Q4: the agent who ended the session gets the email ticket even over email capacity', () => {
    // Email #2 (1000 s of work) holds the agent's only email slot from 0; #1 is routed as email
    // at 40: 2 of 1. Email #3 (50 s) waits until the agent is back under the limit at 1000.
    const r = record(chat({ ...routedAsEmail, emailTimes: ['0s', '50s'], emailHandleTime: '1000s', horizon: '1200s' }));
    expect(linesOf(r, 'CapacityChanged', 'RoutingChannelChanged', 'TicketAssigned', 'TicketQueued')).toEqual([
      '0 capacity a-1 messaging=1',
      '0 assigned #1 to a-1 as messaging (routed)',
      '0 assigned #2 to a-1 as email (routed)',
      '0 capacity a-1 email=1',
      '40 channel #1 messaging→email',
      '40 capacity a-1 messaging=0',
      '40 capacity a-1 email=2',
      '50 queued #3 standard/support email',
      '140 capacity a-1 email=1',
      '1000 capacity a-1 email=0',
      '1000 assigned #3 to a-1 as email (routed)',
      '1000 capacity a-1 email=1',
    ]);
  });

  it('R43: handed back to its group, the email-routed ticket is re-routed, which needs the auto-routing tag', () => {
    // The agent hands the ticket back at 60, during its email work (40 → 140).
    const handedBack = (tags: string[]) => {
      const r = record(chat({ ...routedAsEmail, messaging: tags, horizon: '300s' }), { until: 60 });
      act(r, 60, (e) => e.unassign(ticket(e, 1), 'handed back to the group'));
      r.engine.runUntil(300);
      return linesOf(r, 'TicketAssigned', 'TicketStranded', 'TicketQueued', 'CapacityChanged', 'TicketStatusChanged').filter((l) => Number(l.split(' ')[0]) >= 60);
    };
    expect(handedBack([])).toEqual(['60 capacity a-1 email=0', '60 stranded #1 no-queue']);
    expect(handedBack(['tags: [auto-routing]'])).toEqual([
      '60 capacity a-1 email=0',
      '60 assigned #1 to a-1 as email (routed)',
      '60 capacity a-1 email=1',
      '160 status #1 open→solved',
      '160 capacity a-1 email=0',
    ]);
  });

  it('R43: the setting applies only to sessions ended after it was switched on', () => {
    const r = record(chat({ horizon: '200s' }), { until: 50 });
    act(r, 50, (e) => {
      (e.settings as { routeAgentEndedAsEmail: boolean }).routeAgentEndedAsEmail = true;
      e.touch(ticket(e, 1));
    });
    r.engine.runUntil(200);
    const t = ticket(r.engine, 1);
    expect([t.routingChannel, t.countedAgent]).toEqual([MESSAGING, -1]);
    expect(linesOf(r, 'RoutingChannelChanged', 'TicketQueued')).toEqual([]);
  });

  it('Q18: a session the end user ends stays messaging and ineligible, even with the setting ON', () => {
    const r = record(chat({ ...routedAsEmail, closing: 'userEndsSession', horizon: '100s' }));
    expect(trace(r)).toEqual([
      ...CONVERSATION,
      '40 session #1 active→ended freed',
      '40 ended #1 by end_user freed',
      '40 stranded #1 session-ended',
      '40 capacity a-1 messaging=0',
    ]);
    expect(ticket(r.engine, 1).routingChannel).toBe(MESSAGING);
  });

  it('Q4: a session ended by auto-release stays messaging and ineligible, even with the setting ON', () => {
    const r = record(chat({ ...routedAsEmail, closing: 'customerGoesSilent', settings: { routeAgentEndedAsEmail: true, autoRelease: 'endSession', inactivityPeriod: '3m' }, horizon: '300s' }));
    expect(ticketLines(r, 1).slice(CONVERSATION.length - 1)).toEqual([
      '220 session #1 active→inactive freed',
      '220 session #1 inactive→ended',
      '220 ended #1 by inactivity',
      '220 stranded #1 session-ended',
    ]);
    expect(ticket(r.engine, 1).routingChannel).toBe(MESSAGING);
  });
});

describe('Q1: does the End session trigger action also set routing channel = email?', () => {
  it('Q1: by default (false) a trigger-ended session stays messaging and is stranded (R4)', () => {
    // The trigger acts at 35, after the customer's message (30): the agent's reply due at 40
    // is dropped with the session.
    const r = record(chat({ horizon: '100s' }), { until: 35 });
    expect(r.engine.settings.endSessionActionSetsEmail).toBe(false);
    act(r, 35, (e) => session.endSession(e, ticket(e, 1), 'trigger', null));
    r.engine.runUntil(100);
    expect(trace(r).slice(8)).toEqual([
      '35 session #1 active→ended freed',
      '35 ended #1 by trigger freed',
      '35 stranded #1 session-ended',
      '35 capacity a-1 messaging=0',
    ]);
    expect(ticket(r.engine, 1).routingChannel).toBe(MESSAGING);
  });

  it('Q1: with endSessionActionSetsEmail the trigger also routes the ticket as email; the assignee keeps it as email work', () => {
    const r = record(chat({ settings: { endSessionActionSetsEmail: true }, conversation: [`endSessionWork: ${fixed('100s')}`], horizon: '200s' }), { until: 35 });
    act(r, 35, (e) => session.endSession(e, ticket(e, 1), 'trigger', null));
    r.engine.runUntil(200);
    expect(trace(r).slice(8)).toEqual([
      '35 session #1 active→ended freed',
      '35 ended #1 by trigger freed',
      '35 channel #1 messaging→email',
      '35 capacity a-1 messaging=0',
      '35 capacity a-1 email=1',
      '135 status #1 open→solved',
      '135 capacity a-1 email=0',
    ]);
  });
});

describe('R45: ending a session never changes the status', () => {
  it('R45: whoever ends it, the ticket keeps its status (open), with no status event after the end', () => {
    const runs = [
      record(chat({ closing: 'agentEndsSession', horizon: '1h' })),
      record(chat({ closing: 'userEndsSession', horizon: '1h' })),
      record(chat({ closing: 'customerGoesSilent', settings: { autoRelease: 'endSession', inactivityPeriod: '3m' }, horizon: '1h' })),
    ];
    const byTrigger = record(chat({ horizon: '1h' }), { until: 35 });
    act(byTrigger, 35, (e) => session.endSession(e, ticket(e, 1), 'trigger', null));
    byTrigger.engine.runUntil(3600);
    for (const r of [...runs, byTrigger]) {
      expect(linesOf(r, 'TicketStatusChanged')).toEqual(['0 status #1 new→open']);
      expect(ticket(r.engine, 1).status).toBe(OPEN);
    }
  });

  it('R45: a queued (New) ticket whose session a trigger ends stays New', () => {
    const r = record(chat(ONE_BUSY_ONE_QUEUED), { until: 50 });
    act(r, 50, (e) => session.endSession(e, ticket(e, 2), 'trigger', null));
    r.engine.runUntil(300);
    expect(ticket(r.engine, 2).status).toBe(NEW);
    expect(ticketLines(r, 2).filter((l) => l.includes('status'))).toEqual([]);
  });
});

describe('R4: a session ended while the routing channel is messaging makes the ticket ineligible', () => {
  it('R4: a queued conversation whose session ends leaves the queue and is never routed, though the agent frees up', () => {
    const r = record(chat(ONE_BUSY_ONE_QUEUED), { until: 50 });
    act(r, 50, (e) => session.endSession(e, ticket(e, 2), 'trigger', null));
    r.engine.runUntil(400);
    expect(ticketLines(r, 2)).toEqual([
      '5 created #2 messaging',
      '5 queued #2 standard/support messaging',
      '50 session #2 active→ended',
      '50 ended #2 by trigger',
      '50 stranded #2 session-ended',
      '50 deflected #2', // the waiting customer gets no answer in messaging
      '50 unqueued #2 unroutable',
    ]);
    // #1 is solved at 320 and the agent has room, but #2 is not routed.
    expect(linesOf(r, 'CapacityChanged')).toEqual(['0 capacity a-1 messaging=1', '320 capacity a-1 messaging=0']);
    expect(invariantViolations(r.engine)).toEqual([]);
  });

  it('R4: with routing channel email the ended ticket stays eligible: re-queued and assigned as email', () => {
    const r = record(chat({ ...ONE_BUSY_ONE_QUEUED, messaging: ['tags: [auto-routing]'], settings: { endSessionActionSetsEmail: true } }), { until: 50 });
    act(r, 50, (e) => session.endSession(e, ticket(e, 2), 'trigger', null));
    r.engine.runUntil(200);
    expect(ticketLines(r, 2)).toEqual([
      '5 created #2 messaging',
      '5 queued #2 standard/support messaging',
      '50 session #2 active→ended',
      '50 ended #2 by trigger',
      '50 channel #2 messaging→email',
      '50 unqueued #2 requeued',
      // R38: email is assigned directly, never offered. Email handle time 100 s.
      '50 assigned #2 to a-1 as email (routed)',
      '50 status #2 new→open',
      '150 status #2 open→solved',
    ]);
  });

  // DISCREPANCY: the offer is not withdrawn. Ending the session at 15 leaves the offer to a-1
  // pending: a-1's messaging slot stays reserved and at 60 the ineligible ticket is accepted and
  // assigned (actual after 15: '15 session #1 active→ended', '15 ended #1 by trigger',
  // '15 stranded #1 session-ended', '60 offer #1 accepted by a-1', '60 assigned #1 …',
  // '60 status #1 new→open', '60 capacity a-1 messaging=0').
  it('R4/R30: ending the session of a conversation being offered withdraws the offer and frees the slot', () => {
    const r = record(chat({ acceptTime: '60s', settings: { reassignIfNotAcceptedAfter: '0s' }, horizon: '200s' }), { until: 15 });
    act(r, 15, (e) => session.endSession(e, ticket(e, 1), 'trigger', null));
    r.engine.runUntil(200);
    expect(trace(r)).toEqual([
      '0 created #1 messaging',
      '0 offered #1 to a-1',
      '0 capacity a-1 messaging=1',
      '15 session #1 active→ended freed',
      '15 ended #1 by trigger freed',
      '15 stranded #1 session-ended',
      '15 deflected #1',
      '15 offer #1 withdrawn by a-1',
      '15 capacity a-1 messaging=0',
    ]);
  });

  // DISCREPANCY: the ticket leaves the messaging queue ('requeued') and matches no queue (no
  // auto-routing tag, R2), but Router.move drops it silently: no TicketStranded 'no-queue'
  // event (the event Engine.notRouted emits for the same situation), so stranded-ticket
  // reports miss it. Actual lines end at '50 unqueued #2 requeued'.
  it('R4/R2: a ticket re-channelled to email without the auto-routing tag is reported stranded (no-queue)', () => {
    const r = record(chat({ ...ONE_BUSY_ONE_QUEUED, settings: { endSessionActionSetsEmail: true } }), { until: 50 });
    act(r, 50, (e) => session.endSession(e, ticket(e, 2), 'trigger', null));
    r.engine.runUntil(200);
    expect(ticketLines(r, 2)).toEqual([
      '5 created #2 messaging',
      '5 queued #2 standard/support messaging',
      '50 session #2 active→ended',
      '50 ended #2 by trigger',
      '50 channel #2 messaging→email',
      '50 unqueued #2 requeued',
      '50 stranded #2 no-queue',
    ]);
  });
});

describe('Q11: an ended session is its own state, matched by "inactive" conditions by default', () => {
  // A custom queue for sleepy work; the agent has no email capacity, so a matching ticket waits there.
  const withQueue = (state: string, endedCountsAsInactive?: boolean) =>
    chat({
      ...ONE_BUSY_ONE_QUEUED,
      settings: { endSessionActionSetsEmail: true, ...(endedCountsAsInactive === undefined ? {} : { endedCountsAsInactive }) },
      agents: ['{ team: a, count: 1, capacity: { messaging: 1, email: 0 } }'],
      queues: [`{ name: sleepy, conditions: [{ field: session_state, value: ${state} }], primaryGroups: [support] }`],
    });
  const queuedAt50 = (yaml: string) => {
    const r = record(yaml, { until: 50 });
    act(r, 50, (e) => session.endSession(e, ticket(e, 2), 'trigger', null));
    return linesOf(r, 'TicketQueued', 'TicketRemovedFromQueue').filter((l) => l.startsWith('50 '));
  };

  it('Q11: "session state is inactive" matches an ended session by default (endedCountsAsInactive)', () => {
    expect(queuedAt50(withQueue('inactive'))).toEqual(['50 unqueued #2 requeued', '50 queued #2 sleepy email']);
  });

  it('Q11: with endedCountsAsInactive false, "inactive" does not match an ended session', () => {
    expect(queuedAt50(withQueue('inactive', false))).toEqual(['50 unqueued #2 requeued']);
  });

  it('Q11: "session state is ended" matches an ended session', () => {
    expect(queuedAt50(withQueue('ended', false))).toEqual(['50 unqueued #2 requeued', '50 queued #2 sleepy email']);
  });
});

describe('R48: after the session ended, a customer who writes again gets a new ticket', () => {
  it('R48: the customer writes again 100 s after the agent ended the session: a new ticket; the old one is untouched', () => {
    const r = record(chat({ conversation: [`followUp: { probability: 1, after: ${fixed('100s')} }`], horizon: '150s' }));
    expect(ticketLines(r, 1)).toEqual([
      '0 created #1 messaging',
      '0 offered #1 to a-1',
      '0 offer #1 accepted by a-1',
      '0 assigned #1 to a-1 as messaging (routed)',
      '0 status #1 new→open',
      '10 message #1 agent',
      '30 message #1 end_user',
      '40 message #1 agent',
      '40 session #1 active→ended freed',
      '40 ended #1 by agent freed',
      '40 stranded #1 session-ended',
    ]);
    expect(ticketLines(r, 2)).toEqual([
      '140 created #2 messaging follow-up of #1',
      '140 offered #2 to a-1',
      '140 offer #2 accepted by a-1',
      '140 assigned #2 to a-1 as messaging (routed)',
      '140 status #2 new→open',
      '150 message #2 agent',
    ]);
  });

  it('R48: a customer cut off mid-conversation sends their next message as planned, on a new ticket', () => {
    // The agent's reply is at 10, the customer's next message due at 30; a trigger ends the session at 15.
    const r = record(chat({ horizon: '35s' }), { until: 15 });
    act(r, 15, (e) => session.endSession(e, ticket(e, 1), 'trigger', null));
    r.engine.runUntil(35);
    expect(linesOf(r, 'TicketCreated', 'MessageSent')).toEqual([
      '0 created #1 messaging',
      '10 message #1 agent',
      '30 created #2 messaging follow-up of #1',
    ]);
    expect(ticketLines(r, 1).at(-1)).toBe('15 stranded #1 session-ended');
  });

  it('R48: a customer whose conversation is solved mid-conversation (a trigger, auto-release) writes as planned, on a new ticket', () => {
    // The solved ticket leaves the run, and its session with it; the customer's message due at 30
    // was lost with it, so recipe F1 (solve on going inactive) hid every customer who came back.
    const r = record(chat({ horizon: '35s' }), { until: 15 });
    act(r, 15, (e) => fields.setStatus(e, ticket(e, 1), SOLVED));
    r.engine.runUntil(35);
    expect(linesOf(r, 'TicketCreated', 'MessageSent')).toEqual([
      '0 created #1 messaging',
      '10 message #1 agent',
      '30 created #2 messaging follow-up of #1',
    ]);
  });

  it('R48: a customer who gave up waiting does not come back as a follow-up', () => {
    // Patience 5 s, nobody to answer: the customer leaves at 5, and nothing of theirs is planned.
    const r = record(chat({ horizon: '1h', messaging: ['patience: { distribution: deterministic, value: 5s }'], agents: ['{ team: a, count: 0, capacity: { messaging: 1, email: 1 } }'] }));
    expect(linesOf(r, 'TicketCreated')).toEqual(['0 created #1 messaging']);
  });

  it('R48: with follow-up probability 0 a customer who was done does not write again', () => {
    const r = record(chat({ horizon: '1d' }));
    expect(linesOf(r, 'TicketCreated')).toEqual(['0 created #1 messaging']);
  });
});
