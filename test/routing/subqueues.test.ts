// Subqueues (R12): a custom queue's tickets are shared among up to 5 subqueues, at random by
// their percentages (one draw per ticket from the stream "subqueue/<routing channel>"); each
// subqueue is served by its own primary groups, then its secondary groups (R11).

import { describe, it, expect } from 'vitest';
import { desk, recordSkills, story, assignments } from './skillDesk.ts';
import { AleaStream } from '../../sim/kernel/RandomStreams.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { formatProblem } from '../../sim/scenario/read/Problems.ts';

const SPLIT = (tier1 = '{ name: tier1, share: 70%, primaryGroups: [tier1] }', tier2 = '{ name: tier2, share: 30%, primaryGroups: [tier2] }') =>
  `{ name: support, conditions: { all: [{ field: channel, operator: is, value: email }] }, subqueues: [${tier1}, ${tier2}] }`;
const TIERS = ['{ team: t1, count: 1, capacity: { email: 1 }, groups: [tier1] }', '{ team: t2, count: 1, capacity: { email: 1 }, groups: [tier2] }'];

/** The subqueue the engine should pick for the n-th ticket matching the split queue. */
function expectedTiers(seed: number, n: number): string[] {
  const u = new AleaStream(`omnisim|${seed}|rep0|subqueue/email`);
  return Array.from({ length: n }, () => (u.next() < 0.7 ? 'support/tier1' : 'support/tier2'));
}

describe('R12: subqueues', () => {
  it('R12: each ticket goes to one subqueue, weighted, from its draw on stream subqueue/email; each subqueue feeds its own groups', () => {
    // Eight tickets in 7 s: the first of each subqueue is assigned at once, the others wait.
    const times = ['0s', '1s', '2s', '3s', '4s', '5s', '6s', '7s'];
    const r = recordSkills(desk({ seed: 7, times, horizon: '2000s', queues: [SPLIT()], agents: TIERS }));
    const queued = new Map<number, string>();
    for (const e of r.events) if (e.type === 'TicketQueued') queued.set(e.ticket, e.queue);
    const tiers = expectedTiers(7, times.length);
    // Every ticket is assigned by an agent of its subqueue's group (immediately or after waiting).
    const byAgent = assignments(r).map((l) => l.split(' '));
    expect(byAgent).toHaveLength(times.length);
    for (const [, id, agent] of byAgent) {
      const n = Number(id!.slice(1));
      expect(`${n} ${agent!.startsWith('t1') ? 'support/tier1' : 'support/tier2'}`).toBe(`${n} ${tiers[n - 1]}`);
      if (queued.has(n)) expect(queued.get(n)).toBe(tiers[n - 1]);
    }
    expect(new Set(tiers).size).toBe(2); // the seed gives both subqueues work
  });

  it('R12: the shares hold over many tickets (70 % / 30 %)', () => {
    const times = Array.from({ length: 3000 }, (_, i) => `${i}s`);
    const r = recordSkills(desk({ times, horizon: '4000s', handleTime: '1s', queues: [SPLIT()], agents: TIERS }));
    const t1 = assignments(r).filter((l) => l.endsWith('t1-1')).length;
    const t2 = assignments(r).filter((l) => l.endsWith('t2-1')).length;
    expect(t1 + t2).toBe(3000);
    // Binomial(3000, 0.7): 4 standard deviations.
    expect(Math.abs(t1 - 2100)).toBeLessThan(4 * Math.sqrt(3000 * 0.7 * 0.3));
  });

  it('R11 per subqueue: its secondary group serves it only while no primary agent is available', () => {
    // tier1's subqueue has secondary group tier2. All tickets are drawn into tier1 (share 100%).
    const r = recordSkills(desk({
      times: ['0s', '10s', '20s'], queues: [SPLIT('{ name: tier1, share: 100%, primaryGroups: [tier1], secondaryGroups: [tier2] }', '')
        .replace(', ]', ']')], agents: TIERS,
    }));
    expect(assignments(r)).toEqual(['0 #1 t1-1', '10 #2 t2-1', '100 #3 t1-1']);
    expect(story(r)).toContain('20 queued #3 support/tier1');
  });

  it('R12: a ticket matched again (Q7) keeps its subqueue: its draw is made once', () => {
    const yaml = desk({ seed: 3, times: ['0s', '1s', '2s', '3s'], queues: [SPLIT()], agents: ['{ team: t1, count: 1, capacity: { email: 0 }, groups: [tier1] }'] });
    const r = recordSkills(yaml);
    const t = r.engine.pool.bySlot.find((x) => x.id === 2)!;
    const before = r.engine.router.matchQueue(t);
    expect(r.engine.router.matchQueue(t)).toBe(before);
    expect(t.subqueueDraw).toBeGreaterThanOrEqual(0);
  });
});

describe('R12: a trigger switch watching a queue with subqueues', () => {
  it('R12: watching the queue counts the tickets waiting in all its subqueues', () => {
    // Both agents take one ticket each at once; at the 30 s check the rest wait in either subqueue.
    const times = ['0s', '1s', '2s', '3s', '4s', '5s', '6s', '7s'];
    const probe = { title: 'surge', conditions: { all: [], any: [] }, actions: [{ field: 'notification_user', value: 'x' }],
      switch: { channel: 'email', queue: 'support', above: 5, below: 0, checkEvery: '30s' } };
    const r = recordSkills(desk({ seed: 7, times, horizon: '100s', queues: [SPLIT()], agents: TIERS }) + `triggers: [${JSON.stringify(probe)}]\n`);
    expect(r.events.filter((e) => e.type === 'TriggerSwitched').map((e) => `${e.t} ${e.type === 'TriggerSwitched' ? e.queueLength : ''}`)).toEqual(['30 6']);
  });
});

describe('R12: subqueue validation', () => {
  const errors = (queue: string) => {
    const r = parseScenarioText(desk({ queues: [queue], agents: TIERS }));
    return r.errors.map((e) => formatProblem({ path: e.path, message: e.message }));
  };
  const sub = (name: string, share: string) => `{ name: ${name}, share: ${share}, primaryGroups: [tier1] }`;

  it('R12: at most 5 subqueues', () => {
    const six = Array.from({ length: 6 }, (_, i) => sub(`s${i}`, i < 4 ? '16%' : '18%')).join(', ');
    expect(errors(`{ name: q, subqueues: [${six}] }`)).toEqual(['queues[0].subqueues: a queue has at most 5 subqueues (R12), got 6']);
  });

  it('R12: shares must total 100 %', () => {
    expect(errors(`{ name: q, subqueues: [${sub('a', '60%')}, ${sub('b', '30%')}] }`)).toEqual(['queues[0].subqueues: subqueue shares must total 100% (R12), got 90%']);
    expect(errors(`{ name: q, subqueues: [${sub('a', '33.33%')}, ${sub('b', '33.33%')}, ${sub('c', '33.34%')}] }`)).toEqual([]);
  });

  it('R12: each subqueue needs a share above 0 and a primary group; names are unique', () => {
    expect(errors('{ name: q, subqueues: [{ name: a, primaryGroups: [tier1] }, { name: a, share: 0%, primaryGroups: [] }, { share: 100% , primaryGroups: tier2 }] }')).toEqual([
      'queues[0].subqueues[0].share: give the subqueue\'s share of the queue\'s tickets, e.g. share: 60%',
      'queues[0].subqueues[1].name: subqueue "a" is defined twice',
      'queues[0].subqueues[1].share: a subqueue\'s share must be above 0%',
      'queues[0].subqueues[1].primaryGroups: a subqueue needs at least one primary group (R11, R12)',
    ]);
  });

  it('R12: with subqueues, groups are given per subqueue, not for the queue', () => {
    expect(errors(`{ name: q, primaryGroups: [tier1], subqueues: [${sub('a', '100%')}] }`)).toEqual([
      'queues[0].primaryGroups: a queue with subqueues gives primaryGroups per subqueue (R12)',
    ]);
  });

  it('R12: bad values are named by path, never a crash', () => {
    expect(errors('{ name: q, subqueues: { a: 1 } }')).toEqual(['queues[0].subqueues: expected a list, got a mapping']);
    expect(errors('{ name: q, subqueues: [{ name: a, share: lots, primaryGroups: [tier1] }] }')[0]).toMatch(/^queues\[0\]\.subqueues\[0\]\.share: expected a fraction/);
    expect(errors('{ name: q, subqueues: [{ name: a, share: 100%, primaryGroups: [tier1], weight: 2 }] }')[0]).toMatch(/^queues\[0\]\.subqueues\[0\]\.weight: unknown key "weight"/);
  });
});
