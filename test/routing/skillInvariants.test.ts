// Skills, subqueues and SLA over whole random days (scenarios/skills-and-subqueues.yaml):
// every offer and routed assignment goes to an agent holding all of the ticket's skills at the
// time (R18) and belonging to its (sub)queue's groups (R11, R12); every 10 simulated minutes
// the engine's state invariants hold, and an SLA-sorted queue's front is never a ticket
// without an SLA while one with a target waits behind it (R15).

import { describe, it, expect } from 'vitest';
import { compileFile } from '../support/scenarios.ts';
import { invariantViolations } from '../support/invariants.ts';
import { Engine } from '../../sim/engine/Engine.ts';
import type { Ticket } from '../../sim/model/Ticket.ts';

describe('skills, subqueues and SLA over random days', () => {
  it('R18/R11/R12: work goes only to qualified agents of the ticket\'s pool; state invariants hold', () => {
    const compiled = compileFile('skills-and-subqueues.yaml');
    const queues = compiled.queues;
    for (let rep = 0; rep < 2; rep++) {
      const e = new Engine(compiled, rep);
      const problems: string[] = [];
      const live = (id: number): Ticket => e.pool.bySlot.find((t) => t.id === id)!;
      let checked = 0;
      e.bus.subscribe((ev) => {
        const routed = ev.type === 'TicketOffered' || (ev.type === 'TicketAssigned' && ev.how === 'routed');
        if (!routed) return;
        const t = live(ev.ticket);
        const a = e.agents[ev.agent]!;
        if ((t.skills & ~a.skills) !== 0) problems.push(`${ev.t}: #${t.id} (skills ${t.skills}) went to ${a.name} (skills ${a.skills})`);
        const q = queues[t.queueIndex];
        const pool = q ? [...q.primaryGroups, ...q.secondaryGroups] : [t.group];
        if (!pool.some((g) => a.groups.includes(g))) problems.push(`${ev.t}: #${t.id} went to ${a.name} outside its queue's groups`);
        checked++;
      });
      e.start();
      while (!e.finished) {
        e.runUntil(e.now + 600);
        problems.push(...invariantViolations(e));
        for (const heap of e.router.customHeaps.flat()) {
          const front = heap.peek();
          if (!front || !(queues[heap.queueIndex]?.sortBySla)) continue;
          for (let i = 0; i < heap.size; i++) {
            const t = heap.at(i);
            if (Number.isNaN(front.slaBreachAt) && !Number.isNaN(t.slaBreachAt)) problems.push(`${heap.name}: #${t.id} with an SLA waits behind #${front.id} without`);
          }
        }
      }
      expect(problems.slice(0, 5)).toEqual([]);
      expect(checked).toBeGreaterThan(1500);
    }
  });
});
