// Exact traces of the firing loop (R51–R54, Q9): position order, once per update, changes
// seen by later triggers, the re-loop after a change (R52) against a single pass (Q9), no-op
// firings, triggers before routing (R53), routing's assignment as an update of its own, closed
// tickets, messaging triggers per conversation event and after the session ended (R46), time
// windows, a switch on queue length, and hourly automations.

import { describe, it, expect } from 'vitest';
import { chat, act, ticket } from '../behaviour/tinyChat.ts';
import { record } from '../support/record.ts';
import type { Recording } from '../support/record.ts';
import { compileText } from '../support/scenarios.ts';
import { Engine } from '../../sim/engine/Engine.ts';
import { copyEvent } from '../../sim/model/events.ts';
import type { SimEvent } from '../../sim/model/events.ts';
import { simulate } from '../../sim/run/simulate.ts';
import { CLOSED, PRIORITIES, SESSION_ENDED } from '../../sim/model/codes.ts';
import { setPriority } from '../../sim/behaviour/ticketFields.ts';
import { desk, firings, only, probe, story, withRules } from './ruleTrace.ts';

const c = (field: string, operator: string, value: unknown = null) => ({ field, operator, value });
const CREATED = [c('update_type', 'is', 'Create')];
const tag = (t: string) => [{ field: 'current_tags', value: t }];
const notify = [{ field: 'notification_user', value: 'x' }];
const twoGroups = ['{ team: a, count: 1, capacity: { email: 1 }, groups: [support] }', '{ team: b, count: 1, capacity: { email: 1 }, groups: [billing] }'];

describe('R51: order and once per update', () => {
  it('triggers run in position order, not file order; equal positions keep the file order', () => {
    const r = record(withRules(desk(), {
      triggers: [
        probe('third', CREATED, [], { position: 3 }),
        probe('tie a', CREATED, [], { position: 5 }),
        probe('first', CREATED, [], { position: 1 }),
        probe('tie b', CREATED, [], { position: 5 }),
        probe('second', CREATED, [], { position: 2 }),
      ],
    }));
    expect(firings(r)).toEqual(['0 first #1 no-op', '0 second #1 no-op', '0 third #1 no-op', '0 tie a #1 no-op', '0 tie b #1 no-op']);
  });

  it('R52: each trigger fires at most once per update, even when a later one undoes its change', () => {
    // "up" (normal → high) and "down" (high → normal) would flip for ever; each fires once per
    // update — on the create, on routing's assignment and on the solve — and the last word is down's.
    const r = record(withRules(desk(), {
      triggers: [
        { title: 'up', conditions: [c('priority', 'is', 'normal')], actions: [{ field: 'priority', value: 'high' }] },
        { title: 'down', conditions: [c('priority', 'is', 'high')], actions: [{ field: 'priority', value: 'normal' }] },
      ],
    }), { until: 50 });
    expect(firings(r)).toEqual(['0 up #1', '0 down #1', '0 up #1', '0 down #1']);
    expect(PRIORITIES[ticket(r.engine, 1).priority]).toBe('normal');
    r.engine.runUntil(200);
    expect(firings(r).slice(4)).toEqual(['100 up #1', '100 down #1']);
  });

  it('R51: a change is seen by the triggers after it in the same pass (single pass, Q9)', () => {
    const r = record(withRules(desk({ settings: { triggerLoop: 'singlePass' } }), {
      triggers: [
        { title: 'tag x', conditions: CREATED, actions: tag('x') },
        { title: 'sees x', conditions: [...CREATED, c('current_tags', 'includes', 'x')], actions: tag('y') },
      ],
    }), { until: 50 });
    expect(firings(r)).toEqual(['0 tag x #1', '0 sees x #1']);
    expect(ticket(r.engine, 1).tags).toEqual(['auto-routing', 'x', 'y']);
  });
});

describe('R52 re-loop vs Q9 single pass', () => {
  // "route vip" is listed first but needs the tag that "mark vip", listed after it, adds.
  const rules = {
    triggers: [
      { title: 'route vip', conditions: [...CREATED, c('current_tags', 'includes', 'vip')], actions: [{ field: 'group_id', value: 'billing' }] },
      { title: 'mark vip', conditions: CREATED, actions: tag('vip') },
    ],
  };

  it('R52 (default restartSkipFired): after "mark vip" changes the ticket the pass restarts from the top: "route vip" fires, b-1 gets it', () => {
    const r = record(withRules(desk({ agents: twoGroups }), rules));
    expect(story(r)).toEqual([
      '0 created #1 email', '0 mark vip #1', '0 route vip #1',
      '0 assigned #1 to b-1 as email (routed)', '0 status #1 new→open',
      '100 status #1 open→solved',
    ]);
  });

  it('Q9 singlePass: one pass only — "route vip" was already passed over, the ticket stays in support (a-1)', () => {
    const r = record(withRules(desk({ agents: twoGroups, settings: { triggerLoop: 'singlePass' } }), rules));
    expect(story(r)).toEqual([
      '0 created #1 email', '0 mark vip #1',
      '0 assigned #1 to a-1 as email (routed)', '0 status #1 new→open',
      '100 status #1 open→solved',
    ]);
  });
});

describe('R51/R52: a no-op firing', () => {
  /** Runs the scenario counting how often each ticket trigger's conditions are evaluated. */
  function countEvaluations(yaml: string): { counts: Record<string, number>; r: Recording } {
    const compiled = compileText(yaml);
    const counts: Record<string, number> = {};
    for (const t of compiled.triggers.ticket) {
      const matches = t.matches;
      counts[t.spec.title] = 0;
      t.matches = (ticketArg, ctx) => {
        counts[t.spec.title]!++;
        return matches(ticketArg, ctx);
      };
    }
    const engine = new Engine(compiled, 0);
    const events: SimEvent[] = [];
    engine.bus.subscribe((e) => events.push(copyEvent(e)));
    engine.run();
    return { counts, r: { events, engine, agent: (i) => (i === null || i < 0 ? 'nobody' : engine.agents[i]!.name) } };
  }
  const never = [c('current_tags', 'includes', 'never')];

  it('is logged as not changing the ticket, is not counted as fired, and does not restart the pass', () => {
    // Three updates (create, assignment, solve), one pass each: every trigger is evaluated 3 times.
    const yaml = withRules(desk(), { triggers: [probe('before', never), probe('no-op', CREATED), probe('after', never)] });
    const { counts, r } = countEvaluations(yaml);
    expect(firings(r)).toEqual(['0 no-op #1 no-op']);
    expect(counts).toEqual({ before: 3, 'no-op': 3, after: 3 });
    expect(simulate(compileText(yaml), 0).triggers['no-op']).toEqual({ fired: 0, noOpFirings: 1, surveysSent: 0, switchedOnSeconds: 0 });
  });

  it('whereas a firing that changes the ticket restarts the pass: "before" is evaluated once more on the create', () => {
    const yaml = withRules(desk(), { triggers: [probe('before', never), { title: 'change', conditions: CREATED, actions: tag('x') }, probe('after', never)] });
    const { counts, r } = countEvaluations(yaml);
    expect(firings(r)).toEqual(['0 change #1']);
    expect(counts).toEqual({ before: 4, change: 3, after: 3 });
    expect(simulate(compileText(yaml), 0).triggers['change']).toEqual({ fired: 1, noOpFirings: 0, surveysSent: 0, switchedOnSeconds: 0 });
  });
});

describe('R53: triggers finish before routing looks at the ticket', () => {
  const vipQueue = ['{ name: vip, conditions: [{ field: current_tags, operator: includes, value: vip }], primaryGroups: [billing] }'];

  it('a tag set by a trigger on the create decides the custom queue (vip → billing\'s b-1)', () => {
    const r = record(withRules(desk({ agents: twoGroups, queues: vipQueue }), { triggers: [{ title: 'mark vip', conditions: CREATED, actions: tag('vip') }] }));
    expect(story(r).slice(0, 3)).toEqual(['0 created #1 email', '0 mark vip #1', '0 assigned #1 to b-1 as email (routed)']);
  });

  it('without the trigger the same ticket goes through the standard queue of its group (support\'s a-1)', () => {
    const r = record(desk({ agents: twoGroups, queues: vipQueue }));
    expect(story(r).slice(0, 2)).toEqual(['0 created #1 email', '0 assigned #1 to a-1 as email (routed)']);
  });

  it('a group set by a trigger decides the standard queue: the ticket waits for billing\'s agent, not support\'s', () => {
    // b-1 is busy with #1 (billing) until 100; #2 is moved to billing too, and waits although a-1 is free.
    const r = record(withRules(desk({ agents: twoGroups, times: ['0s', '1s'], horizon: '250s' }), {
      triggers: [{ title: 'to billing', conditions: CREATED, actions: [{ field: 'group_id', value: 'billing' }] }],
    }));
    expect(only(r, 'TriggerFired', 'TicketQueued', 'TicketAssigned')).toEqual([
      '0 to billing #1', '0 assigned #1 to b-1 as email (routed)',
      '1 to billing #2', '1 queued #2 standard/billing email',
      '100 assigned #2 to b-1 as email (routed)',
    ]);
  });
});

describe('routing\'s assignment is a new update with its own trigger run', () => {
  it('a trigger on "assignee changed from (none)" fires after routing assigns the ticket, in a run of its own', () => {
    const r = record(withRules(desk(), {
      triggers: [{ title: 'on assignment', conditions: [c('assignee_id', 'changed_from', '')], actions: tag('assigned') }],
    }), { until: 50 });
    expect(story(r)).toEqual(['0 created #1 email', '0 assigned #1 to a-1 as email (routed)', '0 status #1 new→open', '0 on assignment #1']);
    expect(ticket(r.engine, 1).tags).toEqual(['auto-routing', 'assigned']);
  });
});

describe('R51: closed tickets', () => {
  it('triggers run on the update that closes a ticket, later ones seeing it closed', () => {
    const r = record(withRules(desk(), {
      triggers: [
        { title: 'close', conditions: [c('status', 'changed_to', 'solved')], actions: [{ field: 'status', value: 'closed' }] },
        { title: 'sees closed', conditions: [c('status', 'is', 'closed')], actions: tag('closed') },
      ],
    }));
    expect(only(r, 'TriggerFired', 'TicketStatusChanged')).toEqual([
      '0 status #1 new→open',
      '100 status #1 open→solved', '100 status #1 solved→closed', '100 close #1', '100 sees closed #1',
    ]);
  });

  it('never on a ticket that was already closed when the update began', () => {
    // a-1 works on #1 for 1000 s; at 10 s an admin closes it (the closing update runs the
    // triggers), at 20 s its priority changes (an update of a closed ticket: no trigger runs).
    const r = record(withRules(desk({ handleTime: '1000s' }), {
      triggers: [probe('any update', []), { title: 'on close', conditions: [c('status', 'changed_to', 'closed')], actions: tag('closed') }],
    }), { until: 5 });
    act(r, 10, (e) => e.setStatus(ticket(e, 1), CLOSED));
    act(r, 20, (e) => setPriority(e, ticket(e, 1), 3));
    expect(firings(r)).toEqual(['0 any update #1 no-op', '0 any update #1 no-op', '10 any update #1 no-op', '10 on close #1']);
    expect(PRIORITIES[ticket(r.engine, 1).priority]).toBe('urgent');
  });
});

describe('R54: messaging triggers fire on conversation events', () => {
  it('conversation requested, added to a queue, assigned from the queue, message sent', () => {
    // a-1 (one slot) has #1 from 0; #2 waits from 5. #1: a-1 at 10, customer at 310, a-1 at 320
    // (solved). #2 is then offered and accepted at 320; a-1 replies at 330.
    const events = ['conversation_requested', 'added_to_queue', 'assigned', 'message_sent'];
    const r = record(withRules(chat({ horizon: '400s', times: ['0s', '5s'], customerThinkTime: '300s', closing: 'agentSolves' }), {
      messagingTriggers: events.map((event) => ({ title: event, event, actions: notify })),
    }));
    expect(firings(r)).toEqual([
      '0 msg conversation_requested #1 no-op', '0 msg assigned #1 no-op',
      '5 msg conversation_requested #2 no-op', '5 msg added_to_queue #2 no-op',
      '10 msg message_sent #1 no-op',
      '310 msg message_sent #1 no-op',
      '320 msg message_sent #1 no-op', '320 msg assigned #2 no-op',
      '330 msg message_sent #2 no-op',
    ]);
  });

  // R54: "conversation requested" fires when an AI handoff creates the ticket, *or when the user
  // returns after capacity was released*. DISCREPANCY: the engine fires conversation_requested
  // only on arrival; a user writing again to a conversation whose capacity was released by
  // inactivity (R27, R31) only fires message_sent.
  it('R54: a user returning after capacity was released requests the conversation again', () => {
    // a-1 replies at 10; the customer is silent for 3 min: inactive at 190, a-1's slot released;
    // the customer writes again at 310 (the session wakes up and counts again), a-1 solves at 320.
    const r = record(withRules(chat({ horizon: '400s', customerThinkTime: '300s', closing: 'agentSolves', settings: { inactivityPeriod: '3m' } }), {
      messagingTriggers: [{ title: 'requested', event: 'conversation_requested', actions: notify }],
    }));
    expect(only(r, 'SessionStateChanged', 'CapacityChanged')).toEqual([
      '0 capacity a-1 messaging=1', '190 session #1 active→inactive freed', '190 capacity a-1 messaging=0',
      '310 session #1 inactive→active', '310 capacity a-1 messaging=1', '320 capacity a-1 messaging=0',
    ]);
    expect(firings(r)).toEqual(['0 msg requested #1 no-op', '310 msg requested #1 no-op']);
  });

  it('R54: a manual assignment (a ticket trigger setting the assignee) is not "assigned from a queue"', () => {
    const r = record(withRules(chat({ horizon: '5s' }), {
      triggers: [{ title: 'manual', conditions: CREATED, actions: [{ field: 'assignee_id', value: 'a-1' }] }],
      messagingTriggers: [{ title: 'assigned', event: 'assigned', actions: notify }],
    }));
    expect(only(r, 'TicketAssigned', 'TriggerFired')).toEqual(['0 assigned #1 to a-1 as messaging (manual)', '0 manual #1']);
  });

  it('R46: messaging triggers stop once the session has ended; ticket triggers (Channel is Messaging) still run', () => {
    // The customer's message at 30 ends the session (messaging trigger "end it"); "after end",
    // listed after it, no longer fires for that message, nor for any later conversation event.
    const r = record(withRules(chat({ horizon: '100s' }), {
      messagingTriggers: [
        { title: 'end it', event: 'message_sent', conditions: [c('message_sender', 'is', 'end_user')], actions: [{ field: 'end_messaging_session', value: 'end_session' }] },
        { title: 'after end', event: 'message_sent', actions: notify },
      ],
      triggers: [{ title: 'ended (ticket trigger)', conditions: [c('channel', 'is', 'messaging'), c('messaging_session_state', 'changed_to', 'ended')], actions: tag('ended') }],
    }), { until: 50 });
    expect(only(r, 'SessionEnded', 'TriggerFired')).toEqual([
      '10 msg after end #1 no-op',
      '30 ended #1 by trigger freed', '30 msg end it #1',
      '30 ended (ticket trigger) #1',
    ]);
    // R50: no agent message follows the end (see the next test), so nothing else is a conversation event.
    expect(only(r, 'MessageSent')).toEqual(['10 message #1 agent', '30 message #1 end_user']);
    const t = ticket(r.engine, 1);
    expect(t.sessionState).toBe(SESSION_ENDED);
    // Another conversation event after the end, sent by hand: nothing fires either.
    act(r, 60, (e) => e.triggers!.messagingEvent(ticket(e, 1), 'message_sent', 'end_user'));
    expect(firings(r)).toEqual(['10 msg after end #1 no-op', '30 msg end it #1', '30 ended (ticket trigger) #1']);
  });

  // R50: after the end the composer's messaging option is disabled — no agent message can be
  // sent in the messaging channel, even when a messaging trigger ends the session on the
  // customer's message and the agent's reply was already due.
  it('R50: once a messaging trigger has ended the session on the customer\'s message, the agent sends no further message', () => {
    const r = record(withRules(chat({ horizon: '100s' }), {
      messagingTriggers: [
        { title: 'end it', event: 'message_sent', conditions: [c('message_sender', 'is', 'end_user')], actions: [{ field: 'end_messaging_session', value: 'end_session' }] },
      ],
    }));
    expect(only(r, 'MessageSent', 'SessionEnded')).toEqual(['10 message #1 agent', '30 message #1 end_user', '30 ended #1 by trigger freed']);
  });
});

describe('activeWindows', () => {
  it('a trigger is live only inside its windows: [10 s, 20 s) every 60 s, and once [60 s, 70 s)', () => {
    const r = record(withRules(desk({ times: ['5s', '10s', '20s', '65s', '75s', '130s'], agents: ['{ team: a, count: 1, capacity: { email: 10 } }'] }), {
      triggers: [
        probe('repeating', CREATED, [], { activeWindows: [{ from: '10s', to: '20s', every: '60s' }] }),
        probe('once', CREATED, [], { activeWindows: [{ from: '60s', to: '70s' }] }),
      ],
    }));
    expect(firings(r)).toEqual(['10 repeating #2 no-op', '65 once #4 no-op', '75 repeating #5 no-op', '130 repeating #6 no-op']);
  });
});

describe('switch: a trigger switched on while a queue is long', () => {
  it('checked every 45 s: on at 45 s (3 waiting > 1), off at 315 s (0 waiting ≤ 0); it fires only while on', () => {
    // a-1 (email 1, 100 s each) takes #1 at 0; #2–#4 wait from 1–3 s and are taken at 100, 200, 300.
    const yaml = withRules(desk({ horizon: '390s', times: ['0s', '1s', '2s', '3s'] }), {
      triggers: [probe('surge', [], [], { switch: { channel: 'email', above: 1, below: 0, checkEvery: '45s' } })],
    });
    const r = record(yaml);
    expect(only(r, 'TriggerSwitched', 'TriggerFired')).toEqual([
      '45 switched surge on at 3',
      '100 surge #1 no-op', '100 surge #2 no-op',
      '200 surge #2 no-op', '200 surge #3 no-op',
      '300 surge #3 no-op', '300 surge #4 no-op',
      '315 switched surge off at 0',
    ]);
    expect(simulate(compileText(yaml), 0).triggers['surge']!.switchedOnSeconds).toBe(270);
  });
});

describe('automations', () => {
  it('run every hour on the tickets matching then; their changes are updates that run the ticket triggers', () => {
    // #1 is worked on from 0 to 9000 s. Runs at 1 h (tag added), 2 h (already tagged: no-op), 3 h (solved, gone).
    const r = record(withRules(desk({ horizon: '4h', handleTime: '9000s' }), {
      automations: [{ title: 'remind', conditions: [c('status', 'is', 'open')], actions: tag('reminded') }],
      triggers: [{ title: 'escalate', conditions: [c('current_tags', 'includes', 'reminded'), c('priority', 'is', 'normal')], actions: [{ field: 'priority', value: 'urgent' }] }],
    }));
    expect(only(r, 'TriggerFired', 'TicketStatusChanged')).toEqual([
      '0 status #1 new→open',
      '3600 auto remind #1', '3600 escalate #1',
      '7200 auto remind #1 no-op',
      '9000 status #1 open→solved',
    ]);
  });
});
