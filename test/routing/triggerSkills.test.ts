// Exact traces of skills set by triggers (add_skills, set_skills; R18, R53): the skills a
// trigger gives a new ticket decide who gets it, since triggers finish before routing; a
// waiting ticket whose skills an automation changes is placed again by its new skills; the
// skills timeout drops the optional ones. A scenario whose only skills come from triggers has
// skills routing switched on.

import { describe, it, expect } from 'vitest';
import { desk as emailDesk, withRules } from '../triggers/ruleTrace.ts';
import { desk, story, assignments } from './skillDesk.ts';
import { record } from '../support/record.ts';
import { compileText } from '../support/scenarios.ts';

const CREATED = [{ field: 'update_type', operator: 'is', value: 'Create' }];
const WAITING = [{ field: 'status', operator: 'is', value: 'new' }];
const GEN = '{ team: gen, count: 1, capacity: { email: 1 } }';
const ES = '{ team: es, count: 1, capacity: { email: 1 }, skills: [spanish] }';
/** Declares spanish without anyone to hold it. */
const NOBODY_ES = '{ team: es, count: 0, capacity: { email: 1 }, skills: [spanish] }';

const onCreate = (value: unknown, field = 'add_skills') => ({ title: 'spanish', conditions: { all: CREATED, any: [] }, actions: [{ field, value }] });
/** An automation: every minute, the actions apply to every ticket still new (waiting). */
const everyMinute = (field: string, value: unknown) => ({ title: 'sweep', every: '60s', conditions: { all: WAITING, any: [] }, actions: [{ field, value }] });

describe('skills routing is switched on by skill triggers alone', () => {
  it('a scenario whose channels draw no skills has skills routing only when a trigger or automation sets skills', () => {
    expect(compileText(emailDesk({ agents: [GEN, ES] })).skills).toBeNull();
    expect(compileText(withRules(emailDesk({ agents: [GEN, ES] }), { triggers: [onCreate(['spanish'])] })).skills?.names).toEqual(['spanish']);
    expect(compileText(withRules(emailDesk({ agents: [GEN, ES] }), { automations: [everyMinute('set_skills', [])] })).skills).not.toBeNull();
  });
});

describe('R53: skills a trigger sets on creation are in place before routing', () => {
  it('R53: without the trigger gen-1 gets #1; with add_skills spanish#0 only the holder of spanish (es-1) does', () => {
    const base = emailDesk({ agents: [GEN, ES] });
    expect(assignments(record(base))).toEqual(['0 #1 gen-1']);
    expect(assignments(record(withRules(base, { triggers: [onCreate(['spanish#0'])] })))).toEqual(['0 #1 es-1']);
  });

  it('R53: while the holder is busy the ticket waits for them, though gen-1 is free', () => {
    const yaml = withRules(emailDesk({ times: ['0s', '10s'], horizon: '300s', agents: [GEN, ES] }), { triggers: [onCreate('spanish#0', 'set_skills')] });
    expect(assignments(record(yaml))).toEqual(['0 #1 es-1', '100 #2 es-1']);
  });
});

describe('R18: a waiting ticket whose skills change is placed again by its new skills', () => {
  it('R18: skills removed (set_skills []) at 60: #2 stops waiting for es-1 and goes to the free gen-1 at once', () => {
    const yaml = withRules(emailDesk({ times: ['0s', '10s'], horizon: '300s', agents: [GEN, ES] }), {
      triggers: [onCreate(['spanish#0'])], automations: [everyMinute('set_skills', [])],
    });
    expect(story(record(yaml))).toEqual([
      '0 assigned #1 to es-1',
      '10 queued #2 standard/support',
      '60 assigned #2 to gen-1',
    ]);
    const out = record(yaml).events.flatMap((e) => (e.type === 'TicketRemovedFromQueue' ? [`${e.t} #${e.ticket} ${e.reason}`] : []));
    expect(out).toEqual(['60 #2 requeued']);
  });

  it('R18: skills added (add_skills spanish#0) at 60: when gen-1 frees up at 100 it does not take #3; es-1 does at 105', () => {
    const base = emailDesk({ times: ['0s', '5s', '10s'], horizon: '300s', agents: [GEN, ES] });
    expect(assignments(record(base))).toEqual(['0 #1 gen-1', '5 #2 es-1', '100 #3 gen-1']);
    const r = record(withRules(base, { automations: [everyMinute('add_skills', 'spanish#0')] }));
    expect(assignments(r)).toEqual(['0 #1 gen-1', '5 #2 es-1', '105 #3 es-1']);
    // It left the queue under its old skills and came back (R16: same eligibility time), once.
    const moves = r.events.flatMap((e) => {
      if (e.type === 'TicketQueued' && e.ticket === 3) return [`${e.t} queued since ${e.eligibleAt}`];
      if (e.type === 'TicketRemovedFromQueue' && e.ticket === 3) return [`${e.t} out ${e.reason}`];
      return [];
    });
    expect(moves)
      .toEqual(['10 queued since 10', '60 out requeued', '60 queued since 10', '105 out assigned']);
  });

  it('R16: re-placed, it keeps its place: #3 (skills changed at 60) still goes before #4 (queued at 20)', () => {
    // Both wait for gen-1; the sweep sets billing (which gen holds) on every waiting ticket at 60.
    const agents = ['{ team: gen, count: 1, capacity: { email: 1 }, skills: [billing] }', NOBODY_ES];
    const yaml = withRules(emailDesk({ times: ['0s', '10s', '20s'], horizon: '400s', agents }), { automations: [everyMinute('set_skills', 'billing#0')] });
    expect(assignments(record(yaml))).toEqual(['0 #1 gen-1', '100 #2 gen-1', '200 #3 gen-1']);
  });
});

describe('R18: the skills timeout drops trigger-set optional skills', () => {
  it('R18: email — "spanish" (no priority: optional, as the API) drops 60 s after reaching the front; "spanish#0" never does', () => {
    const yaml = (value: string) => withRules(emailDesk({ horizon: '300s', settings: { skillsTimeoutEmail: '60s' }, agents: [GEN, NOBODY_ES] }), { triggers: [onCreate([value])] });
    expect(story(record(yaml('spanish')))).toEqual(['0 queued #1 standard/support', '60 dropped #1 spanish (priority 1)', '60 assigned #1 to gen-1']);
    expect(story(record(yaml('spanish#0')))).toEqual(['0 queued #1 standard/support']);
    expect(story(record(yaml('spanish#3')))).toEqual(['0 queued #1 standard/support', '60 dropped #1 spanish (priority 3)', '60 assigned #1 to gen-1']);
  });

  it('R18: messaging — the clock runs while no agent holding spanish is online: dropped at 30 s', () => {
    const yaml = withRules(desk({ channel: 'messaging', agents: ['{ team: gen, count: 1, capacity: { messaging: 1 } }', '{ team: es, count: 0, capacity: { messaging: 1 }, skills: [spanish] }'] }),
      { triggers: [onCreate('spanish#1')] });
    expect(story(record(yaml))).toEqual(['0 queued #1 standard/support', '30 dropped #1 spanish (priority 1)', '30 assigned #1 to gen-1']);
  });

  it('R18: skills added to a waiting ticket start its clock then (email: it is at the front): added at 60, dropped at 80', () => {
    const yaml = withRules(emailDesk({ times: ['0s', '10s'], horizon: '300s', settings: { skillsTimeoutEmail: '20s' }, agents: [GEN, NOBODY_ES] }),
      { automations: [everyMinute('add_skills', 'spanish')] });
    expect(story(record(yaml))).toEqual([
      '0 assigned #1 to gen-1',
      '10 queued #2 standard/support',
      '60 queued #2 standard/support',
      '80 dropped #2 spanish (priority 1)',
      '100 assigned #2 to gen-1',
    ]);
  });

  it('R18 (optionalSkills: all): even "spanish#0" is dropped', () => {
    const yaml = withRules(emailDesk({ horizon: '300s', settings: { skillsTimeoutEmail: '60s', optionalSkills: 'all' }, agents: [GEN, NOBODY_ES] }), { triggers: [onCreate(['spanish#0'])] });
    expect(assignments(record(yaml))).toEqual(['60 #1 gen-1']);
  });
});

describe('R18 + R36: an offer to an agent who lacks a skill set meanwhile is withdrawn', () => {
  it('R18: gen-1 is offered #1 (accepting takes 100 s); spanish#0 added at 60 withdraws it and es-1 is offered it', () => {
    const yaml = withRules(desk({
      channel: 'messaging', horizon: '400s', settings: { autoAccept: false, reassignIfNotAcceptedAfter: '0s' },
      extra: ['offers: { acceptTime: { distribution: deterministic, value: 100s } }'],
      agents: ['{ team: gen, count: 1, capacity: { messaging: 1 } }', '{ team: es, count: 1, capacity: { messaging: 1 }, skills: [spanish] }'],
    }), { automations: [everyMinute('add_skills', 'spanish#0')] });
    const r = record(yaml);
    const offers = r.events.flatMap((e) => {
      if (e.type === 'TicketOffered') return [`${e.t} offered #${e.ticket} to ${r.agent(e.agent)}`];
      if (e.type === 'OfferEnded') return [`${e.t} offer #${e.ticket} ${e.outcome}`];
      return [];
    });
    expect(offers).toEqual(['0 offered #1 to gen-1', '60 offer #1 withdrawn', '60 offered #1 to es-1', '160 offer #1 accepted']);
    expect(assignments(r)).toEqual(['160 #1 es-1']);
  });
});
