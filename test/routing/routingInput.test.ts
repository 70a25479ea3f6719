// Scenario input of skills (R18), SLA targets (R15) and their settings: what is read, and bad
// input refused with a path-qualified error (never a crash).

import { describe, it, expect } from 'vitest';
import { desk } from './skillDesk.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { formatProblem } from '../../sim/scenario/read/Problems.ts';
import { compileText } from '../support/scenarios.ts';
import { Engine } from '../../sim/engine/Engine.ts';

const problems = (yaml: string) => {
  const r = parseScenarioText(yaml);
  const fmt = (e: { path: string; message: string }) => formatProblem({ path: e.path, message: e.message });
  return { errors: r.errors.map(fmt), warnings: r.warnings.map(fmt) };
};
const ES = '{ team: es, count: 1, capacity: { email: 1 }, skills: [spanish, billing], prioritySkills: spanish }';

describe('R18: reading skills', () => {
  it('R18: a channel mix, optional skills, team skills and high-priority skills become bit masks', () => {
    const c = compileText(desk({ extra: ['skills: { spanish: 20%, billing: { share: 35%, optional: true } }'], agents: [ES] }));
    expect(c.scenario.channels[1]!.skills).toEqual([
      { skill: 'spanish', share: 0.2, priority: 0 },
      { skill: 'billing', share: 0.35, priority: 1 },
    ]);
    expect(c.skills!.names).toEqual(['spanish', 'billing']);
    expect([...c.skills!.draws[1]!.priority]).toEqual([0, 1]);
    const a = new Engine(c, 0).agents[0]!;
    expect([a.skills, a.prioritySkills]).toEqual([3, 1]);
  });

  it('R18: a drawn skill may give the API priority instead of optional (0 required, 1–3 optional; optional: true is 1)', () => {
    const c = compileText(desk({ extra: ['skills: { spanish: { share: 20%, priority: 3 }, billing: { share: 35%, optional: true, priority: 2 }, vip: { share: 5%, priority: 0 } }'], agents: [ES] }));
    expect(c.scenario.channels[1]!.skills.map((s) => s.priority)).toEqual([3, 2, 0]);
    expect([...c.skills!.draws[1]!.priority]).toEqual([3, 2, 0]);
    const all = compileText(desk({ extra: ['skills: { spanish: { share: 20%, priority: 3 }, vip: 5% }'], settings: { optionalSkills: 'all' }, agents: [ES] }));
    expect([...all.skills!.draws[1]!.priority]).toEqual([3, 1]);
    expect(problems(desk({ extra: ['skills: { spanish: { share: 10%, priority: 4 } }'] })).errors).toEqual([
      'channels.email.skills.spanish.priority: expected a whole number ≤ 3, got 4',
    ]);
    expect(problems(desk({ extra: ['skills: { spanish: { share: 10%, optional: false, priority: 3 } }'] })).errors).toEqual([
      'channels.email.skills.spanish.optional: optional: false contradicts priority: 3 (0 is required, 1–3 optional); give one of them',
    ]);
  });

  it('R18: a scenario whose tickets carry no skills keeps routing without skills (compiled.skills is null)', () => {
    expect(compileText(desk({ agents: [ES] })).skills).toBeNull();
    expect(compileText(desk({ extra: ['skills: { spanish: 0% }'], agents: [ES] })).skills).toBeNull();
  });

  it('R18: bad skill input is named by path', () => {
    expect(problems(desk({ extra: ['skills: [spanish]'] })).errors).toEqual([
      'channels.email.skills: expected a mapping of skill: share (e.g. { spanish: 20%, billing: { share: 35%, optional: true } }), got a list',
    ]);
    expect(problems(desk({ extra: ['skills: { spanish: 120% }'] })).errors[0]).toMatch(/^channels\.email\.skills\.spanish: expected a fraction between 0 and 1/);
    expect(problems(desk({ extra: ['skills: { spanish: { optional: true } }'] })).errors).toEqual([
      'channels.email.skills.spanish.share: give the share of tickets that need the skill, e.g. share: 20%',
    ]);
    expect(problems(desk({ extra: ['skills: { spanish: { share: 10%, optional: maybe } }'] })).errors).toEqual([
      'channels.email.skills.spanish.optional: expected true or false, got "maybe"',
    ]);
    expect(problems(desk({ agents: ['{ team: es, skills: [spanish], prioritySkills: [billing] }'] })).errors).toEqual([
      'agents[0].prioritySkills[0]: "billing" is not among the team\'s skills (spanish); a high-priority skill is one the agent holds (R18)',
    ]);
    expect(problems(desk({ agents: ['{ team: es, skills: { spanish: yes } }'] })).errors[0]).toMatch(/^agents\[0\]\.skills: expected a list/);
  });

  it('R18: at most 30 skills in a scenario', () => {
    const many = Array.from({ length: 31 }, (_, i) => `s${i}: 1%`).join(', ');
    expect(problems(desk({ extra: [`skills: { ${many} }`] })).errors).toEqual([
      'channels.email.skills.s30: a scenario has at most 30 skills; "s30" is skill number 31',
    ]);
  });

  it('R18: a required skill no agent holds is a warning; an optional one that a timeout drops is not', () => {
    const w = problems(desk({ extra: ['skills: { spanish: 20%, billing: { share: 35%, optional: true } }'] })).warnings;
    expect(w).toEqual(['channels.email.skills.spanish: no agent holds "spanish": the email tickets that need it (20%) are never answered (R18)']);
    const off = problems(desk({ extra: ['skills: { billing: { share: 35%, optional: true } }'], settings: { skillsTimeoutEmail: '0s' } })).warnings;
    expect(off).toEqual(['channels.email.skills.billing: no agent holds "billing": the email tickets that need it (35%) are never answered (R18)']);
  });

  it('R18: the timeouts and optionalSkills are settings, checked like the others', () => {
    expect(problems(desk({ settings: { skillsTimeoutEmail: 60 } })).errors).toEqual([
      'settings.skillsTimeoutEmail: durations need a unit: write "60s", "60m" or "60h", got 60',
    ]);
    expect(problems(desk({ settings: { optionalSkills: 'some' } })).errors).toEqual([
      'settings.optionalSkills: expected one of marked, all, got "some"',
    ]);
  });
});

describe('R15: reading SLA targets', () => {
  it('R15: first-reply targets per priority, NaN where none', () => {
    const c = compileText(desk({ extra: ['sla: { firstReply: { urgent: 30m, high: 2h, normal: 8h } }'] }));
    expect(c.scenario.channels[1]!.sla!.firstReply).toEqual([NaN, 8 * 3600, 7200, 1800]);
    expect(c.queues).toEqual([]);
  });

  it('R15: bad SLA input is named by path', () => {
    expect(problems(desk({ extra: ['sla: { firstReply: { urgent: 30 } }'] })).errors).toEqual([
      'channels.email.sla.firstReply.urgent: durations need a unit: write "30s", "30m" or "30h", got 30',
    ]);
    expect(problems(desk({ extra: ['sla: { firstReply: { critical: 1h } }'] })).errors[0]).toMatch(/^channels\.email\.sla\.firstReply\.critical: unknown key "critical"/);
    expect(problems(desk({ extra: ['sla: { nextReply: { urgent: 1h } }'] })).errors).toEqual([
      'channels.email.sla.nextReply: unknown key "nextReply"; expected one of firstReply',
      'channels.email.sla.firstReply: give first-reply targets per priority, e.g. firstReply: { urgent: 30m, high: 2h, normal: 8h }',
    ]);
    expect(problems(desk({ queues: ['{ name: q, primaryGroups: [support], sortBySla: often }'] })).errors).toEqual([
      'queues[0].sortBySla: expected true or false, got "often"',
    ]);
  });
});
