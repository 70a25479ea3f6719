// Trigger conditions (R47, R51, R54, R55): one test per field and operator family, each on a
// tiny scenario whose updates are known by hand. Probes (triggers that only notify) show which
// updates a condition matched; updates are named after the event that started them.

import { describe, it, expect } from 'vitest';
import { chat } from '../behaviour/tinyChat.ts';
import { record } from '../support/record.ts';
import { desk, firings, probe, probeRun, problemsOf, withRules } from './ruleTrace.ts';

const c = (field: string, operator: string, value: unknown = null) => ({ field, operator, value });

/**
 * One email ticket (#1) at 0, handled in 100 s by a-1:
 *   "0 #1 created"  (new, no previous values)
 *   "0 #1 assigned" (routing assigns it: assignee none → a-1, status new → open)
 *   "100 #1 solved" (open → solved)
 */
const ONE_EMAIL = desk();
const CREATED = '0 #1 created';
const ASSIGNED = '0 #1 assigned';
const SOLVED = '100 #1 solved';

/**
 * The same ticket with priority high, tag vip, schedule "day" (the first schedule), and an
 * automation at 60 s that escalates it: priority urgent, group billing, tag gold, schedule night.
 *   "0 #1 created", "0 #1 assigned", "60 #1 by escalate", "100 #1 solved"
 */
const ESCALATED = desk({
  email: ['priority: high', 'tags: [auto-routing, vip]'],
  agents: ['{ team: a, count: 1, capacity: { email: 1 }, groups: [support, billing] }'],
});
const ESCALATE_RULES = {
  schedules: { day: { 'every day': '06:00-18:00' }, night: { 'every day': '18:00-23:59' } },
  automations: [{
    title: 'escalate', every: '60s',
    conditions: { all: [c('priority', 'is', 'high')] },
    actions: [
      { field: 'priority', value: 'urgent' }, { field: 'group_id', value: 'billing' },
      { field: 'current_tags', value: 'gold' }, { field: 'set_schedule', value: 'night' },
    ],
  }],
};
const ESCALATION = '60 #1 by escalate';
const E_SOLVED = '100 #1 solved';

function escalated(probes: object[]) {
  return probeRun(ESCALATED, probes, ESCALATE_RULES);
}

describe('update_type (Ticket | Is | Created / Updated)', () => {
  it('R51: Create matches only the update that creates the ticket; Change every later one', () => {
    const { updates, matched } = probeRun(ONE_EMAIL, [
      probe('is Create', [c('update_type', 'is', 'Create')]),
      probe('is Change', [c('update_type', 'is', 'Change')]),
      probe('is_not Create', [c('update_type', 'is_not', 'Create')]),
      probe('ticket is created (aliases)', [{ field: 'ticket', value: 'created' }]),
    ]);
    expect(updates).toEqual([CREATED, ASSIGNED, SOLVED]);
    expect(matched).toEqual({
      'is Create': [CREATED],
      'is Change': [ASSIGNED, SOLVED],
      'is_not Create': [ASSIGNED, SOLVED],
      'ticket is created (aliases)': [CREATED],
    });
  });
});

describe('status and status_category', () => {
  it('is / is_not / less_than / greater_than follow new < open < pending < on-hold < solved < closed', () => {
    const { matched } = probeRun(ONE_EMAIL, [
      probe('is open', [c('status', 'is', 'open')]),
      probe('is_not open', [c('status', 'is_not', 'open')]),
      probe('less_than pending', [c('status', 'less_than', 'pending')]),
      probe('greater_than open', [c('status', 'greater_than', 'open')]),
      probe('is new or open', [c('status', 'is', ['new', 'open'])]),
    ]);
    expect(matched).toEqual({
      'is open': [ASSIGNED],
      'is_not open': [CREATED, SOLVED],
      'less_than pending': [CREATED, ASSIGNED],
      'greater_than open': [SOLVED],
      'is new or open': [CREATED, ASSIGNED],
    });
  });

  it('R51: the "changed" forms compare with the start of the update; on a create every value counts as changed from nothing', () => {
    const { matched } = probeRun(ONE_EMAIL, [
      probe('changed', [c('status', 'changed', 'new')]),
      probe('not_changed', [c('status', 'not_changed', 'new')]),
      probe('changed_to new', [c('status', 'changed_to', 'new')]),
      probe('changed_to open', [c('status', 'changed_to', 'open')]),
      probe('changed_from new', [c('status', 'changed_from', 'new')]),
      probe('changed_from open', [c('status', 'changed_from', 'open')]),
      probe('not_changed_to open', [c('status', 'not_changed_to', 'open')]),
      probe('not_changed_from open', [c('status', 'not_changed_from', 'open')]),
    ]);
    expect(matched).toEqual({
      'changed': [CREATED, ASSIGNED, SOLVED],
      'not_changed': [],
      // Created as new: "changed to new" even though nothing was there before.
      'changed_to new': [CREATED],
      'changed_to open': [ASSIGNED],
      // "Changed from" needs a previous value: never on the create.
      'changed_from new': [ASSIGNED],
      'changed_from open': [SOLVED],
      'not_changed_to open': [CREATED, SOLVED],
      'not_changed_from open': [CREATED, ASSIGNED],
    });
  });

  it('§9: the Triggers API operators value / value_previous / not_value / not_value_previous are changed_to / changed_from / not_changed_to / not_changed_from', () => {
    const { matched } = probeRun(ONE_EMAIL, [
      probe('value solved', [c('status', 'value', 'solved')]),
      probe('changed_to solved', [c('status', 'changed_to', 'solved')]),
      probe('value_previous new', [c('status', 'value_previous', 'new')]),
      probe('changed_from new', [c('status', 'changed_from', 'new')]),
      probe('not_value solved', [c('status', 'not_value', 'solved')]),
      probe('not_changed_to solved', [c('status', 'not_changed_to', 'solved')]),
      probe('not_value_previous new', [c('status', 'not_value_previous', 'new')]),
      probe('not_changed_from new', [c('status', 'not_changed_from', 'new')]),
    ]);
    expect(matched).toEqual({
      'value solved': [SOLVED],
      'changed_to solved': [SOLVED],
      'value_previous new': [ASSIGNED],
      'changed_from new': [ASSIGNED],
      'not_value solved': [CREATED, ASSIGNED],
      'not_changed_to solved': [CREATED, ASSIGNED],
      'not_value_previous new': [CREATED, SOLVED],
      'not_changed_from new': [CREATED, SOLVED],
    });
  });

  it('status_category matches as status does (custom statuses map onto their category); "hold" is on-hold', () => {
    const { matched } = probeRun(ONE_EMAIL, [
      probe('category is open', [c('status_category', 'is', 'open')]),
      probe('category changed_to solved', [c('status_category', 'changed_to', 'solved')]),
      probe('category less_than solved', [c('status_category', 'less_than', 'solved')]),
      probe('status is hold', [c('status', 'is', 'hold')]),
    ]);
    expect(matched).toEqual({
      'category is open': [ASSIGNED],
      'category changed_to solved': [SOLVED],
      'category less_than solved': [CREATED, ASSIGNED],
      'status is hold': [],
    });
  });

  // The Triggers API's "changed" and "not_changed" take no value ({ field: status, operator:
  // changed }); the ticket's own value is compared with the one at the start of the update.
  // DISCREPANCY: enum fields (status, priority, routing channel, session state…) refuse the
  // condition with 'needs a value: one of …', although the value is never used by these forms.
  it('§9: "changed" / "not_changed" need no value (they compare the field with itself)', () => {
    const yaml = withRules(ONE_EMAIL, {
      triggers: [
        probe('status changed', [c('status', 'changed')]),
        probe('priority not changed', [c('priority', 'not_changed')]),
        probe('state changed', [c('messaging_session_state', 'changed')]),
      ],
    });
    expect(problemsOf(yaml)).toEqual([]);
  });
});

describe('priority', () => {
  it('ordered low < normal < high < urgent, with the changed forms', () => {
    const { updates, matched } = escalated([
      probe('is high', [c('priority', 'is', 'high')]),
      probe('greater_than normal', [c('priority', 'greater_than', 'normal')]),
      probe('less_than urgent', [c('priority', 'less_than', 'urgent')]),
      probe('changed', [c('priority', 'changed', 'low')]),
      probe('not_changed', [c('priority', 'not_changed', 'low')]),
      probe('changed_to urgent', [c('priority', 'changed_to', 'urgent')]),
      probe('changed_from high', [c('priority', 'changed_from', 'high')]),
      probe('not_changed_to urgent', [c('priority', 'not_changed_to', 'urgent')]),
    ]);
    expect(updates).toEqual([CREATED, ASSIGNED, ESCALATION, E_SOLVED]);
    expect(matched).toEqual({
      'is high': [CREATED, ASSIGNED],
      'greater_than normal': [CREATED, ASSIGNED, ESCALATION, E_SOLVED],
      'less_than urgent': [CREATED, ASSIGNED],
      'changed': [CREATED, ESCALATION],
      'not_changed': [ASSIGNED, E_SOLVED],
      'changed_to urgent': [ESCALATION],
      'changed_from high': [ESCALATION],
      'not_changed_to urgent': [CREATED, ASSIGNED, E_SOLVED],
    });
  });
});

describe('group_id and assignee_id', () => {
  it('group_id: is / is_not a group name or "" (none), and the changed forms; "group" is an alias', () => {
    const { matched } = escalated([
      probe('is support', [c('group_id', 'is', 'support')]),
      probe('is billing', [c('group', 'is', 'billing')]),
      probe('is none', [c('group_id', 'is', '')]),
      probe('is_not support', [c('group_id', 'is_not', 'support')]),
      probe('changed', [c('group_id', 'changed')]),
      probe('not_changed', [c('group_id', 'not_changed')]),
      probe('changed_from support', [c('group_id', 'changed_from', 'support')]),
      probe('changed_to billing', [c('group_id', 'changed_to', 'billing')]),
    ]);
    expect(matched).toEqual({
      'is support': [CREATED, ASSIGNED],
      'is billing': [ESCALATION, E_SOLVED],
      'is none': [],
      'is_not support': [ESCALATION, E_SOLVED],
      'changed': [CREATED, ESCALATION],
      'not_changed': [ASSIGNED, E_SOLVED],
      'changed_from support': [ESCALATION],
      'changed_to billing': [ESCALATION],
    });
  });

  it('assignee_id: an agent by name or "" for none; routing\'s assignment is a change from none', () => {
    const { matched } = probeRun(ONE_EMAIL, [
      probe('is a-1', [c('assignee_id', 'is', 'a-1')]),
      probe('is none', [c('assignee', 'is', '')]),
      probe('is_not none', [c('assignee_id', 'is_not', null)]),
      probe('changed', [c('assignee_id', 'changed')]),
      probe('not_changed', [c('assignee_id', 'not_changed')]),
      probe('changed_from none', [c('assignee_id', 'changed_from', '')]),
      probe('changed_to a-1', [c('assignee_id', 'changed_to', 'a-1')]),
    ]);
    expect(matched).toEqual({
      'is a-1': [ASSIGNED, SOLVED],
      'is none': [CREATED],
      'is_not none': [ASSIGNED, SOLVED],
      'changed': [CREATED, ASSIGNED],
      'not_changed': [SOLVED],
      'changed_from none': [ASSIGNED],
      'changed_to a-1': [ASSIGNED],
    });
  });
});

describe('current_tags', () => {
  it('includes = at least one of the tags; not_includes = none of them (space-separated or a list)', () => {
    const { matched } = escalated([
      probe('includes vip', [c('current_tags', 'includes', 'vip')]),
      probe('includes gold silver', [c('current_tags', 'includes', 'gold silver')]),
      probe('includes [silver, gold]', [c('tags', 'includes', ['silver', 'gold'])]),
      probe('includes silver', [c('current_tags', 'includes', 'silver')]),
      probe('not_includes gold', [c('current_tags', 'not_includes', 'gold')]),
      probe('not_includes silver vip', [c('current_tags', 'not_includes', 'silver vip')]),
    ]);
    expect(matched).toEqual({
      'includes vip': [CREATED, ASSIGNED, ESCALATION, E_SOLVED],
      'includes gold silver': [ESCALATION, E_SOLVED],
      'includes [silver, gold]': [ESCALATION, E_SOLVED],
      'includes silver': [],
      'not_includes gold': [CREATED, ASSIGNED],
      'not_includes silver vip': [],
    });
  });
});

/**
 * The default tiny conversation with "route agent-ended sessions as email" on: assigned at 0,
 * messages at 10, 30, 40; at 40 the agent ends the session, the ticket becomes email work for
 * a-1 (100 s) and is solved at 140.
 *   "0 #1 created", "0 #1 assigned", "40 #1 session ended" (routing channel → email), "140 #1 solved"
 */
const ENDED_AS_EMAIL = chat({ horizon: '200s', settings: { routeAgentEndedAsEmail: true }, conversation: ['endSessionWork: { distribution: deterministic, value: 100s }'] });
const M_CREATED = '0 #1 created';
const M_ASSIGNED = '0 #1 assigned';
const M_ENDED = '40 #1 session ended';
const M_SOLVED = '140 #1 solved';

describe('channel (via) and routing_channel', () => {
  it('R8/R47: channel stays messaging; routing_channel changes to email when the session is routed as email', () => {
    const { updates, matched } = probeRun(ENDED_AS_EMAIL, [
      probe('channel is messaging', [c('channel', 'is', 'messaging')]),
      probe('via is chat', [c('via', 'is', 'chat')]),
      probe('channel is email', [c('channel', 'is', 'email')]),
      probe('channel is_not voice', [c('channel', 'is_not', 'voice')]),
      probe('routing is messaging', [c('routing_channel', 'is', 'messaging')]),
      probe('routing is email', [c('routing_channel', 'is', 'email')]),
      probe('routing changed', [c('routing_channel', 'changed', 'email')]),
      probe('routing changed_to email', [c('routing_channel', 'changed_to', 'email')]),
      probe('routing changed_from messaging', [c('routing_channel', 'changed_from', 'messaging')]),
      probe('routing not_changed', [c('routing_channel', 'not_changed', 'email')]),
    ]);
    expect(updates).toEqual([M_CREATED, M_ASSIGNED, M_ENDED, M_SOLVED]);
    expect(matched).toEqual({
      'channel is messaging': [M_CREATED, M_ASSIGNED, M_ENDED, M_SOLVED],
      'via is chat': [M_CREATED, M_ASSIGNED, M_ENDED, M_SOLVED],
      'channel is email': [],
      'channel is_not voice': [M_CREATED, M_ASSIGNED, M_ENDED, M_SOLVED],
      'routing is messaging': [M_CREATED, M_ASSIGNED],
      'routing is email': [M_ENDED, M_SOLVED],
      'routing changed': [M_CREATED, M_ENDED],
      'routing changed_to email': [M_ENDED],
      'routing changed_from messaging': [M_ENDED],
      'routing not_changed': [M_ASSIGNED, M_SOLVED],
    });
  });

  it('channel names: mail is email, talk is voice; an email ticket is via email', () => {
    const { matched } = probeRun(ONE_EMAIL, [
      probe('via is mail', [c('via', 'is', 'mail')]),
      probe('channel is talk', [c('channel', 'is', 'talk')]),
      probe('routing is email', [c('routing_channel', 'is', 'email')]),
    ]);
    expect(matched).toEqual({ 'via is mail': [CREATED, ASSIGNED, SOLVED], 'channel is talk': [], 'routing is email': [CREATED, ASSIGNED, SOLVED] });
  });
});

describe('messaging_session_ended_reason', () => {
  it('R47/recipe D: "Changed to | Ended by agent" matches the update that ends the session, under every spelling', () => {
    const { matched } = probeRun(ENDED_AS_EMAIL, [
      probe('changed_to agent', [c('messaging_session_ended_reason', 'changed_to', 'agent')]),
      probe('changed_to Ended by agent', [c('ended_reason', 'changed_to', 'Ended by agent')]),
      probe('value ended_by_agent', [c('messaging_session_ended_reason', 'value', 'ended_by_agent')]),
      probe('is agent', [c('messaging_session_ended_reason', 'is', 'agent')]),
      probe('is_not agent', [c('messaging_session_ended_reason', 'is_not', 'agent')]),
      probe('is trigger', [c('messaging_session_ended_reason', 'is', 'trigger')]),
      probe('changed_from agent', [c('messaging_session_ended_reason', 'changed_from', 'agent')]),
    ]);
    expect(matched).toEqual({
      'changed_to agent': [M_ENDED],
      'changed_to Ended by agent': [M_ENDED],
      'value ended_by_agent': [M_ENDED],
      'is agent': [M_ENDED, M_SOLVED],
      'is_not agent': [M_CREATED, M_ASSIGNED],
      'is trigger': [],
      'changed_from agent': [],
    });
  });
});

describe('messaging_session_state (R47, R31, Q11)', () => {
  it('active while the conversation runs, ended after the agent ends it; Q11 (default on): "inactive" also matches ended', () => {
    const probes = [
      probe('is active', [c('messaging_session_state', 'is', 'active')]),
      probe('is ended', [c('session_state', 'is', 'ended')]),
      probe('is inactive', [c('messaging_session_state', 'is', 'inactive')]),
      probe('is_not inactive', [c('messaging_session_state', 'is_not', 'inactive')]),
      probe('changed_to active', [c('messaging_session_state', 'changed_to', 'active')]),
      probe('changed_to inactive', [c('messaging_session_state', 'changed_to', 'inactive')]),
      probe('changed_to ended', [c('messaging_session_state', 'changed_to', 'ended')]),
      probe('changed_from active', [c('messaging_session_state', 'changed_from', 'active')]),
    ];
    const q11on = probeRun(ENDED_AS_EMAIL, probes).matched;
    expect(q11on).toEqual({
      'is active': [M_CREATED, M_ASSIGNED],
      'is ended': [M_ENDED, M_SOLVED],
      'is inactive': [M_ENDED, M_SOLVED],
      'is_not inactive': [M_CREATED, M_ASSIGNED],
      'changed_to active': [M_CREATED],
      'changed_to inactive': [M_ENDED],
      'changed_to ended': [M_ENDED],
      'changed_from active': [M_ENDED],
    });
    const q11off = probeRun(ENDED_AS_EMAIL.replace('settings:\n', 'settings:\n  endedCountsAsInactive: false\n'), probes).matched;
    expect(q11off).toEqual({ ...q11on, 'is inactive': [], 'is_not inactive': [M_CREATED, M_ASSIGNED, M_ENDED, M_SOLVED], 'changed_to inactive': [] });
  });

  it('R31: an active conversation whose status is not new or open is inactive (reason: ticket status); reopening makes it active again', () => {
    // a-1 replies at 10; the customer thinks 300 s and writes at 310. At 60 an automation sets
    // the open conversation pending; the customer's message at 310 reopens it (R31); a-1's
    // second reply at 320 is the last and solves it.
    const base = chat({ horizon: '400s', customerThinkTime: '300s', closing: 'agentSolves' });
    const { updates, matched } = probeRun(base, [
      probe('is inactive', [c('messaging_session_state', 'is', 'inactive')]),
      probe('is active', [c('messaging_session_state', 'is', 'active')]),
      probe('changed_to inactive', [c('messaging_session_state', 'changed_to', 'inactive')]),
      probe('changed_from inactive', [c('messaging_session_state', 'changed_from', 'inactive')]),
      probe('reason is ticket_status', [c('messaging_session_inactive_reason', 'is', 'ticket_status')]),
      probe('reason is user inactive', [c('inactive_reason', 'is', 'user_inactive_or_offline')]),
    ], { automations: [{ title: 'park', every: '60s', conditions: [c('status', 'is', 'open')], actions: [{ field: 'status', value: 'pending' }] }] });
    expect(updates).toEqual(['0 #1 created', '0 #1 assigned', '60 #1 pending', '310 #1 open', '320 #1 solved']);
    // Solved at 320 (the agent's last reply): not new or open, so inactive again.
    expect(matched).toEqual({
      'is inactive': ['60 #1 pending', '320 #1 solved'],
      'is active': ['0 #1 created', '0 #1 assigned', '310 #1 open'],
      'changed_to inactive': ['60 #1 pending', '320 #1 solved'],
      'changed_from inactive': ['310 #1 open'],
      'reason is ticket_status': ['60 #1 pending', '320 #1 solved'],
      'reason is user inactive': [],
    });
  });
});

describe('messaging_session_inactive_reason (R47, recipe F)', () => {
  it('the end user\'s silence makes the session inactive with reason "User inactive or offline"', () => {
    // Messages at 10, 30, 40; then the customer is silent: inactive 3 min after the agent's 40.
    const base = chat({ horizon: '300s', closing: 'customerGoesSilent', settings: { inactivityPeriod: '3m' } });
    const { updates, matched } = probeRun(base, [
      probe('is user_inactive_or_offline', [c('messaging_session_inactive_reason', 'is', 'user_inactive_or_offline')]),
      probe('is User inactive or offline', [c('messaging_session_inactive_reason', 'is', 'User inactive or offline')]),
      probe('is user_inactive', [c('inactive_reason', 'is', 'user_inactive')]),
      probe('changed_to user inactive', [c('messaging_session_inactive_reason', 'changed_to', 'user_inactive_or_offline')]),
      probe('is ticket_status', [c('messaging_session_inactive_reason', 'is', 'ticket_status')]),
      probe('state changed_to inactive', [c('messaging_session_state', 'changed_to', 'inactive')]),
      probe('recipe F1', [c('status_category', 'is', 'open'), c('messaging_session_state', 'changed_to', 'inactive'),
        c('messaging_session_inactive_reason', 'is', 'User inactive or offline')]),
    ]);
    const INACTIVE = '220 #1 session inactive';
    expect(updates).toEqual(['0 #1 created', '0 #1 assigned', INACTIVE]);
    expect(matched).toEqual({
      'is user_inactive_or_offline': [INACTIVE],
      'is User inactive or offline': [INACTIVE],
      'is user_inactive': [INACTIVE],
      'changed_to user inactive': [INACTIVE],
      'is ticket_status': [],
      'state changed_to inactive': [INACTIVE],
      'recipe F1': [INACTIVE],
    });
  });
});

describe('business hours (R55): within_business_hours, within_schedule, schedule_id', () => {
  // Email at 09:00 on day 0, 09:00 on day 2, 19:00 on day 2; support hours mon-fri 08:00-18:00.
  const times = ['"09:00"', '"d2 09:00"', '"d2 19:00"'];
  const D2_09 = 2 * 86400 + 9 * 3600;
  const D2_19 = 2 * 86400 + 19 * 3600;
  const schedules = { support: { 'mon-fri': '08:00-18:00' }, weekend: { 'sat-sun': '00:00-23:59' } };
  const created = [c('update_type', 'is', 'Create')];
  const probes = [
    probe('within business hours', [...created, c('within_business_hours', 'is', true)]),
    probe('outside business hours', [...created, c('within_business_hours', 'is', 'No')]),
    probe('within weekend', [...created, c('within_schedule', 'is', 'weekend')]),
    probe('not within weekend', [...created, c('within_schedule', 'is_not', 'weekend')]),
  ];

  it('the run starting on a Saturday: day 0 is closed, day 2 (Monday) is open until 18:00', () => {
    const { matched } = probeRun(desk({ horizon: '3d', times }), probes, { schedules, start: { weekday: 'saturday' } });
    expect(matched).toEqual({
      'within business hours': [`${D2_09} #2 created`],
      'outside business hours': ['32400 #1 created', `${D2_19} #3 created`],
      'within weekend': ['32400 #1 created'],
      'not within weekend': [`${D2_09} #2 created`, `${D2_19} #3 created`],
    });
  });

  it('the same arrivals on a run starting on a Monday (the default): day 0 and day 2 are weekdays', () => {
    const { matched } = probeRun(desk({ horizon: '3d', times }), probes, { schedules });
    expect(matched).toEqual({
      'within business hours': ['32400 #1 created', `${D2_09} #2 created`],
      'outside business hours': [`${D2_19} #3 created`],
      'within weekend': [],
      'not within weekend': ['32400 #1 created', `${D2_09} #2 created`, `${D2_19} #3 created`],
    });
  });

  it('schedule_id: new tickets take the first schedule; the changed forms see Set schedule', () => {
    const { matched } = escalated([
      probe('is day', [c('schedule_id', 'is', 'day')]),
      probe('is night', [c('schedule', 'is', 'night')]),
      probe('changed_to night', [c('schedule_id', 'changed_to', 'night')]),
      probe('changed_from day', [c('schedule_id', 'changed_from', 'day')]),
      probe('within night hours', [c('within_business_hours', 'is', 'yes')]),
    ]);
    expect(matched).toEqual({
      'is day': [CREATED, ASSIGNED],
      'is night': [ESCALATION, E_SOLVED],
      'changed_to night': [ESCALATION],
      'changed_from day': [ESCALATION],
      // The run's first 100 s are at 00:00-00:02: neither day nor night hours.
      'within night hours': [],
    });
  });
});

describe('messaging-trigger conditions (R54): message_sender, queue_size, agents_available', () => {
  it('message_sender: message-sent triggers see who wrote (agent at 10 and 40, the end user at 30)', () => {
    const notify = [{ field: 'notification_user', value: 'x' }];
    const r = record(withRules(chat({ horizon: '100s' }), {
      messagingTriggers: [
        { title: 'from user', event: 'message_sent', conditions: [c('message_sender', 'is', 'end_user')], actions: notify },
        { title: 'from agent', event: 'message_sent', conditions: [c('message_sender', 'is', 'agent')], actions: notify },
        { title: 'not from End user', event: 'message_sent', conditions: [c('message_sender', 'is_not', 'End user')], actions: notify },
      ],
    }));
    expect(firings(r)).toEqual([
      '10 msg from agent #1 no-op', '10 msg not from End user #1 no-op',
      '30 msg from user #1 no-op',
      '40 msg from agent #1 no-op', '40 msg not from End user #1 no-op',
    ]);
  });

  it('queue_size and agents_available: a-1 (one messaging slot) takes #1 at 0; #2 and #3 wait from 5 and 6', () => {
    const notify = [{ field: 'notification_user', value: 'x' }];
    const r = record(withRules(chat({ horizon: '100s', times: ['0s', '5s', '6s'], customerThinkTime: '300s' }), {
      messagingTriggers: [
        // Requested: before routing, so the queue holds the conversations already waiting.
        { title: 'requested, queue 0', event: 'conversation_requested', conditions: [c('queue_size', 'is', 0)], actions: notify },
        { title: 'requested, agent free', event: 'conversation_requested', conditions: [c('agents_available', 'greater_than', 0)], actions: notify },
        { title: 'requested, nobody free', event: 'conversation_requested', conditions: [c('agents_available', 'is', 0)], actions: notify },
        // Added to the queue: the queue includes the conversation itself.
        { title: 'queued, 1 waiting', event: 'added_to_queue', conditions: [c('queue_size', 'is', 1)], actions: notify },
        { title: 'queued, over 1', event: 'added_to_queue', conditions: [c('queue_size', 'greater_than', 1)], actions: notify },
        { title: 'queued, under 2', event: 'added_to_queue', conditions: [c('queue_size', 'less_than', 2)], actions: notify },
      ],
    }));
    expect(firings(r)).toEqual([
      '0 msg requested, queue 0 #1 no-op', '0 msg requested, agent free #1 no-op',
      '5 msg requested, queue 0 #2 no-op', '5 msg requested, nobody free #2 no-op',
      '5 msg queued, 1 waiting #2 no-op', '5 msg queued, under 2 #2 no-op',
      '6 msg requested, nobody free #3 no-op',
      '6 msg queued, over 1 #3 no-op',
    ]);
  });
});

describe('hours_since_created (automations)', () => {
  it('is (whole hours, rounded down) / less_than / greater_than at the hourly runs', () => {
    // #1 created at 0 and solved at 10000; #2 created at 1800 and solved at 11800. Runs at 1 h, 2 h, 3 h.
    const notify = [{ field: 'notification_user', value: 'x' }];
    const r = record(withRules(desk({ horizon: '4h', times: ['0s', '1800s'], handleTime: '10000s', agents: ['{ team: a, count: 1, capacity: { email: 2 } }'] }), {
      automations: [
        { title: 'is 1', conditions: [c('hours_since_created', 'is', 1)], actions: notify },
        { title: 'is 0', conditions: [c('hours_since_created', 'is', 0)], actions: notify },
        { title: 'under 2', conditions: [c('hours_since_created', 'less_than', 2)], actions: notify },
        { title: 'over 1', conditions: [c('hours_since_created', 'greater_than', 1)], actions: notify },
      ],
    }));
    expect(firings(r)).toEqual([
      '3600 auto is 1 #1 no-op', '3600 auto is 0 #2 no-op', '3600 auto under 2 #1 no-op', '3600 auto under 2 #2 no-op',
      '7200 auto is 1 #2 no-op', '7200 auto under 2 #2 no-op', '7200 auto over 1 #1 no-op', '7200 auto over 1 #2 no-op',
      '10800 auto over 1 #2 no-op',
    ]);
  });
});

describe('compile errors name the trigger, the condition and what is wrong', () => {
  const notify = [{ field: 'notification_user', value: 'x' }];
  const withTrigger = (cond: object, key: 'triggers' | 'messagingTriggers' | 'automations' = 'triggers') =>
    problemsOf(withRules(ONE_EMAIL, { [key]: [{ title: 't', ...(key === 'messagingTriggers' ? { event: 'message_sent' } : {}), conditions: [cond], actions: notify }] }));

  it('an unknown field, operator or value', () => {
    const [field] = withTrigger(c('colour', 'is', 'red'));
    expect(field).toMatch(/^triggers\[0\]\.conditions\.all\[0\]\.field: unknown field "colour" \(known: update_type, channel, routing_channel, status, /);
    expect(withTrigger(c('status', 'contains', 'open'))).toEqual([
      'triggers[0].conditions.all[0].operator: "status" takes is, is_not, less_than, greater_than, changed, changed_to, changed_from, not_changed, not_changed_to, not_changed_from, got "contains"',
    ]);
    expect(withTrigger(c('status', 'is', 'resolved'))).toEqual([
      'triggers[0].conditions.all[0].value: expected one of new, open, pending, on-hold, solved, closed, got "resolved"',
    ]);
    expect(withTrigger(c('group_id', 'is', 'vip'))).toEqual(['triggers[0].conditions.all[0].value: unknown group "vip" (groups: support)']);
    expect(withTrigger(c('assignee_id', 'is', 'bob'))).toEqual(['triggers[0].conditions.all[0].value: unknown agent "bob" (agents: a-1)']);
    expect(withTrigger(c('within_schedule', 'is', 'support'))).toEqual(['triggers[0].conditions.all[0].value: unknown schedule "support" (schedules: none)']);
    expect(withTrigger(c('within_business_hours', 'is', true))).toEqual(['triggers[0].conditions.all[0].value: needs a schedule: add `schedules:` to the scenario']);
    expect(withTrigger(c('hours_since_created', 'greater_than', 'soon'), 'automations')).toEqual([
      'automations[0].conditions.all[0].value: expected a number of hours ≥ 0, got "soon"',
    ]);
    expect(withTrigger(c('channel', 'changed_to', 'email'))).toEqual(['triggers[0].conditions.all[0].operator: "channel" takes is, is_not, got "changed_to"']);
  });

  it('trigger-only fields and the changed forms are refused in queue and automation conditions', () => {
    const queue = (cond: object) => problemsOf(desk({ queues: [`{ name: q, primaryGroups: [support], conditions: [${JSON.stringify(cond)}] }`] }));
    const [updateType] = queue(c('update_type', 'is', 'Create'));
    expect(updateType).toMatch(/^queues\[0\]\.conditions\.all\[0\]\.field: unknown field "update_type" \("update_type" is a trigger condition\) \(known: /);
    const [queueSize] = queue(c('queue_size', 'greater_than', 3));
    expect(queueSize).toMatch(/^queues\[0\]\.conditions\.all\[0\]\.field: unknown field "queue_size" \("queue_size" is a trigger condition\)/);
    expect(queue(c('status', 'changed_to', 'open'))).toEqual([
      'queues[0].conditions.all[0].operator: "status" takes is, is_not, less_than, greater_than, got "changed_to" (queue and automation conditions test the ticket as it is; "changed" forms are for triggers)',
    ]);
    const [auto] = withTrigger(c('message_sender', 'is', 'agent'), 'automations');
    expect(auto).toMatch(/^automations\[0\]\.conditions\.all\[0\]\.field: unknown field "message_sender" \("message_sender" is a trigger condition\)/);
    expect(withTrigger(c('priority', 'changed_to', 'high'), 'automations')[0]).toMatch(/^automations\[0\]\.conditions\.all\[0\]\.operator: "priority" takes is, is_not, less_than, greater_than, got "changed_to" \(queue and automation/);
  });

  it('R54: queue size, agents available and the message sender are messaging-trigger conditions, refused in ticket triggers', () => {
    const why = 'is a messaging-trigger condition (R54); use it under messagingTriggers';
    expect(withTrigger(c('queue_size', 'greater_than', 3))).toEqual([`triggers[0].conditions.all[0].field: "queue_size" ${why}`]);
    expect(withTrigger(c('agents_available', 'is', 0))).toEqual([`triggers[0].conditions.all[0].field: "agents_available" ${why}`]);
    expect(withTrigger(c('message_sender', 'is', 'agent'))).toEqual([`triggers[0].conditions.all[0].field: "message_sender" ${why}`]);
    expect(withTrigger(c('queue_size', 'greater_than', 3), 'messagingTriggers')).toEqual([]);
    expect(withTrigger(c('message_sender', 'is', 'customer'), 'messagingTriggers')).toEqual([
      'messagingTriggers[0].conditions.all[0].value: expected end_user or agent, got "customer"',
    ]);
  });
});
