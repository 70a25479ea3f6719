// Exact traces of optional skills dropped in stages (R18): each skills timeout drops the
// optional skills of the lowest API priority still on the ticket (#3, then #2, then #1; a
// missing stage takes no timeout), and the clock starts again while optional skills remain.
// Zendesk, "Setting skill priority with skills in trigger action": for skills #1, #3 and #0,
// "After the first skills timeout occurs [#3] will be dropped, then [#1] will subsequently be
// dropped after the second skills timeout, which would leave only [#0]".

import { describe, it, expect } from 'vitest';
import { desk as emailDesk, withRules } from '../triggers/ruleTrace.ts';
import { desk, recordSkills, story } from './skillDesk.ts';
import { act } from '../behaviour/tinyChat.ts';
import { record } from '../support/record.ts';
import { OFFLINE } from '../../sim/model/codes.ts';

const CREATED = [{ field: 'update_type', operator: 'is', value: 'Create' }];
const onCreate = (value: string[]) => ({ title: 'skills', conditions: { all: CREATED, any: [] }, actions: [{ field: 'add_skills', value }] });
/** tier2-1 holds only tier2; nobody holds spanish or billing (a team of 0 declares them). */
const TIER2 = '{ team: tier2, count: 1, capacity: { email: 1 }, skills: [tier2] }';
const NOBODY = '{ team: nobody, count: 0, capacity: { email: 1 }, skills: [spanish, billing, vip] }';
/** The documentation's example: #1, #3 and #0. */
const DOC_EXAMPLE = ['spanish#1', 'billing#3', 'tier2#0'];

/** Email tickets that each get `skills` from a trigger on creation (skills timeout 60 s). */
const emailWith = (skills: string[], o: { times?: string[]; agents?: string[] } = {}) => record(withRules(
  emailDesk({ times: o.times ?? ['0s'], horizon: '400s', settings: { skillsTimeoutEmail: '60s' }, agents: o.agents ?? [TIER2, NOBODY] }),
  { triggers: [onCreate(skills)] },
));

describe('R18: each skills timeout drops one priority stage of optional skills', () => {
  it('R18: the doc\'s example (spanish#1, billing#3, tier2#0): billing (#3) drops at the first timeout (60), spanish (#1) at the second (120), leaving tier2', () => {
    expect(story(emailWith(DOC_EXAMPLE))).toEqual([
      '0 queued #1 standard/support',
      '60 dropped #1 billing (priority 3) keeps tier2+spanish',
      '120 dropped #1 spanish (priority 1) keeps tier2',
      '120 assigned #1 to tier2-1',
    ]);
  });

  it('R18: messaging, the doc\'s example: no agent holding the skills online, the stages drop at 30 and 60 s', () => {
    const agents = ['{ team: tier2, count: 1, capacity: { messaging: 1 }, skills: [tier2] }', '{ team: nobody, count: 0, capacity: { messaging: 1 }, skills: [spanish, billing] }'];
    const yaml = withRules(desk({ channel: 'messaging', agents }), { triggers: [onCreate(DOC_EXAMPLE)] });
    expect(story(record(yaml))).toEqual([
      '0 queued #1 standard/support',
      '30 dropped #1 billing (priority 3) keeps tier2+spanish',
      '60 dropped #1 spanish (priority 1) keeps tier2',
      '60 assigned #1 to tier2-1',
    ]);
  });

  it('R18: all three stages: #3 (vip) at 60, #2 (billing) at 120, #1 (spanish) at 180', () => {
    expect(story(emailWith(['spanish#1', 'billing#2', 'vip#3', 'tier2#0']))).toEqual([
      '0 queued #1 standard/support',
      '60 dropped #1 vip (priority 3) keeps tier2+spanish+billing',
      '120 dropped #1 billing (priority 2) keeps tier2+spanish',
      '180 dropped #1 spanish (priority 1) keeps tier2',
      '180 assigned #1 to tier2-1',
    ]);
  });

  it('R18: only #1 skills (none given is #1, the API default): all drop together at the first timeout, as before', () => {
    expect(story(emailWith(['spanish', 'billing#1', 'tier2#0']))).toEqual([
      '0 queued #1 standard/support',
      '60 dropped #1 spanish+billing (priority 1) keeps tier2',
      '60 assigned #1 to tier2-1',
    ]);
  });

  it('R18: skills drawn by the channel mix drop in stages too (priority: 3 before optional: true, which is #1)', () => {
    const yaml = desk({ horizon: '400s', settings: { skillsTimeoutEmail: '60s' }, agents: ['{ team: gen, count: 1, capacity: { email: 1 } }'],
      extra: ['skills: { spanish: { share: 100%, optional: true }, billing: { share: 100%, priority: 3 } }'] });
    expect(story(record(yaml))).toEqual([
      '0 queued #1 standard/support',
      '60 dropped #1 billing (priority 3) keeps spanish',
      '120 dropped #1 spanish (priority 1)',
      '120 assigned #1 to gen-1',
    ]);
  });
});

describe('R18: between stages the remaining optional skills still decide who gets the ticket', () => {
  it('R18: email — after billing (#3) drops, #2 still needs spanish: the free tier2-1 does not get it; es-1 does at 160, and spanish never drops', () => {
    // Both tickets get the doc's skills. #1 (front from 0) loses billing at 60 and goes to
    // es-1; #2 is then the front: it loses billing at 120, and its clock starts again (due 180),
    // but es-1 frees at 160 and takes it.
    const ES = '{ team: es, count: 1, capacity: { email: 1 }, skills: [tier2, spanish] }';
    expect(story(emailWith(DOC_EXAMPLE, { times: ['0s', '5s'], agents: [TIER2, ES, NOBODY] }))).toEqual([
      '0 queued #1 standard/support',
      '5 queued #2 standard/support',
      '60 dropped #1 billing (priority 3) keeps tier2+spanish',
      '60 assigned #1 to es-1',
      '120 dropped #2 billing (priority 3) keeps tier2+spanish',
      '160 assigned #2 to es-1',
    ]);
  });

  it('R18: email — the next stage\'s clock starts at the queue front: overtaken by urgent #3, #2 loses spanish 60 s after #3 leaves (160)', () => {
    // vip-1 handles #1 until 100. #2 (1 s, the doc's skills) is the front from 1: billing drops
    // at 61, but urgent #3 (30 s, vip) is the front then. vip-1 takes #3 at 100; #2 is the
    // front again and its clock starts: spanish drops at 160 (at 121 had it started at 61).
    const r = recordSkills(desk({
      times: ['0s', '1s', '30s'], horizon: '400s', settings: { skillsTimeoutEmail: '60s' }, extra: ['skills: { vip: 50% }'],
      agents: ['{ team: vip, count: 1, capacity: { email: 1 }, skills: [vip] }', TIER2, NOBODY],
    }), { 1: { skills: ['vip'] }, 2: { skills: ['tier2'], optional: ['spanish'], low: ['billing'] }, 3: { skills: ['vip'], priority: 'urgent' } });
    expect(story(r)).toEqual([
      '0 assigned #1 to vip-1',
      '1 queued #2 standard/support',
      '30 queued #3 standard/support',
      '61 dropped #2 billing (priority 3) keeps tier2+spanish',
      '100 assigned #3 to vip-1',
      '160 dropped #2 spanish (priority 1) keeps tier2',
      '160 assigned #2 to tier2-1',
    ]);
  });

  // Messaging: es-1 (tier2, spanish) is busy with #1 (spanish required) until 100. #2 (10 s)
  // has tier2 (#0), spanish (#1) and billing (#3), which nobody holds, so its clock runs. (The
  // mix only switches skills routing on: recordSkills gives the tickets their skills.)
  const chat = () => recordSkills(desk({
    channel: 'messaging', times: ['0s', '10s'], extra: ['skills: { spanish: 50%, billing: 50%, tier2: 50% }'],
    agents: ['{ team: tier2, count: 1, capacity: { messaging: 1 }, skills: [tier2] }', '{ team: es, count: 1, capacity: { messaging: 1 }, skills: [tier2, spanish] }'],
  }), { 1: { skills: ['spanish'] }, 2: { skills: ['tier2'], optional: ['spanish'], low: ['billing'] } }, 50);

  it('R18: messaging — once billing drops (40), es-1 (online, busy) holds the rest: the clock stops and es-1 takes #2 at 100', () => {
    const r = chat();
    r.engine.runUntil(1000);
    expect(story(r)).toEqual([
      '0 assigned #1 to es-1',
      '10 queued #2 standard/support',
      '40 dropped #2 billing (priority 3) keeps spanish+tier2',
      '100 assigned #2 to es-1',
    ]);
  });

  it('R18: messaging — es-1 going offline (50) starts the next stage\'s clock: spanish drops at 80 and tier2-1 takes #2', () => {
    const r = chat();
    act(r, 50, (e) => e.setAgentStatus(e.agents[1]!, OFFLINE));
    r.engine.runUntil(1000);
    expect(story(r)).toEqual([
      '0 assigned #1 to es-1',
      '10 queued #2 standard/support',
      '40 dropped #2 billing (priority 3) keeps spanish+tier2',
      '80 dropped #2 spanish (priority 1) keeps tier2',
      '80 assigned #2 to tier2-1',
    ]);
  });
});
