// Work carried over from before the run (`initialState:`): exact traces of a backlog that
// queues by age ahead of new tickets (R14, R16), conversations in progress at time 0, more
// work in progress than agents can hold, patience already spent; and honest metrics — the
// carried-over tickets are left out of the channel figures but use capacity, and the report
// says what became of them.

import { describe, it, expect } from 'vitest';
import { record } from '../support/record.ts';
import type { TicketAssigned, TicketQueued } from '../../sim/model/events.ts';
import { linesOf, trace } from '../behaviour/tinyChat.ts';
import { inbox, fixed } from '../inboxes/tinyInbox.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { formatProblem } from '../../sim/scenario/read/Problems.ts';
import { runScenario, withRunOptions } from '../../sim/run/runScenario.ts';
import { simulate } from '../../sim/run/simulate.ts';
import { formatReport } from '../../sim/cli/formatReport.ts';
import { compileFile, compileText, readScenarioFile } from '../support/scenarios.ts';
import { Engine } from '../../sim/engine/Engine.ts';
import type { CompiledScenario } from '../../sim/engine/compileScenario.ts';
import { invariantViolations } from '../support/invariants.ts';

/** One email agent who comes online at 00:10, and what is carried over. */
function day(initialState: string[], o: { emailTimes?: string[]; horizon?: string; messaging?: string[]; agents?: string[] } = {}): string {
  return [
    'name: carried',
    `horizon: ${o.horizon ?? '1h'}`,
    'channels:',
    '  messaging:',
    '    arrivals: { times: [] }',
    `    handleTime: ${fixed('100s')}`,
    ...(o.messaging ?? []).map((l) => `    ${l}`),
    '  email:',
    `    arrivals: { times: [${(o.emailTimes ?? []).join(', ')}] }`,
    `    handleTime: ${fixed('100s')}`,
    '    pendingProbability: 0',
    'agents:',
    ...(o.agents ?? ['{ team: a, count: 1, capacity: { messaging: 1, email: 1 }, shift: { every day: "00:10-24:00" } }']).map((l) => `  - ${l}`),
    'initialState:',
    ...initialState.map((l) => `  ${l}`),
  ].join('\n') + '\n';
}

describe('initialState: tickets waiting at time 0', () => {
  it('the backlog queues by age, ahead of newer tickets (R14, R16), and is worked when the agent comes online', () => {
    const r = record(day([`email: { queued: 2, age: ${fixed('1h')} }`], { emailTimes: ['60s'] }));
    expect(linesOf(r, 'TicketCarriedOver', 'TicketCreated', 'TicketQueued', 'TicketAssigned')).toEqual([
      '0 carried over #1 email waiting age 3600',
      '0 carried over #2 email waiting age 3600',
      '0 queued #1 standard/support email',
      '0 queued #2 standard/support email',
      '60 created #3 email',
      '60 queued #3 standard/support email',
      '600 assigned #1 to a-1 as email (routed)',
      '700 assigned #2 to a-1 as email (routed)',
      '800 assigned #3 to a-1 as email (routed)',
    ]);
    const queued = r.events.filter((e): e is TicketQueued => e.type === 'TicketQueued');
    expect(queued.map((e) => e.eligibleAt)).toEqual([-3600, -3600, 60]);
    // Its customer has waited since it was created: an hour before the run plus ten minutes.
    const first = r.events.find((e): e is TicketAssigned => e.type === 'TicketAssigned')!;
    expect([first.waited, first.first]).toEqual([4200, true]);
  });

  it('patience already spent is not held against the customer: what is left is a fresh draw', () => {
    const r = record(day([`messaging: { queued: 1, age: ${fixed('1h')} }`], { messaging: [`patience: ${fixed('30s')}`] }));
    expect(linesOf(r, 'TicketCarriedOver', 'TicketQueued', 'TicketAbandoned')).toEqual([
      '0 carried over #1 messaging waiting age 3600',
      '0 queued #1 standard/support messaging',
      '30 abandoned #1',
    ]);
  });
});

describe('initialState: work in progress at time 0', () => {
  const online = ['{ team: a, count: 1, capacity: { messaging: 1, email: 1 } }'];

  it('a conversation in progress is the agent\'s at time 0, already open, and ends after its remaining work', () => {
    const r = record(day([`messaging: { inProgress: 1, age: ${fixed('2m')}, remaining: ${fixed('50s')} }`], { agents: online }));
    expect(trace(r)).toEqual([
      '0 carried over #1 messaging in progress age 120',
      '0 assigned #1 to a-1 as messaging (initial)',
      '0 capacity a-1 messaging=1',
      '50 status #1 open→solved',
      '50 capacity a-1 messaging=0',
    ]);
  });

  it('more in progress than the agents can hold: the rest wait from time 0', () => {
    const r = record(day([`messaging: { inProgress: 2, age: ${fixed('2m')}, remaining: ${fixed('50s')} }`], { agents: online }));
    expect(linesOf(r, 'TicketCarriedOver', 'TicketQueued', 'TicketAssigned')).toEqual([
      '0 carried over #1 messaging in progress age 120',
      '0 assigned #1 to a-1 as messaging (initial)',
      '0 carried over #2 messaging in progress age 120',
      '0 queued #2 standard/support messaging',
      '50 assigned #2 to a-1 as messaging (routed)',
    ]);
    const second = r.events.filter((e): e is TicketAssigned => e.type === 'TicketAssigned')[1]!;
    expect([second.waited, second.first]).toEqual([50, true]);
  });

  it('goes to an agent of the ticket\'s group with the most spare units', () => {
    const r = record(day([`email: { inProgress: 3, age: ${fixed('1h')} }`], {
      agents: ['{ team: a, count: 1, capacity: { email: 2 } }', '{ team: b, count: 1, capacity: { email: 3 } }', '{ team: c, count: 1, capacity: { email: 9 }, groups: [other] }'],
    }));
    expect(linesOf(r, 'TicketAssigned')).toEqual([
      '0 assigned #1 to b-1 as email (initial)',
      '0 assigned #2 to a-1 as email (initial)',
      '0 assigned #3 to b-1 as email (initial)',
    ]);
  });

  it('in a pull inbox the backlog waits in the Unassigned view and is picked', () => {
    const r = record(inbox({ times: [], emailTimes: [], horizon: '200s', initialState: [`email: { queued: 1, age: ${fixed('1h')} }`] }));
    expect(linesOf(r, 'TicketQueued', 'TicketAssigned')).toEqual([
      '0 queued #1 unassigned/support email',
      '30 assigned #1 to a-1 as email (picked)',
    ]);
  });
});

describe('initialState: the figures stay honest', () => {
  const text = day([
    `email: { queued: 3, inProgress: 1, age: ${fixed('2h')} }`,
  ], { emailTimes: ['30s', '60s'], agents: ['{ team: a, count: 1, capacity: { email: 1 } }'] });

  it('carried-over tickets are not offered, answered or waited for in the channel figures; they use capacity', () => {
    const s = simulate(compileText(text), 0);
    // Only the two emails created during the run: each waits for the backlog ahead of it.
    expect(s.channels.email.offered).toBe(2);
    expect(s.channels.email.answered).toBe(2);
    expect(s.channels.email.asaSeconds).toBe((400 - 30 + 500 - 60) / 2);
    // The agent is busy from 0 to 600 on six emails: occupancy counts the carried-over work.
    expect(s.channels.email.occupancy).toBeCloseTo(600 / 3600, 9);
    expect(s.carriedOver).toEqual({
      email: {
        tickets: 4, inProgress: 1, waiting: 3, answered: 3, gaveUp: 0, waitingAtEnd: 0,
        meanAnsweredAfterSeconds: 200, meanAgeWhenAnsweredSeconds: 7400, lastAnsweredAtSeconds: 300,
      },
    });
  });

  it('the report has a carried-over section only when work was carried over, and the table says it is apart', () => {
    const compiled = withRunOptions(compileText(text), { replications: 2 });
    const report = runScenario(compiled);
    expect(report.carriedOver!.email!.tickets).toEqual({ mean: 4, ci95: [4, 4] });
    expect(formatReport(report, compiled.scenario)).toContain('carried over (not in the figures above)');
    expect(runScenario(withRunOptions(compileFile('erlang-c-e1.yaml'), { replications: 2 })).carriedOver).toBeUndefined();
  });

  it('the run\'s own customers draw the same numbers with or without carried-over work', () => {
    const withBacklog = compileFile('monday-backlog.yaml');
    const without = compileText((readScenarioFile('monday-backlog.yaml') as string).replace(/initialState:[\s\S]*?\nchannels:/, 'channels:'));
    expect(without.scenario.initialState).toEqual([]);
    const created = (c: CompiledScenario) => {
      const r: number[] = [];
      const e = new Engine(c, 3);
      e.bus.subscribe((ev) => r.push(ev.t), ['TicketCreated']);
      e.run();
      return r;
    };
    expect(created(without)).toEqual(created(withBacklog));
  });

  it('keeps the engine invariants through the Monday backlog', () => {
    const c = compileFile('monday-backlog.yaml');
    const e = new Engine(c, 0);
    for (let t = 0; t <= c.scenario.horizon; t += 3 * 3600) {
      e.runUntil(t);
      expect(invariantViolations(e), `at ${t}s`).toEqual([]);
    }
  });
});

describe('initialState: in a scenario', () => {
  const problems = (state: string) => {
    const r = parseScenarioText(`name: s\nchannels:\n  email: { arrivals: { rate: 3/h } }\nagents: [{ team: a, capacity: { email: 2 } }]\ninitialState:\n${state}`);
    return { errors: r.errors.map((p) => formatProblem(p)), warnings: r.warnings.map((p) => formatProblem(p)) };
  };

  it('refuses bad counts, unknown keys and a channel with nothing carried over', () => {
    expect(problems('  email: { queued: -1, waiting: 3 }\n  talk: {}\n').errors).toEqual([
      '6:24 initialState.email.waiting: unknown key "waiting"; expected one of queued, inProgress, age, remaining',
      '6:12 initialState.email.queued: expected a whole number ≥ 0, got -1',
      '7:3 initialState.talk: give queued (tickets waiting at the start) and/or inProgress (tickets agents are working on)',
    ]);
  });

  it('warns when more is in progress than the agents can hold', () => {
    expect(problems('  email: { inProgress: 5 }\n').warnings).toEqual([
      '6:12 initialState.email.inProgress: 5 email tickets in progress, but the agents hold at most 2 at once: the others wait in the queue',
    ]);
  });
});

