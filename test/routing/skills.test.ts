// Exact traces of skills routing (R18): the agent must hold all of the ticket's skills; agents
// pull past tickets they lack skills for; an agent's high-priority skills pull matching tickets
// ahead of the normal order (R14), within each queue it is fed from (R13 first).

import { describe, it, expect } from 'vitest';
import { desk, recordSkills, story, assignments } from './skillDesk.ts';
import { compileText } from '../support/scenarios.ts';
import { Engine } from '../../sim/engine/Engine.ts';

const MIX = ['skills: { spanish: 50%, billing: 50% }'];
const GEN = '{ team: gen, count: 1, capacity: { email: 1 } }';
const ES = '{ team: es, count: 1, capacity: { email: 1 }, skills: [spanish] }';
const ES_BILL = '{ team: esbill, count: 1, capacity: { email: 1 }, skills: [spanish, billing] }';

describe('R18: the agent must hold all of the ticket\'s skills', () => {
  it('R18: a skilled ticket passes over the agent the assignment method prefers (gen-1, lowest id) for the one holding its skill', () => {
    const r = recordSkills(desk({ times: ['0s', '10s'], extra: MIX, agents: [GEN, ES] }), { 1: { skills: ['spanish'] } });
    expect(assignments(r)).toEqual(['0 #1 es-1', '10 #2 gen-1']);
  });

  it('R18: holding one of two skills is not enough', () => {
    const r = recordSkills(desk({ extra: MIX, agents: [ES, ES_BILL] }), { 1: { skills: ['spanish', 'billing'] } });
    expect(assignments(r)).toEqual(['0 #1 esbill-1']);
  });

  it('R18: an agent pulls past waiting tickets it lacks skills for; a ticket nobody is skilled for waits', () => {
    // gen-1 is busy with #1 until 100; #2 (spanish) and #3 (none) wait; at 100 gen-1 takes #3.
    const r = recordSkills(desk({ times: ['0s', '10s', '20s'], extra: MIX, agents: [GEN], horizon: '500s' }), { 2: { skills: ['spanish'] } });
    expect(story(r)).toEqual([
      '0 assigned #1 to gen-1',
      '10 queued #2 standard/support',
      '20 queued #3 standard/support',
      '100 assigned #3 to gen-1',
    ]);
    expect(r.engine.router.waiting[1]).toBe(1);
  });

  it('R18: a freed skilled agent takes the skilled ticket waiting behind a newer unskilled one only by queue order', () => {
    // es-1 holds spanish, so it may take both; queue order (R14: eligibility time) decides.
    const r = recordSkills(desk({ times: ['0s', '10s', '20s'], extra: MIX, agents: [ES] }), { 2: { skills: ['spanish'] } });
    expect(assignments(r)).toEqual(['0 #1 es-1', '100 #2 es-1', '200 #3 es-1']);
  });

  it('R18: tickets drawn from the channel\'s mix carry the skills at their shares (stream skills/<channel>)', () => {
    const yaml = desk({ times: Array.from({ length: 2000 }, (_, i) => `${i}s`), extra: ['skills: { spanish: 20%, billing: 70% }'], horizon: '3000s' });
    const e = new Engine(compileText(yaml), 0);
    const counts = { spanish: 0, billing: 0, both: 0 };
    e.bus.subscribe((ev) => {
      if (ev.type !== 'TicketCreated') return;
      const t = e.pool.bySlot.find((x) => x.id === ev.ticket)!;
      if (t.skills & 1) counts.spanish++;
      if (t.skills & 2) counts.billing++;
      if (t.skills === 3) counts.both++;
      expect(t.optionalSkills).toBe(0);
    }, ['TicketCreated']);
    e.run();
    // Binomial(2000, p): 4 standard deviations.
    expect(Math.abs(counts.spanish - 400)).toBeLessThan(4 * Math.sqrt(2000 * 0.2 * 0.8));
    expect(Math.abs(counts.billing - 1400)).toBeLessThan(4 * Math.sqrt(2000 * 0.7 * 0.3));
    expect(Math.abs(counts.both - 280)).toBeLessThan(4 * Math.sqrt(2000 * 0.14 * 0.86));
  });
});

describe('R18: high-priority skills', () => {
  // es-1 (spanish, billing) is busy with #1 until 100. Waiting: #2 urgent billing (10), #3 normal
  // without skills (20), #4 normal spanish (30).
  const waiting = (prioritySkills: string, queues?: string[]) => desk({
    times: ['0s', '10s', '20s', '30s'], extra: MIX, ...(queues ? { queues } : {}),
    agents: [`{ team: es, count: 1, capacity: { email: 1 }, skills: [spanish, billing]${prioritySkills} }`],
  });
  const tickets = { 2: { skills: ['billing'], priority: 'urgent' as const }, 4: { skills: ['spanish'] } };

  it('R18: a high-priority skill pulls the matching ticket ahead of older and more urgent ones', () => {
    const r = recordSkills(waiting(', prioritySkills: [spanish]'), tickets);
    expect(assignments(r)).toEqual(['0 #1 es-1', '100 #4 es-1', '200 #2 es-1', '300 #3 es-1']);
  });

  it('R14: without high-priority skills the normal order holds (priority, then eligibility time)', () => {
    const r = recordSkills(waiting(''), tickets);
    expect(assignments(r)).toEqual(['0 #1 es-1', '100 #2 es-1', '200 #3 es-1', '300 #4 es-1']);
  });

  it('R13 before R18: a high-priority skill does not pull a standard-queue ticket ahead of a custom queue\'s', () => {
    // Urgent tickets go to the custom queue "urgent" (listed, so served first); #4 waits in the standard queue.
    const r = recordSkills(waiting(', prioritySkills: [spanish]', [
      '{ name: urgent, conditions: { all: [{ field: priority, operator: is, value: urgent }] }, primaryGroups: [support] }',
    ]), tickets);
    expect(story(r).filter((l) => l.includes('queued'))).toEqual(['10 queued #2 urgent', '20 queued #3 standard/support', '30 queued #4 standard/support']);
    expect(assignments(r)).toEqual(['0 #1 es-1', '100 #2 es-1', '200 #4 es-1', '300 #3 es-1']);
  });
});
