// Exact traces of brands (R7: agents only receive tickets of brands they belong to): a ticket
// waits for an agent of its brand however free the others are; an agent pulls only its brands'
// tickets (R13's queue order otherwise unchanged); skill actions and the skills timeout never
// lift the restriction (R18); a team without brands serves every brand; a follow-up keeps its
// customer's brand (R48); brands nobody is restricted to change nothing at all.

import { describe, it, expect } from 'vitest';
import { desk, recordBrands, story, assignments } from './skillDesk.ts';
import { withRules } from '../triggers/ruleTrace.ts';
import { record, ticketLines } from '../support/record.ts';
import { compileText, runText } from '../support/scenarios.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_DIR } from '../support/scenarios.ts';
import { Engine } from '../../sim/engine/Engine.ts';
import { reportJson } from '../../sim/run/Report.ts';

const MIX = ['brands: { acme: 50%, beta: 50% }'];
/** Listed first, so without R7 the assignment method's last tie-break (lowest index) prefers it. */
const ACME = '{ team: acme, count: 1, capacity: { email: 1 }, brands: [acme] }';
const BETA = '{ team: beta, count: 1, capacity: { email: 1 }, brands: [beta] }';
const ALL = '{ team: all, count: 1, capacity: { email: 1 } }';

describe('R7: a ticket goes only to an agent of its brand', () => {
  it('R7: a Beta ticket passes over the free Acme agent, and waits for the busy Beta agent rather than go to it', () => {
    const r = recordBrands(desk({ times: ['0s', '10s'], horizon: '500s', extra: MIX, agents: [ACME, BETA] }), { 1: 'beta', 2: 'beta' });
    expect(story(r)).toEqual([
      '0 #1 is beta',
      '0 assigned #1 to beta-1',
      '10 #2 is beta',
      '10 queued #2 standard/support',
      '100 assigned #2 to beta-1',
    ]);
    // acme-1 was free the whole time and never got anything.
    expect(assignments(r).filter((l) => l.includes('acme-1'))).toEqual([]);
  });

  it('R7: a ticket of a brand no agent belongs to waits to the end, with free agents of the other brand', () => {
    const r = recordBrands(desk({ times: ['0s'], extra: MIX, agents: [ACME] }), { 1: 'beta' });
    expect(story(r)).toEqual(['0 #1 is beta', '0 queued #1 standard/support']);
    expect(r.engine.router.waiting[1]).toBe(1);
  });

  it('R7 (control): without brands the same tickets go to acme-1 first, the agent the method prefers', () => {
    const r = record(desk({ times: ['0s', '10s'], horizon: '500s', agents: [ACME.replace(', brands: [acme]', ''), BETA.replace(', brands: [beta]', '')] }));
    expect(assignments(r)).toEqual(['0 #1 acme-1', '10 #2 beta-1']);
  });
});

describe('R7 + R36: an offer not accepted passes on only to an agent of the ticket\'s brand', () => {
  const offers = (agents: string[]) => [
    'horizon: 65s',
    'settings: { reassignIfNotAcceptedAfter: 30s }',
    'channels:',
    '  messaging:',
    '    arrivals: { times: [0s] }',
    '    handleTime: { distribution: deterministic, value: 100s }',
    '    brands: { acme: 50%, beta: 50% }',
    '    offers: { acceptTime: { distribution: deterministic, value: 60s } }',
    'agents:',
    ...agents.map((a) => `  - ${a}`),
  ].join('\n');
  const offerLines = (r: ReturnType<typeof record>) => ticketLines(r, 1).filter((l) => /offer/.test(l));

  it('R36: with no other Beta agent, the offer goes back to beta-1, though acme-1 is free', () => {
    const r = recordBrands(offers(['{ team: acme, count: 1, capacity: { messaging: 1 }, brands: [acme] }', '{ team: beta, count: 1, capacity: { messaging: 1 }, brands: [beta] }']), { 1: 'beta' });
    expect(offerLines(r)).toEqual(['0 offered #1 to beta-1', '30 offer #1 expired by beta-1', '30 offered #1 to beta-1', '60 offer #1 expired by beta-1', '60 offered #1 to beta-1']);
  });

  it('R36: with a second Beta agent the offer passes to beta-2, never to acme-1', () => {
    const r = recordBrands(offers(['{ team: acme, count: 1, capacity: { messaging: 1 }, brands: [acme] }', '{ team: beta, count: 2, capacity: { messaging: 1 }, brands: [beta] }']), { 1: 'beta' });
    expect(offerLines(r)).toEqual(['0 offered #1 to beta-1', '30 offer #1 expired by beta-1', '30 offered #1 to beta-2', '60 offer #1 expired by beta-2', '60 offered #1 to beta-1']);
  });
});

describe('R7 + R13: an agent pulls only tickets of its brands', () => {
  it('R7: a freed Acme agent pulls the newer Acme ticket past the older Beta one; the agent of all brands takes the Beta one', () => {
    // acme-1 is busy with #1 until 100, all-1 with #2 until 105; #3 (beta, 10) and #4 (acme, 20) wait.
    const r = recordBrands(desk({ times: ['0s', '5s', '10s', '20s'], horizon: '500s', extra: MIX, agents: [ACME, ALL] }),
      { 1: 'acme', 2: 'acme', 3: 'beta', 4: 'acme' });
    expect(story(r)).toEqual([
      '0 #1 is acme', '0 assigned #1 to acme-1',
      '5 #2 is acme', '5 assigned #2 to all-1',
      '10 #3 is beta', '10 queued #3 standard/support',
      '20 #4 is acme', '20 queued #4 standard/support',
      '100 assigned #4 to acme-1',
      '105 assigned #3 to all-1',
    ]);
  });

  it('R13 still first: an agent is fed from the custom queue before the standard queue, but only with its brand\'s tickets', () => {
    // #3 (Beta, urgent) waits in the custom queue "urgent", served first (R13); #4 and #5 (Acme)
    // in the standard queue. acme-1 frees at 100: #3 is Beta's, so it takes #4 from the standard
    // queue; all-1 frees at 105 and takes #3 (custom queue first); acme-1 takes #5 at 200.
    const yaml = desk({
      times: ['0s', '5s', '10s', '20s', '30s'], horizon: '500s', extra: MIX, agents: [ACME, ALL],
      queues: ['{ name: urgent, conditions: { all: [{ field: priority, operator: is, value: urgent }] }, primaryGroups: [support] }'],
    });
    const compiled = compileText(yaml);
    const e = new Engine(compiled, 0);
    const b = compiled.skills!.brands!;
    const lines: string[] = [];
    e.bus.subscribe((ev) => {
      if (ev.type === 'TicketCreated') {
        // As a trigger would set them before routing looks (R53): brand, and #3 urgent.
        const t = e.pool.bySlot.find((x) => x.id === ev.ticket)!;
        t.brand = b.names.indexOf(ev.ticket === 3 ? 'beta' : 'acme');
        t.brandMask = b.bits[t.brand]!;
        if (ev.ticket === 3) t.priority = 3;
      }
      if (ev.type === 'TicketQueued') lines.push(`${ev.t} queued #${ev.ticket} ${ev.queue}`);
      if (ev.type === 'TicketAssigned') lines.push(`${ev.t} assigned #${ev.ticket} to ${e.agents[ev.agent]!.name}`);
    });
    e.run();
    expect(lines).toEqual([
      '0 assigned #1 to acme-1',
      '5 assigned #2 to all-1',
      '10 queued #3 urgent',
      '20 queued #4 standard/support',
      '30 queued #5 standard/support',
      '100 assigned #4 to acme-1',
      '105 assigned #3 to all-1',
      '200 assigned #5 to acme-1',
    ]);
  });
});

describe('R7 + R18: skill actions and the skills timeout never remove the brand', () => {
  const CREATED = [{ field: 'update_type', operator: 'is', value: 'Create' }];
  const WAITING = [{ field: 'status', operator: 'is', value: 'new' }];
  const SKILLED = '{ team: es, count: 1, capacity: { email: 1 }, skills: [spanish], brands: [beta] }';

  it('R7: set_skills [] on a waiting Beta ticket requeues it, and it still waits for the Beta agent though acme-1 is free', () => {
    const yaml = withRules(desk({ times: ['0s', '10s'], horizon: '500s', extra: MIX, agents: [ACME, SKILLED] }), {
      triggers: [{ title: 'spanish', conditions: { all: CREATED, any: [] }, actions: [{ field: 'add_skills', value: ['spanish#0'] }] }],
      automations: [{ title: 'sweep', every: '60s', conditions: { all: WAITING, any: [] }, actions: [{ field: 'set_skills', value: [] }] }],
    });
    const r = recordBrands(yaml, { 1: 'beta', 2: 'beta' });
    expect(story(r)).toEqual([
      '0 #1 is beta', '0 assigned #1 to es-1',
      '10 #2 is beta', '10 queued #2 standard/support',
      '60 queued #2 standard/support', // set_skills []: placed again, by its brand alone
      '100 assigned #2 to es-1',
    ]);
    expect(r.events.flatMap((e) => (e.type === 'TicketRemovedFromQueue' ? [`${e.t} #${e.ticket} ${e.reason}`] : []))).toEqual(['60 #2 requeued', '100 #2 assigned']);
  });

  it('R7 (control): without brands the same set_skills [] sends #2 to the free agent at once', () => {
    const yaml = withRules(desk({ times: ['0s', '10s'], horizon: '500s', agents: [ACME.replace(', brands: [acme]', ''), SKILLED.replace(', brands: [beta]', '')] }), {
      triggers: [{ title: 'spanish', conditions: { all: CREATED, any: [] }, actions: [{ field: 'add_skills', value: ['spanish#0'] }] }],
      automations: [{ title: 'sweep', every: '60s', conditions: { all: WAITING, any: [] }, actions: [{ field: 'set_skills', value: [] }] }],
    });
    expect(story(record(yaml))).toEqual(['0 assigned #1 to es-1', '10 queued #2 standard/support', '60 assigned #2 to acme-1']);
  });

  it('R7: the skills timeout drops an optional skill but not the brand, which events never list as a skill', () => {
    const yaml = withRules(desk({ times: ['0s', '10s'], horizon: '500s', extra: MIX, agents: [ACME, SKILLED], settings: { skillsTimeoutEmail: '30s' } }), {
      triggers: [{ title: 'spanish', conditions: { all: CREATED, any: [] }, actions: [{ field: 'add_skills', value: ['spanish#1'] }] }],
    });
    expect(story(recordBrands(yaml, { 1: 'beta', 2: 'beta' }))).toEqual([
      '0 #1 is beta', '0 assigned #1 to es-1',
      '10 #2 is beta', '10 queued #2 standard/support',
      '40 dropped #2 spanish (priority 1)', // no "keeps beta": a brand is not a skill
      '100 assigned #2 to es-1',
    ]);
  });
});

describe('R7: a team without brands belongs to every brand', () => {
  it('R7: the agent of no brand in particular takes Acme and Beta tickets in queue order', () => {
    const r = recordBrands(desk({ times: ['0s', '10s', '20s'], horizon: '500s', extra: MIX, agents: [ALL] }), { 1: 'beta', 2: 'acme', 3: 'beta' });
    expect(assignments(r)).toEqual(['0 #1 all-1', '100 #2 all-1', '200 #3 all-1']);
  });
});

describe('R7: where a ticket\'s brand comes from', () => {
  it('R7: tickets get their brands from the channel\'s mix (no override): one brand at 100% is every ticket\'s', () => {
    const yaml = [
      'horizon: 300s',
      'channels:',
      '  email: { arrivals: { times: [0s, 10s] }, handleTime: { distribution: deterministic, value: 100s }, pendingProbability: 0, brands: acme }',
      '  messaging: { arrivals: { times: [5s] }, handleTime: { distribution: deterministic, value: 100s }, brands: { beta: 100% } }',
      'settings: { autoAccept: true }',
      'agents:',
      '  - { team: acme, count: 1, capacity: { email: 1, messaging: 1 }, brands: [acme] }',
      '  - { team: beta, count: 1, capacity: { email: 1, messaging: 1 }, brands: beta }',
    ].join('\n');
    const r = record(yaml);
    expect([1, 2, 3].flatMap((id) => ticketLines(r, id).filter((l) => /created|brand|assigned|queued/.test(l)))).toEqual([
      '0 brand #1 acme', '0 created #1 email', '0 assigned #1 to acme-1 as email (routed)',
      '5 brand #2 beta', '5 created #2 messaging', '5 assigned #2 to beta-1 as messaging (routed)',
      // beta-1 has email room at 10, but #3 is Acme's: it waits for acme-1.
      '10 brand #3 acme', '10 created #3 email', '10 queued #3 standard/support email',
      '100 unqueued #3 assigned', '100 assigned #3 to acme-1 as email (routed)',
    ]);
  });

  it('R7 + R48: a follow-up ticket keeps its customer\'s brand (drawn afresh, it would differ about half the time)', () => {
    const yaml = [
      'horizon: 2h',
      'settings: { autoAccept: true }',
      'channels:',
      '  messaging:',
      `    arrivals: { times: [${Array.from({ length: 16 }, (_, i) => `${i * 10}s`).join(', ')}] }`,
      '    brands: { acme: 50%, beta: 50% }',
      '    conversation:',
      '      mode: exchanges',
      '      exchanges: 1',
      '      agentReplyTime: { distribution: deterministic, value: 10s }',
      '      closing: { agentEndsSession: 1 }',
      '      followUp: { probability: 1, after: { distribution: deterministic, value: 5m } }',
      'agents: [{ team: a, count: 16, capacity: { messaging: 1 } }]',
    ].join('\n');
    const r = record(yaml);
    const brandOf = new Map(r.events.flatMap((e) => (e.type === 'TicketBranded' ? [[e.ticket, e.brand] as const] : [])));
    const pairs = r.events.flatMap((e) => (e.type === 'TicketCreated' && e.followUpOf !== null ? [[brandOf.get(e.followUpOf), brandOf.get(e.ticket)]] : []));
    expect(pairs.length).toBeGreaterThanOrEqual(16);
    expect(new Set(pairs.map(([b]) => b))).toEqual(new Set(['acme', 'beta']));
    for (const [before, after] of pairs) expect(after).toBe(before);
  });

  it('R7: brands nobody is restricted to change nothing: the multichannel day\'s report is the same to the byte, but for its brand figures', () => {
    const text = readFileSync(join(SCENARIO_DIR, 'multichannel-day.yaml'), 'utf8');
    const branded = text.replace(/\n(\s+)(handleTime:)/g, (_, indent: string, key: string) => `\n${indent}brands: { acme: 60%, beta: 40% }\n${indent}${key}`);
    expect(branded.match(/brands:/g)?.length).toBe(3);
    const short = (yaml: string) => `${yaml}\n`.replace(/^replications: \d+/m, 'replications: 2');
    const { brands, ...rest } = runText(short(branded));
    expect(Object.keys(brands!)).toEqual(['acme', 'beta']);
    // The spike's windows carry each brand's figures too; without them they are the same.
    expect(Object.keys(rest.windows).length).toBeGreaterThan(0);
    for (const w of Object.values(rest.windows)) {
      expect(Object.keys(w.brands!)).toEqual(['acme', 'beta']);
      delete w.brands;
    }
    expect(reportJson(rest)).toBe(reportJson(runText(short(text))));
  });
});
