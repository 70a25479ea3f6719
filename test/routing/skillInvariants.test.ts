// Skills, subqueues and SLA over whole random days (scenarios/skills-and-subqueues.yaml):
// every offer and routed assignment goes to an agent holding all of the ticket's skills at the
// time (R18) and belonging to its (sub)queue's groups (R11, R12); every 10 simulated minutes
// the engine's state invariants hold, and an SLA-sorted queue's front is never a ticket
// without an SLA while one with a target waits behind it (R15). The same for skills that only
// triggers set: on creation, when a conversation queues, and by an automation on waiting tickets.

import { describe, it, expect } from 'vitest';
import { compileFile, compileText } from '../support/scenarios.ts';
import { invariantViolations } from '../support/invariants.ts';
import { Engine } from '../../sim/engine/Engine.ts';
import type { Ticket } from '../../sim/model/Ticket.ts';

/** Routed work (offers, routed assignments) that went to an agent lacking one of the ticket's skills. */
function unqualified(e: Engine): { problems: string[]; checked: () => number } {
  const problems: string[] = [];
  let checked = 0;
  e.bus.subscribe((ev) => {
    if (ev.type !== 'TicketOffered' && !(ev.type === 'TicketAssigned' && ev.how === 'routed')) return;
    const t = e.pool.bySlot.find((x) => x.id === ev.ticket)!;
    const a = e.agents[ev.agent]!;
    if ((t.skills & ~a.skills) !== 0) problems.push(`${ev.t}: #${t.id} (skills ${t.skills}) went to ${a.name} (skills ${a.skills})`);
    checked++;
  });
  return { problems, checked: () => checked };
}

const TRIGGER_SKILLS = `
name: skills from triggers
horizon: 1d
settings: { reassignIfNotAcceptedAfter: 30s, skillsTimeoutEmail: 10m }
channels:
  messaging:
    arrivals: { rate: 40/h, spikes: [{ at: "10:00", duration: 1h, multiplier: 3 }] }
    handleTime: { distribution: lognormal, mean: 6m, cv: 1 }
    patience: { distribution: exponential, mean: 6m }
    priority: { normal: 0.7, high: 0.3 }
    offers: { acceptTime: { distribution: lognormal, mean: 10s, cv: 1 }, missProbability: 10% }
  email:
    arrivals: 30/h
    handleTime: 8m
    priority: { normal: 0.6, high: 0.4 }
agents:
  - { team: gen, count: 3, capacity: { messaging: 2, email: 2 } }
  - { team: es, count: 2, capacity: { messaging: 2, email: 2 }, skills: [spanish, billing] }
  - { team: bill, count: 1, capacity: { messaging: 2, email: 2 }, skills: [billing] }
triggers:
  - title: high priority needs spanish
    conditions: { all: [{ field: update_type, operator: is, value: Create }, { field: priority, operator: is, value: high }] }
    actions: [{ field: add_skills, value: ["spanish#0"] }]
messagingTriggers:
  - title: queued conversations want billing
    event: added_to_queue
    actions: [{ field: add_skills, value: [billing] }]
automations:
  - title: waiting email goes to billing only
    every: 5m
    conditions: { all: [{ field: status, operator: is, value: new }] }
    actions: [{ field: set_skills, value: ["billing#0"] }]
`;

describe('skills, subqueues and SLA over random days', () => {
  it('R18/R53: skills set by triggers, messaging triggers and automations: routed work only to holders; state invariants hold', () => {
    const compiled = compileText(TRIGGER_SKILLS);
    for (let rep = 0; rep < 2; rep++) {
      const e = new Engine(compiled, rep);
      const { problems, checked } = unqualified(e);
      let moved = 0; // waiting tickets placed again by their new skills
      e.bus.subscribe((ev) => {
        if (ev.type === 'TicketRemovedFromQueue' && ev.reason === 'requeued') moved++;
      });
      e.start();
      while (!e.finished) {
        e.runUntil(e.now + 300);
        problems.push(...invariantViolations(e));
      }
      expect(problems.slice(0, 5)).toEqual([]);
      expect(checked()).toBeGreaterThan(800);
      expect(moved).toBeGreaterThan(50);
    }
  });

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
