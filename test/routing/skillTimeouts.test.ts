// Exact traces of the skills timeout (R18): the optional skills of a waiting ticket are
// dropped once the timeout of its routing channel runs out. Email: the clock starts when the
// ticket reaches the front of its queue. Messaging (and talk): the clock runs only while no
// agent holding all the ticket's skills is online. A timeout of 0 keeps every skill required.

import { describe, it, expect } from 'vitest';
import { desk, recordSkills, story, assignments } from './skillDesk.ts';
import { act } from '../behaviour/tinyChat.ts';
import { record } from '../support/record.ts';
import { OFFLINE, ONLINE } from '../../sim/model/codes.ts';
import { DEFAULT_SETTINGS } from '../../sim/scenario/settings.ts';

const MIX = ['skills: { spanish: { share: 50%, optional: true }, billing: 50% }'];

describe('R18: skills timeout defaults', () => {
  it('R18: email 1 h, messaging 30 s, talk 30 s; optional skills are those marked optional', () => {
    expect([DEFAULT_SETTINGS.skillsTimeoutEmail, DEFAULT_SETTINGS.skillsTimeoutMessaging, DEFAULT_SETTINGS.skillsTimeoutVoice]).toEqual([3600, 30, 30]);
    expect(DEFAULT_SETTINGS.optionalSkills).toBe('marked');
  });
});

describe('R18: email — the clock starts at the queue front', () => {
  // gen-1 (no skills) handles #1 (0–100) and then #2 (100–200). #3 (10 s, optional spanish)
  // waits behind #2 (5 s) and reaches the front only at 100, when gen-1 takes #2.
  const front = (settings: Record<string, string> = {}) => recordSkills(desk({
    times: ['0s', '5s', '10s'], extra: MIX, settings: { skillsTimeoutEmail: '60s', ...settings },
    agents: ['{ team: gen, count: 1, capacity: { email: 1 } }'],
  }), { 3: { optional: ['spanish'] } });

  it('R18: the clock starts when the ticket reaches the front (100), not when it queues (10); its skills drop at 160', () => {
    expect(story(front())).toEqual([
      '0 assigned #1 to gen-1',
      '5 queued #2 standard/support',
      '10 queued #3 standard/support',
      '100 assigned #2 to gen-1',
      '160 dropped #3 spanish (priority 1)',
      '200 assigned #3 to gen-1',
    ]);
  });

  it('R18: with no timeout (skillsTimeoutEmail 0) every skill stays required: #3 is never answered', () => {
    const r = front({ skillsTimeoutEmail: '0s' });
    expect(assignments(r)).toEqual(['0 #1 gen-1', '100 #2 gen-1']);
    expect(story(r).some((l) => l.includes('dropped'))).toBe(false);
  });

  it('R18: a ticket whose skills are all required keeps them: the timeout drops nothing', () => {
    const r = recordSkills(desk({ times: ['0s', '5s', '10s'], extra: MIX, settings: { skillsTimeoutEmail: '60s' },
      agents: ['{ team: gen, count: 1, capacity: { email: 1 } }'] }), { 3: { skills: ['spanish'] } });
    expect(assignments(r)).toEqual(['0 #1 gen-1', '100 #2 gen-1']);
  });

  it('R18 (optionalSkills: all): every drawn skill is optional, so even an unmarked one drops', () => {
    // Every ticket draws billing (100 %, not marked optional); gen-1 lacks it. Each ticket's
    // clock starts when it reaches the front: #1 at 0, #2 when #1 leaves (60), #3 when #2
    // leaves (160: dropping its skills at 120 did not take #2 out of the queue).
    const yaml = (optionalSkills: string) => desk({ times: ['0s', '5s', '10s'], extra: ['skills: { billing: 100% }'],
      settings: { skillsTimeoutEmail: '60s', optionalSkills }, agents: ['{ team: gen, count: 1, capacity: { email: 1 } }'] });
    expect(story(record(yaml('all')))).toEqual([
      '0 queued #1 standard/support',
      '5 queued #2 standard/support',
      '10 queued #3 standard/support',
      '60 dropped #1 billing (priority 1)',
      '60 assigned #1 to gen-1',
      '120 dropped #2 billing (priority 1)',
      '160 assigned #2 to gen-1',
      '220 dropped #3 billing (priority 1)',
      '260 assigned #3 to gen-1',
    ]);
    expect(assignments(record(yaml('marked')))).toEqual([]);
  });

  it('R18: after the timeout the ticket goes at once to a free agent holding its required skills', () => {
    // bill-1 is free from the start but lacks spanish; #1 needs billing and (optionally) spanish.
    const r = recordSkills(desk({ extra: MIX, settings: { skillsTimeoutEmail: '60s' },
      agents: ['{ team: bill, count: 1, capacity: { email: 1 }, skills: [billing] }'] }), { 1: { skills: ['billing'], optional: ['spanish'] } });
    expect(story(r)).toEqual(['0 queued #1 standard/support', '60 dropped #1 spanish (priority 1) keeps billing', '60 assigned #1 to bill-1']);
  });

  it('R18: a ticket that leaves the queue stops its clock; the next front ticket starts its own', () => {
    // Timeout 150 s. es-1 (spanish) takes #2 at 100, before its clock (front since 5) runs out
    // at 155; #3 becomes the front at 100 (due 250) and is taken at 200. Had #3's clock started
    // when it queued (10), its skill would have dropped at 160.
    const r = recordSkills(desk({ times: ['0s', '5s', '10s'], extra: MIX, settings: { skillsTimeoutEmail: '150s' },
      agents: ['{ team: es, count: 1, capacity: { email: 1 }, skills: [spanish] }'] }), { 2: { optional: ['spanish'] }, 3: { optional: ['spanish'] } });
    expect(story(r)).toEqual([
      '0 assigned #1 to es-1',
      '5 queued #2 standard/support',
      '10 queued #3 standard/support',
      '100 assigned #2 to es-1',
      '200 assigned #3 to es-1',
    ]);
  });
});

describe('R18: messaging — the clock runs only while no skilled agent is online', () => {
  // gen-1 takes any conversation; es-1 holds spanish. #1 (0 s, spanish) keeps es-1 busy until
  // 100; #2 (10 s, optional spanish) waits.
  const chat = (esStatus: string, settings: Record<string, string> = {}) => desk({
    channel: 'messaging', times: ['0s', '10s'], extra: MIX, settings,
    agents: [
      '{ team: gen, count: 1, capacity: { messaging: 1 } }',
      `{ team: es, count: 1, capacity: { messaging: 1 }, skills: [spanish], status: ${esStatus} }`,
    ],
  });
  const skills = { 1: { skills: ['spanish'] }, 2: { optional: ['spanish'] } };

  it('R18: a skilled agent online but busy stops the clock: #2 waits for es-1 though gen-1 is free', () => {
    const r = recordSkills(chat('online'), skills);
    expect(story(r)).toEqual(['0 assigned #1 to es-1', '10 queued #2 standard/support', '100 assigned #2 to es-1']);
  });

  it('R18: with no skilled agent online, the optional skill drops after 30 s (default) and gen-1 takes #2', () => {
    const r = recordSkills(chat('offline'), { 2: { optional: ['spanish'] } });
    expect(story(r)).toEqual(['0 assigned #1 to gen-1', '10 queued #2 standard/support', '40 dropped #2 spanish (priority 1)', '100 assigned #2 to gen-1']);
  });

  it('R18: the clock starts when the last skilled agent goes offline (50), not when the ticket queued', () => {
    const r = recordSkills(chat('online'), skills, 50);
    act(r, 50, (e) => e.setAgentStatus(e.agents[1]!, OFFLINE));
    r.engine.runUntil(1000);
    expect(story(r)).toEqual(['0 assigned #1 to es-1', '10 queued #2 standard/support', '80 dropped #2 spanish (priority 1)', '80 assigned #2 to gen-1']);
  });

  it('R18: a skilled agent coming online stops the clock; going offline again restarts the full timeout', () => {
    // es-1 starts offline: #2's clock starts at 10 (due 40). #3 (12 s, urgent, spanish) waits too.
    // es-1 comes online at 20 and takes #3 (urgent first): #2's clock stops. es-1 goes offline
    // at 30 (still busy with #3): the clock starts again, 30 s → the drop is at 60, and gen-1
    // takes #2 when it frees at 100.
    const tickets = { 2: { optional: ['spanish'] }, 3: { skills: ['spanish'], priority: 'urgent' as const } };
    const r = recordSkills(desk({
      channel: 'messaging', times: ['0s', '10s', '12s'], extra: MIX,
      agents: ['{ team: gen, count: 1, capacity: { messaging: 1 } }', '{ team: es, count: 1, capacity: { messaging: 1 }, skills: [spanish], status: offline }'],
    }), tickets, 20);
    act(r, 20, (e) => e.setAgentStatus(e.agents[1]!, ONLINE));
    act(r, 30, (e) => e.setAgentStatus(e.agents[1]!, OFFLINE));
    r.engine.runUntil(1000);
    expect(story(r)).toEqual([
      '0 assigned #1 to gen-1',
      '10 queued #2 standard/support',
      '12 queued #3 standard/support',
      '20 assigned #3 to es-1',
      '60 dropped #2 spanish (priority 1)',
      '100 assigned #2 to gen-1',
    ]);
  });

  it('R18: calls use their own timeout (skillsTimeoutVoice): no Spanish speaker online, the skill drops 45 s after queueing', () => {
    const r = recordSkills(desk({
      channel: 'voice', times: ['0s', '10s'], extra: MIX, settings: { skillsTimeoutVoice: '45s', skillsTimeoutMessaging: '5s' },
      agents: ['{ team: gen, count: 1, capacity: { voice: 1 } }', '{ team: es, count: 1, capacity: { voice: 1 }, skills: [spanish], status: offline }'],
    }), { 2: { optional: ['spanish'] } });
    expect(story(r).filter((l) => l.includes('#2'))).toEqual(['10 queued #2 standard/support', '55 dropped #2 spanish (priority 1)', '100 assigned #2 to gen-1']);
  });

  it('R18: messaging timeout 0 keeps every skill required', () => {
    const r = recordSkills(chat('offline', { skillsTimeoutMessaging: '0s' }), { 2: { optional: ['spanish'] } });
    expect(assignments(r)).toEqual(['0 #1 gen-1']);
  });
});
