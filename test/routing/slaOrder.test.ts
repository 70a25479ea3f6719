// SLA-based ordering (R15): with the SLA sort on (setting sortBySla, or a custom queue's own
// sortBySla), tickets in breach come first, then by how soon they breach; tickets without an
// SLA come last, in R14 order (priority, then eligibility time). Targets are first-reply times
// per priority, counted from creation and fixed when the ticket enters a queue.

import { describe, it, expect } from 'vitest';
import { desk, recordSkills, story, assignments } from './skillDesk.ts';
import type { TicketSkills } from './skillDesk.ts';
import { compileText } from '../support/scenarios.ts';
import { simulate } from '../../sim/run/simulate.ts';
import { runScenario } from '../../sim/run/runScenario.ts';
import { PRIORITIES } from '../../sim/model/codes.ts';

// gen-1 handles #1 (0–100) and then one waiting ticket per 100 s. Targets: normal 50 s,
// high 400 s; low and urgent have none.
// #2 low (10, no SLA) · #3 urgent (20, no SLA) · #4 normal (30, breach 80) · #5 high (40, breach
// 440) · #6 normal (50, breach 100).
const SLA = ['sla: { firstReply: { normal: 50s, high: 400s } }'];
const TIMES = ['0s', '10s', '20s', '30s', '40s', '50s'];
const PRIO: TicketSkills = { 2: { priority: 'low' }, 3: { priority: 'urgent' }, 5: { priority: 'high' } };

describe('R15: sorting by SLA', () => {
  it('R15: in breach first (#4 since 80, #6 since 100), then by breach time (#5), then no SLA in R14 order (#3 urgent, #2 low)', () => {
    const r = recordSkills(desk({ times: TIMES, extra: SLA, settings: { sortBySla: true } }), PRIO);
    expect(assignments(r)).toEqual(['0 #1 a-1', '100 #4 a-1', '200 #6 a-1', '300 #5 a-1', '400 #3 a-1', '500 #2 a-1']);
  });

  it('R14 (sortBySla off, the default): priority, then eligibility time; the targets only measure', () => {
    const r = recordSkills(desk({ times: TIMES, extra: SLA }), PRIO);
    expect(assignments(r)).toEqual(['0 #1 a-1', '100 #3 a-1', '200 #5 a-1', '300 #4 a-1', '400 #6 a-1', '500 #2 a-1']);
  });

  it('R15: each first answer of a ticket with a target is measured against it', () => {
    const r = recordSkills(desk({ times: TIMES, extra: SLA, settings: { sortBySla: true } }), PRIO);
    expect(story(r).filter((l) => l.includes('sla'))).toEqual(['0 sla #1 met', '100 sla #4 breached', '200 sla #6 breached', '300 sla #5 met']);
  });

  it('R15: a custom queue\'s sortBySla overrides the setting, both ways', () => {
    const queue = (sort: boolean) => `{ name: all-email, conditions: { all: [{ field: channel, operator: is, value: email }] }, primaryGroups: [support], sortBySla: ${sort} }`;
    const on = recordSkills(desk({ times: TIMES, extra: SLA, queues: [queue(true)] }), PRIO);
    expect(assignments(on).map((l) => l.split(' ')[1])).toEqual(['#1', '#4', '#6', '#5', '#3', '#2']);
    const off = recordSkills(desk({ times: TIMES, extra: SLA, queues: [queue(false)], settings: { sortBySla: true } }), PRIO);
    expect(assignments(off).map((l) => l.split(' ')[1])).toEqual(['#1', '#3', '#5', '#4', '#6', '#2']);
  });

  it('R15: the target is the one of the ticket\'s priority when it enters the queue', () => {
    // #4 is raised to high (target 400 s → breach 430) between creation and queueing.
    const r = recordSkills(desk({ times: TIMES, extra: SLA, settings: { sortBySla: true } }), { ...PRIO, 4: { priority: 'high' } });
    expect(assignments(r).map((l) => l.split(' ')[1])).toEqual(['#1', '#6', '#4', '#5', '#3', '#2']);
  });
});

describe('R15: SLA figures in the report', () => {
  const yaml = desk({ times: TIMES, extra: SLA, settings: { sortBySla: true } });

  it('R15: per arrival channel, tickets answered with a target, how many breached and the share', () => {
    const s = simulate(compileText(yaml), 0, {
      inspect: (e) => e.bus.subscribe((ev) => {
        if (ev.type !== 'TicketCreated') return;
        const want = PRIO[ev.ticket]?.priority;
        if (want) e.pool.bySlot.find((t) => t.id === ev.ticket)!.priority = PRIORITIES.indexOf(want);
      }, ['TicketCreated']),
    });
    expect(s.sla).toEqual({ email: { tickets: 4, breached: 2, breachedShare: 0.5 } });
  });

  it('R15: a scenario without targets has no sla section (its report is unchanged)', () => {
    const s = simulate(compileText(desk({ times: TIMES })), 0);
    expect(s.sla).toBeUndefined();
    const report = runScenario(compileText(yaml));
    expect(Object.keys(report.sla ?? {})).toEqual(['email']);
    // Every ticket is normal here (no priorities set by hand): six targets, five answered late.
    expect([report.sla!.email!.tickets.mean, report.sla!.email!.breached.mean]).toEqual([6, 5]);
  });
});
