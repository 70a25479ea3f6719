// Trigger actions: one test per action — its effect on a tiny scenario, and that repeating it
// when the ticket already has the value changes nothing, so the firing is a no-op (R51: not
// logged, and not counted as fired). Also manual assignment over capacity (R29), the routing
// channel and the session (R44, Q1), and one CSAT survey per ticket (R49).

import { describe, it, expect } from 'vitest';
import { chat, fixed, ticket } from '../behaviour/tinyChat.ts';
import { record } from '../support/record.ts';
import { compileText } from '../support/scenarios.ts';
import { simulate } from '../../sim/run/simulate.ts';
import { EMAIL, MESSAGING, OPEN, PRIORITIES, SESSION_ENDED } from '../../sim/model/codes.ts';
import { desk, firings, only, problemsOf, story, withRules } from './ruleTrace.ts';
import type { Rules } from './ruleTrace.ts';

const c = (field: string, operator: string, value: unknown = null) => ({ field, operator, value });
const CREATED = [c('update_type', 'is', 'Create')];

/** "set" does the action on the create; "again" (listed after it) does it once more. */
function setThenAgain(action: object, conditions: object[] = CREATED): object[] {
  return [
    { title: 'set', conditions, actions: [action] },
    { title: 'again', conditions, actions: [action] },
  ];
}

function figures(yaml: string) {
  return simulate(compileText(yaml), 0).triggers;
}

const SET_AGAIN = ['0 set #1', '0 again #1 no-op'];

describe('status', () => {
  it('sets the status (a pending ticket is not routed, R1); setting it again is a no-op, not counted as fired', () => {
    const yaml = withRules(desk(), { triggers: setThenAgain({ field: 'status', value: 'pending' }) });
    const r = record(yaml);
    expect(story(r)).toEqual(['0 created #1 email', '0 status #1 new→pending', ...SET_AGAIN]);
    expect(figures(yaml)).toEqual({
      set: { fired: 1, noOpFirings: 0, surveysSent: 0, switchedOnSeconds: 0 },
      again: { fired: 0, noOpFirings: 1, surveysSent: 0, switchedOnSeconds: 0 },
    });
  });

  it('"hold" is on-hold; solved ends the ticket\'s stay (no routing afterwards)', () => {
    const hold = record(withRules(desk(), { triggers: setThenAgain({ field: 'status', value: 'hold' }) }));
    expect(only(hold, 'TicketStatusChanged', 'TriggerFired')).toEqual(['0 status #1 new→on-hold', ...SET_AGAIN]);
    const solved = record(withRules(desk(), { triggers: setThenAgain({ field: 'status_category', value: 'solved' }) }));
    expect(story(solved)).toEqual(['0 created #1 email', '0 status #1 new→solved', ...SET_AGAIN]);
    expect(solved.engine.pool.bySlot.some((t) => t.id === 1)).toBe(false);
  });
});

describe('priority', () => {
  it('sets the priority; the same priority again is a no-op', () => {
    const r = record(withRules(desk(), { triggers: setThenAgain({ field: 'priority', value: 'urgent' }) }), { until: 50 });
    expect(firings(r)).toEqual(SET_AGAIN);
    expect(PRIORITIES[ticket(r.engine, 1).priority]).toBe('urgent');
  });
});

describe('group_id', () => {
  const twoGroups = ['{ team: a, count: 1, capacity: { email: 1 }, groups: [support] }', '{ team: b, count: 1, capacity: { email: 1 }, groups: [billing] }'];

  it('sets the group, which decides the standard queue and the agents (R53); the same group again is a no-op', () => {
    const r = record(withRules(desk({ agents: twoGroups }), { triggers: setThenAgain({ field: 'group_id', value: 'billing' }) }));
    expect(story(r)).toEqual([
      '0 created #1 email', ...SET_AGAIN,
      '0 assigned #1 to b-1 as email (routed)', '0 status #1 new→open',
      '100 status #1 open→solved',
    ]);
  });

  it('"" removes the group: an email ticket without group and custom queue is not routed (R2)', () => {
    const r = record(withRules(desk({ agents: twoGroups }), { triggers: setThenAgain({ field: 'group', value: '' }) }));
    expect(story(r)).toEqual(['0 created #1 email', ...SET_AGAIN, '0 stranded #1 no-queue']);
  });
});

describe('assignee_id (manual assignment)', () => {
  it('R29: a manual assignment may push the agent over capacity; nothing more is routed to them until they are back under it', () => {
    // a-1 takes 1 email. A trigger live in the first 2 s assigns new tickets to a-1 by hand:
    // #1 (0 s) and #2 (1 s) → 2 of 1. #3 (3 s) is routed: it waits until a-1 is below 1 again,
    // i.e. not when #1 is solved (100 s: 1 of 1) but when #2 is (101 s: 0 of 1).
    const r = record(withRules(desk({ horizon: '300s', times: ['0s', '1s', '3s'] }), {
      triggers: [{ title: 'manual', conditions: CREATED, actions: [{ field: 'assignee_id', value: 'a-1' }], activeWindows: [{ from: '0s', to: '2s' }] }],
    }));
    expect(story(r, ['RunStarted', 'RunEnded'])).toEqual([
      '0 created #1 email',
      '0 assigned #1 to a-1 as email (manual)', '0 status #1 new→open', '0 capacity a-1 email=1', '0 manual #1',
      '1 created #2 email',
      '1 assigned #2 to a-1 as email (manual)', '1 status #2 new→open', '1 capacity a-1 email=2', '1 manual #2',
      '3 created #3 email',
      '3 queued #3 standard/support email',
      '100 status #1 open→solved', '100 capacity a-1 email=1',
      '101 status #2 open→solved', '101 capacity a-1 email=0',
      '101 unqueued #3 assigned',
      '101 assigned #3 to a-1 as email (routed)', '101 status #3 new→open', '101 capacity a-1 email=1',
      '201 status #3 open→solved', '201 capacity a-1 email=0',
    ]);
  });

  it('"" hands the ticket back to routing, which assigns it again (a new update)', () => {
    const r = record(withRules(desk(), {
      triggers: [{
        title: 'hand back', conditions: [c('assignee_id', 'changed_from', ''), c('current_tags', 'not_includes', 'returned')],
        actions: [{ field: 'assignee_id', value: '' }, { field: 'current_tags', value: 'returned' }],
      }],
    }));
    expect(story(r)).toEqual([
      '0 created #1 email',
      '0 assigned #1 to a-1 as email (routed)', '0 status #1 new→open',
      '0 unassigned #1 from a-1: assignee changed', '0 hand back #1',
      '0 assigned #1 to a-1 as email (routed)',
      '100 status #1 open→solved',
    ]);
  });
});

describe('tags: current_tags (add), remove_tags, set_tags', () => {
  it('add: the tags are added once; adding them again is a no-op', () => {
    const r = record(withRules(desk(), { triggers: setThenAgain({ field: 'current_tags', value: 'vip gold' }) }), { until: 50 });
    expect(firings(r)).toEqual(SET_AGAIN);
    expect(ticket(r.engine, 1).tags).toEqual(['auto-routing', 'vip', 'gold']);
  });

  it('remove: without the auto-routing tag an email ticket is not routed through the standard queue (R2)', () => {
    const r = record(withRules(desk(), { triggers: setThenAgain({ field: 'remove_tags', value: ['auto-routing'] }) }));
    expect(story(r)).toEqual(['0 created #1 email', ...SET_AGAIN, '0 stranded #1 no-queue']);
    expect(r.events.find((e) => e.type === 'TicketStranded')).toMatchObject({ reason: 'email-routed without the "auto-routing" tag and no custom queue matches (R2, R10)' });
  });

  it('set: replaces every tag; the same set again is a no-op', () => {
    const r = record(withRules(desk(), { triggers: setThenAgain({ field: 'set_tags', value: 'x auto-routing' }) }), { until: 50 });
    expect(firings(r)).toEqual(SET_AGAIN);
    expect(ticket(r.engine, 1).tags).toEqual(['auto-routing', 'x']);
  });
});

describe('set_schedule (R55)', () => {
  it('sets the ticket\'s schedule (new tickets have the first one); the same schedule again is a no-op', () => {
    const schedules = { day: { 'mon-fri': '08:00-18:00' }, night: { 'mon-fri': '18:00-23:00' } };
    const r = record(withRules(desk(), {
      schedules,
      triggers: [...setThenAgain({ field: 'set_schedule', value: 'night' }), { title: 'day?', conditions: CREATED, actions: [{ field: 'schedule', value: 'night' }] }],
    }), { until: 50 });
    expect(firings(r)).toEqual([...SET_AGAIN, '0 day? #1 no-op']);
    expect(ticket(r.engine, 1).schedule).toBe(1);
    const untouched = record(withRules(desk(), { schedules, triggers: setThenAgain({ field: 'set_schedule', value: 'day' }) }), { until: 50 });
    expect(firings(untouched)).toEqual(['0 set #1 no-op', '0 again #1 no-op']);
  });
});

describe('satisfaction_score (CSAT survey, R49)', () => {
  it('one survey per ticket, counted under the trigger that sent it; a later survey action is a no-op', () => {
    const rules: Rules = {
      triggers: [
        { title: 'survey on solve', conditions: [c('status', 'changed_to', 'solved')], actions: [{ field: 'satisfaction_score', value: 'offered_to_requester' }] },
        { title: 'survey on create', conditions: CREATED, actions: [{ field: 'csat', value: true }] },
      ],
    };
    const yaml = withRules(desk({ times: ['0s', '10s'], agents: ['{ team: a, count: 1, capacity: { email: 2 } }'] }), rules);
    const r = record(yaml);
    expect(only(r, 'SurveySent', 'TriggerFired', 'TicketStatusChanged')).toEqual([
      '0 survey #1 by survey on create', '0 survey on create #1',
      '0 status #1 new→open',
      '10 survey #2 by survey on create', '10 survey on create #2',
      '10 status #2 new→open',
      '100 status #1 open→solved', '100 survey on solve #1 no-op',
      '110 status #2 open→solved', '110 survey on solve #2 no-op',
    ]);
    expect(figures(yaml)).toEqual({
      'survey on solve': { fired: 0, noOpFirings: 2, surveysSent: 0, switchedOnSeconds: 0 },
      'survey on create': { fired: 2, noOpFirings: 0, surveysSent: 2, switchedOnSeconds: 0 },
    });
  });
});

/** The tiny conversation; the ticket triggers act on the update in which routing assigns it (0 s). */
const CONVERSATION = chat({ horizon: '300s', conversation: [`endSessionWork: ${fixed('100s')}`] });
const ON_ASSIGNMENT = [c('channel', 'is', 'messaging'), c('assignee_id', 'changed_from', '')];
const ASSIGNED_AT_0 = [
  '0 created #1 messaging', '0 offered #1 to a-1', '0 offer #1 accepted by a-1',
  '0 assigned #1 to a-1 as messaging (routed)', '0 status #1 new→open',
];

describe('end_messaging_session (R44, Q1)', () => {
  it('Q1 default: only ends the session — the routing channel stays messaging, so the ticket is stranded (R4); status unchanged (R45)', () => {
    const r = record(withRules(CONVERSATION, { triggers: setThenAgain({ field: 'end_messaging_session', value: 'end_session' }, ON_ASSIGNMENT) }));
    expect(story(r)).toEqual([
      ...ASSIGNED_AT_0,
      '0 session #1 active→ended freed', '0 ended #1 by trigger freed', '0 stranded #1 session-ended',
      '0 set #1', '0 again #1 no-op',
    ]);
    const t = ticket(r.engine, 1);
    expect([t.routingChannel, t.status, t.sessionState, t.assignee]).toEqual([MESSAGING, OPEN, SESSION_ENDED, 0]);
  });

  it('Q1 endSessionActionSetsEmail: the session ends and the ticket becomes email work for its assignee', () => {
    const r = record(withRules(CONVERSATION.replace('channels:', 'settings:\n  endSessionActionSetsEmail: true\nchannels:'), {
      triggers: setThenAgain({ field: 'end_session', value: null }, ON_ASSIGNMENT),
    }));
    expect(story(r)).toEqual([
      ...ASSIGNED_AT_0,
      '0 session #1 active→ended freed', '0 ended #1 by trigger freed', '0 channel #1 messaging→email',
      '0 set #1', '0 again #1 no-op',
      '100 status #1 open→solved',
    ]);
  });
});

describe('set_routing_channel (R44)', () => {
  it('R44: sets the routing channel to email and ends the live session; the assignee carries on as email; again is a no-op', () => {
    const r = record(withRules(CONVERSATION, { triggers: setThenAgain({ field: 'set_routing_channel', value: 'email' }, ON_ASSIGNMENT) }));
    expect(only(r, 'SessionEnded', 'RoutingChannelChanged', 'TriggerFired', 'TicketStatusChanged')).toEqual([
      // The channel moves first, so the end frees nothing: the slot moved to email with the ticket.
      '0 status #1 new→open',
      '0 channel #1 messaging→email', '0 ended #1 by trigger',
      '0 set #1', '0 again #1 no-op',
      '100 status #1 open→solved',
    ]);
  });

  it('on an email ticket it changes nothing (a no-op firing)', () => {
    const r = record(withRules(desk(), { triggers: setThenAgain({ field: 'routing_channel', value: 'email' }) }));
    expect(firings(r)).toEqual(['0 set #1 no-op', '0 again #1 no-op']);
    expect(only(r, 'SessionEnded', 'RoutingChannelChanged')).toEqual([]);
  });

  // R44: the action sets routing channel = email (and ends a live session): the ticket stays
  // routable throughout, like a session ended with endSessionActionSetsEmail (Q1), so it is
  // never stranded (R4) nor its waiting customer deflected: the channel changes before the end.
  it('R44: a ticket moved to email by the action is never stranded nor its customer deflected', () => {
    // #2 waits behind #1 from 5 s and goes inactive after 60 s of silence (65 s); recipe B's
    // trigger moves it to email; it carries the auto-routing tag, so a-1 (email 1) takes it.
    const yaml = withRules(chat({
      horizon: '300s', times: ['0s', '5s'], customerThinkTime: '300s', closing: 'agentSolves',
      settings: { unassignedInactivityPeriod: '60s' }, messaging: ['tags: [auto-routing]'],
    }), {
      triggers: [{ title: 'B', conditions: [c('messaging_session_state', 'changed_to', 'inactive'), c('assignee_id', 'is', '')], actions: [{ field: 'set_routing_channel', value: 'email' }] }],
    });
    const r = record(yaml);
    expect(only(r, 'SessionEnded', 'RoutingChannelChanged', 'TicketAssigned', 'TicketStranded', 'TicketDeflected').filter((l) => l.includes('#2'))).toEqual([
      '65 channel #2 messaging→email', '65 ended #2 by trigger', '65 assigned #2 to a-1 as email (routed)',
    ]);
    expect(simulate(compileText(yaml), 0).sessions.stranded).toBe(0);
  });
});

describe('notifications', () => {
  it('notification_user / _group / _target / _webhook leave the ticket as it is: no-op firings', () => {
    const r = record(withRules(desk(), {
      triggers: ['notification_user', 'notification_group', 'notification_target', 'notification_webhook'].map((field) => ({ title: field, conditions: CREATED, actions: [{ field, value: ['x', 'subject', 'body'] }] })),
    }), { until: 50 });
    expect(firings(r)).toEqual(['0 notification_user #1 no-op', '0 notification_group #1 no-op', '0 notification_target #1 no-op', '0 notification_webhook #1 no-op']);
    const t = ticket(r.engine, 1);
    expect([t.routingChannel, t.status, t.assignee, t.tags]).toEqual([EMAIL, OPEN, 0, ['auto-routing']]);
  });
});

describe('action compile errors', () => {
  const withAction = (action: object) => problemsOf(withRules(desk(), { triggers: [{ title: 't', conditions: CREATED, actions: [action] }] }));

  it('an unknown action, or a value the action cannot take, is reported with its path', () => {
    expect(withAction({ field: 'colour', value: 'red' })[0]).toMatch(/^triggers\[0\]\.actions\[0\]\.field: unknown action "colour" \(known: status, status_category, priority, group_id, /);
    expect(withAction({ field: 'priority', value: 'asap' })).toEqual(['triggers[0].actions[0].value: expected one of low, normal, high, urgent, got "asap"']);
    expect(withAction({ field: 'status', value: 'done' })).toEqual(['triggers[0].actions[0].value: expected one of new, open, pending, on-hold, solved, closed, got "done"']);
    expect(withAction({ field: 'set_routing_channel', value: 'messaging' })).toEqual(['triggers[0].actions[0].value: only "email" can be set (R44), got "messaging"']);
    expect(withAction({ field: 'assignee_id', value: 'bob' })).toEqual(['triggers[0].actions[0].value: unknown agent "bob" (agents are named <team>-<n>, e.g. a-1)']);
    expect(withAction({ field: 'set_schedule', value: 'day' })).toEqual(['triggers[0].actions[0].value: unknown schedule "day" (schedules: none; add `schedules:` to the scenario)']);
    expect(withAction({ field: 'current_tags', value: '' })).toEqual(['triggers[0].actions[0].value: needs one or more tags']);
    expect(withAction({ field: 'satisfaction_score', value: 'rated' })).toEqual(['triggers[0].actions[0].value: expected offered_to_requester, got "rated"']);
    expect(withAction({ field: 'end_messaging_session', value: 'later' })).toEqual(['triggers[0].actions[0].value: expected end_session, got "later"']);
  });
});
