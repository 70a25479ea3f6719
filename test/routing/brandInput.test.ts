// Scenario input of brands (R7): what is read and compiled (routing bits after the skills',
// agents' masks, the draw), and every bad input refused at its path with a message that says
// what to write instead — never a crash.

import { describe, it, expect } from 'vitest';
import { desk } from './skillDesk.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { formatProblem } from '../../sim/scenario/read/Problems.ts';
import { compileText } from '../support/scenarios.ts';
import { Engine } from '../../sim/engine/Engine.ts';
import { withRules } from '../triggers/ruleTrace.ts';
import { omnisim } from '../support/cli.ts';
import { join } from 'node:path';
import { SCENARIO_DIR } from '../support/scenarios.ts';

const problems = (yaml: string) => {
  const r = parseScenarioText(yaml);
  const fmt = (e: { path: string; message: string }) => formatProblem({ path: e.path, message: e.message });
  return { errors: r.errors.map(fmt), warnings: r.warnings.map(fmt) };
};
const MIX = 'brands: { acme: 70%, beta: 30% }';
const ACME = '{ team: acme, count: 1, capacity: { email: 1 }, brands: [acme] }';
const ALL = '{ team: all, count: 1, capacity: { email: 1 } }';

describe('R7: reading brands', () => {
  it('R7: a channel mix and team brands become routing bits after the skills\' (a team without brands holds every brand)', () => {
    const c = compileText(desk({ extra: [MIX, 'skills: { spanish: 20% }'], agents: [ACME, ALL, '{ team: es, capacity: { email: 1 }, skills: [spanish], brands: [beta] }'] }));
    expect(c.scenario.channels[1]!.brands).toEqual([{ brand: 'acme', share: 0.7 }, { brand: 'beta', share: 0.3 }]);
    expect(c.scenario.teams.map((t) => t.brands)).toEqual([['acme'], undefined, ['beta']]);
    expect(c.skills!.names).toEqual(['spanish']);
    expect(c.skills!.brands!.names).toEqual(['acme', 'beta']);
    expect([...c.skills!.brands!.bits]).toEqual([2, 4]);
    expect([...c.skills!.brands!.draws[1]!.cdf]).toEqual([0.7, 1]);
    // acme: brand acme; all: both brands; es: spanish and beta.
    expect(new Engine(c, 0).agents.map((a) => a.skills)).toEqual([2, 6, 5]);
  });

  it('R7: one brand may be given by name; brands alone switch skills routing on, with no skill bits', () => {
    const c = compileText(desk({ extra: ['brands: acme'], agents: [ALL] }));
    expect(c.scenario.channels[1]!.brands).toEqual([{ brand: 'acme', share: 1 }]);
    expect(c.skills!.names).toEqual([]);
    expect([...c.skills!.brands!.bits]).toEqual([1]);
    // Team skills no ticket can carry take no bits.
    expect(compileText(desk({ extra: ['brands: acme'], agents: ['{ team: es, capacity: { email: 1 }, skills: [spanish] }'] })).skills!.names).toEqual([]);
  });

  it('R7: without brands nothing changes: no routing bits, tickets without a brand', () => {
    expect(compileText(desk({ agents: [ALL] })).skills).toBeNull();
    const e = new Engine(compileText(desk({ extra: ['skills: { spanish: 20% }'], agents: [ALL] })), 0);
    e.run();
    expect(e.router.skills).not.toBeNull();
    expect(e.pool.bySlot.map((t) => [t.brand, t.brandMask])).toEqual([[-1, 0]]);
  });

  it('R7: a bad channel mix is named by path', () => {
    expect(problems(desk({ extra: ['brands: [acme, beta]'] })).errors).toEqual([
      'channels.email.brands: expected a mapping of brand: share (e.g. brands: { acme: 70%, beta: 30% }, or one brand: brands: acme), got a list',
    ]);
    expect(problems(desk({ extra: ['brands: { acme: 70%, beta: 20% }'] })).errors).toEqual([
      'channels.email.brands: brand shares must total 100% (each ticket has exactly one brand, R7), got 90%',
    ]);
    expect(problems(desk({ extra: ['brands: { acme: 120% }'] })).errors).toEqual([
      'channels.email.brands.acme: expected a fraction between 0 and 1 (or a percentage such as 30%), got "120%"',
    ]);
    expect(problems(desk({ extra: ['brands: {}'] })).errors).toEqual([
      'channels.email.brands: give at least one brand (e.g. brands: { acme: 70%, beta: 30% }, or one brand: brands: acme), or leave brands out',
    ]);
    expect(problems(desk({ extra: ['brands: 3'] })).errors[0]).toMatch(/^channels\.email\.brands: expected a mapping of brand: share .*, got 3$/);
  });

  it('R7: a team\'s brands must be the channels\' brands', () => {
    expect(problems(desk({ extra: [MIX], agents: ['{ team: a, capacity: { email: 1 }, brands: [acme, betta] }'] })).errors).toEqual([
      'agents[0].brands[1]: unknown brand "betta" (did you mean "beta"?): no channel\'s tickets have it; brands: acme, beta',
    ]);
    expect(problems(desk({ agents: [ACME] })).errors).toEqual([
      'agents[0].brands: no channel has brands, so a team cannot be restricted to some; give the tickets\' brands first, e.g. channels.messaging.brands: { acme: 100% }',
    ]);
    expect(problems(desk({ extra: [MIX], agents: ['{ team: a, capacity: { email: 1 }, brands: [] }'] })).errors).toEqual([
      'agents[0].brands: a team belongs to at least one brand; leave brands out for every brand',
    ]);
    expect(problems(desk({ extra: [MIX], agents: ['{ team: a, capacity: { email: 1 }, brands: { acme: yes } }'] })).errors).toEqual([
      'agents[0].brands: expected a list, got a mapping',
    ]);
  });

  it('R7: once one channel has brands, every channel that creates tickets needs a mix (talk named as written)', () => {
    const yaml = (voiceKey: string) => [
      'channels:',
      `  email: { arrivals: { rate: 10/h }, ${MIX} }`,
      `  ${voiceKey}: { arrivals: { rate: 10/h } }`,
      'agents: [{ team: a, capacity: { email: 1, voice: 1 } }]',
    ].join('\n');
    expect(problems(yaml('voice')).errors).toEqual([
      'channels.voice: email tickets have brands (acme, beta), so voice tickets need theirs too: every ticket has exactly one brand (R7); e.g. brands: acme',
    ]);
    expect(problems(yaml('talk')).errors).toEqual([
      'channels.talk: email tickets have brands (acme, beta), so talk tickets need theirs too: every ticket has exactly one brand (R7); e.g. brands: acme',
    ]);
    // Work carried over from before the run is tickets too.
    const carried = `${desk({ extra: [MIX], agents: [ALL] })}initialState:\n  voice: { queued: 2 }\n`;
    expect(problems(carried).errors).toEqual([
      'channels.voice: email tickets have brands (acme, beta), so voice tickets need theirs too: every ticket has exactly one brand (R7); e.g. brands: acme',
    ]);
  });

  it('R7: a team restricted to some brands cannot pick from a pull inbox', () => {
    const yaml = `${desk({ extra: [MIX], agents: [ACME, ALL] })}inboxes:\n  - { name: support, groups: [support], mode: pull }\n`;
    expect(problems(yaml).errors).toEqual([
      'agents[0].brands: the team is in pull inbox "support", where agents pick any ticket of the view: brands (R7), like skills, are omnichannel routing\'s; leave brands out or put the inbox in push mode',
    ]);
    expect(problems(yaml.replace('mode: pull', 'mode: push')).errors).toEqual([]);
  });

  it('R7: at most 30 skills and brands together; the first one too many is named', () => {
    const skills = Array.from({ length: 29 }, (_, i) => `s${i}: 1%`).join(', ');
    expect(problems(desk({ extra: [`skills: { ${skills} }`, MIX] })).errors).toEqual([
      'channels.email.brands.beta: a scenario has at most 30 skills and brands together (R7 brands take routing bits after the 29 skills); brand "beta" is number 31',
    ]);
    expect(problems(desk({ extra: [`skills: { ${skills}, s29: 1% }`, 'brands: acme'] })).errors).toEqual([
      'channels.email.brands.acme: a scenario has at most 30 skills and brands together (R7 brands take routing bits after the 30 skills); brand "acme" is number 31',
    ]);
  });

  it('R7: a brand whose tickets no agent of the brand can take is a warning', () => {
    const w = problems(desk({ extra: [MIX], agents: [ACME] })).warnings;
    expect(w).toEqual(['channels.email.brands.beta: no agent of brand "beta" takes email: its 30% of email tickets are never answered (R7)']);
    expect(problems(desk({ extra: [MIX], agents: [ACME, ALL] })).warnings).toEqual([]);
  });

  it('R7: a brand condition (brand_id, alias brand) is checked against the scenario\'s brands, in triggers and in queues', () => {
    const CREATED = { field: 'update_type', operator: 'is', value: 'Create' };
    const rule = (value: unknown, operator = 'is') => ({ title: 'b', conditions: { all: [CREATED, { field: 'brand', operator, value }] }, actions: [{ field: 'priority', value: 'high' }] });
    expect(problems(withRules(desk({ extra: [MIX], agents: [ALL] }), { triggers: [rule('betta')] })).errors).toEqual([
      'triggers[0].conditions.all[1].value: unknown brand "betta" (did you mean "beta"?); brands: acme, beta',
    ]);
    expect(problems(withRules(desk({ agents: [ALL] }), { triggers: [rule('acme')] })).errors).toEqual([
      'triggers[0].conditions.all[1].value: unknown brand "acme": the scenario has no brands (give them under channels.<channel>.brands)',
    ]);
    expect(problems(withRules(desk({ extra: [MIX], agents: [ALL] }), { triggers: [rule('acme', 'changed_to')] })).errors).toEqual([
      'triggers[0].conditions.all[1].operator: "brand" takes is, is_not, got "changed_to"',
    ]);
    expect(problems(withRules(desk({ extra: [MIX], agents: [ALL] }), { triggers: [rule(null)] })).errors).toEqual([
      'triggers[0].conditions.all[1].value: give one brand, e.g. value: acme (every ticket has exactly one)',
    ]);
    expect(problems(desk({ extra: [MIX], agents: [ALL], queues: ['{ name: beta, conditions: { all: [{ field: brand_id, operator: is, value: beta }] }, primaryGroups: [support] }'] })).errors).toEqual([]);
  });
});

describe('R7: brands in the CLI', () => {
  it('validate names the brands and how many teams are restricted', async () => {
    const o = await omnisim('validate', join(SCENARIO_DIR, 'brands.yaml'));
    expect(o.code).toBe(0);
    expect(o.out).toContain('; 2 brands (acme, beta), 1 team restricted to some; ');
  });

  it('trace shows the ticket\'s brand with its creation', async () => {
    const o = await omnisim('trace', join(SCENARIO_DIR, 'brands.yaml'), '--ticket', '5');
    expect(o.code).toBe(0);
    expect(o.out).toMatch(/created +(messaging|email), normal priority, group support, brand (acme|beta)\n/);
  });
});
