// The skill actions (add_skills, set_skills, alias skills): what each does to a ticket's
// required and optional skills (R18; the API's "name#priority": 0 required, 1–3 or none
// optional, in the stage the timeout drops them), that doing it again is a no-op (R51), and
// the messages for bad values.

import { describe, it, expect } from 'vitest';
import { Engine } from '../../sim/engine/Engine.ts';
import { EMAIL } from '../../sim/model/codes.ts';
import { skillsAction } from '../../sim/triggers/actions/skillsAction.ts';
import type { TriggerAction } from '../../sim/triggers/actions/TriggerAction.ts';
import type { NameTables } from '../../sim/triggers/conditions/ConditionField.ts';
import type { ConditionValue } from '../../sim/scenario/conditions.ts';
import { DEFAULT_SETTINGS } from '../../sim/scenario/settings.ts';
import { compileText } from '../support/scenarios.ts';
import { desk, firings, problemsOf, withRules } from './ruleTrace.ts';
import { record } from '../support/record.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { readScenarioFile } from '../support/scenarios.ts';

const NAMES: NameTables = { groups: ['support'], skills: ['spanish', 'billing', 'vip'], settings: DEFAULT_SETTINGS };
const AGENTS = ['{ team: a, count: 1, capacity: { email: 1 }, skills: [spanish, billing, vip] }'];
const CREATED = [{ field: 'update_type', operator: 'is', value: 'Create' }];

function compiled(mode: 'add' | 'set', value: ConditionValue, names: NameTables = NAMES): TriggerAction {
  const a = skillsAction(mode).compile(value, names);
  if (typeof a === 'string') throw new Error(a);
  return a;
}

/** A ticket of a skills engine (not routed: the action alone is tested), its skills as names. */
function ticketWith(skills: number, optional: number) {
  const e = new Engine(compileText(withRules(desk({ agents: AGENTS }), { triggers: [{ conditions: CREATED, actions: [{ field: 'add_skills', value: 'vip' }] }] })), 0);
  const t = e.pool.acquire(EMAIL, 0);
  t.skills = skills;
  t.optionalSkills = optional;
  const names = (mask: number) => NAMES.skills!.filter((_, i) => (mask & (1 << i)) !== 0);
  return {
    run: (a: TriggerAction) => a(e, t, { trigger: 'x' }),
    now: () => ({ skills: names(t.skills), optional: names(t.optionalSkills) }),
    /** The optional skills by the stage a timeout drops them in (R18): #3 first, #1 last. */
    stages: () => ({ low: names(t.optionalLow), medium: names(t.optionalMedium), high: names(t.optionalSkills & ~t.optionalLow & ~t.optionalMedium) }),
  };
}

describe('add_skills', () => {
  it('adds skills; without a priority a skill is optional (the API default, 1), #0 is required', () => {
    const t = ticketWith(0, 0);
    expect(t.run(compiled('add', ['spanish', 'billing#0']))).toBe(true);
    expect(t.now()).toEqual({ skills: ['spanish', 'billing'], optional: ['spanish'] });
  });

  it('keeps the skills already there; a skill added again takes the new priority; the same again changes nothing', () => {
    const t = ticketWith(0b100, 0);
    expect(t.run(compiled('add', 'spanish#2 billing#3'))).toBe(true);
    expect(t.now()).toEqual({ skills: ['spanish', 'billing', 'vip'], optional: ['spanish', 'billing'] });
    expect(t.run(compiled('add', 'spanish#0'))).toBe(true);
    expect(t.now()).toEqual({ skills: ['spanish', 'billing', 'vip'], optional: ['billing'] });
    expect(t.run(compiled('add', 'spanish#0'))).toBe(false);
  });

  it('a text value is split at spaces and commas, as tags are', () => {
    const t = ticketWith(0, 0);
    t.run(compiled('add', 'spanish#0, vip#0'));
    expect(t.now()).toEqual({ skills: ['spanish', 'vip'], optional: [] });
  });

  it('optionalSkills: all makes every skill optional, even #0 (as for skills drawn by the channels)', () => {
    const t = ticketWith(0, 0);
    t.run(compiled('add', ['spanish#0'], { ...NAMES, settings: { ...DEFAULT_SETTINGS, optionalSkills: 'all' } }));
    expect(t.now()).toEqual({ skills: ['spanish'], optional: ['spanish'] });
    expect(t.stages()).toEqual({ low: [], medium: [], high: ['spanish'] });
  });

  it('R18: each optional skill keeps its priority stage (#3 low, #2 medium, #1 or none high); a skill added again moves to its new stage', () => {
    const t = ticketWith(0, 0);
    t.run(compiled('add', ['spanish#3', 'billing#2', 'vip']));
    expect(t.stages()).toEqual({ low: ['spanish'], medium: ['billing'], high: ['vip'] });
    expect(t.run(compiled('add', ['spanish#1', 'billing#0']))).toBe(true);
    expect(t.stages()).toEqual({ low: [], medium: [], high: ['spanish', 'vip'] });
    expect(t.now()).toEqual({ skills: ['spanish', 'billing', 'vip'], optional: ['spanish', 'vip'] });
    // Only the stage changes: that is a change; the same again is a no-op (R51).
    expect(t.run(compiled('add', ['vip#3']))).toBe(true);
    expect(t.stages()).toEqual({ low: ['vip'], medium: [], high: ['spanish'] });
    expect(t.run(compiled('add', ['vip#3']))).toBe(false);
  });
});

describe('set_skills', () => {
  it('replaces the skills; an empty value removes them all; the same again is a no-op', () => {
    const t = ticketWith(0b111, 0b001);
    expect(t.run(compiled('set', ['billing#0']))).toBe(true);
    expect(t.now()).toEqual({ skills: ['billing'], optional: [] });
    expect(t.run(compiled('set', ['billing#0']))).toBe(false);
    expect(t.run(compiled('set', []))).toBe(true);
    expect(t.now()).toEqual({ skills: [], optional: [] });
  });

  it('R18: replaces the stages too: a #3 skill set again as #2 is medium, the others are gone', () => {
    const t = ticketWith(0, 0);
    t.run(compiled('set', ['spanish#3', 'vip#1']));
    expect(t.run(compiled('set', ['spanish#2']))).toBe(true);
    expect(t.stages()).toEqual({ low: [], medium: ['spanish'], high: [] });
    expect(t.now()).toEqual({ skills: ['spanish'], optional: ['spanish'] });
  });
});

describe('in a scenario', () => {
  it('the alias "skills" is add_skills; a second identical firing is a no-op (R51)', () => {
    const action = { field: 'skills', value: ['vip#0'] };
    const r = record(withRules(desk({ agents: AGENTS }), { triggers: [{ title: 'set', conditions: CREATED, actions: [action] }, { title: 'again', conditions: CREATED, actions: [action] }] }));
    expect(firings(r)).toEqual(['0 set #1', '0 again #1 no-op']);
  });
});

describe('bad values', () => {
  const withAction = (action: object, agents = AGENTS) => problemsOf(withRules(desk({ agents }), { triggers: [{ title: 't', conditions: CREATED, actions: [action] }] }));

  it('an unknown skill is an error at the action\'s path, with "did you mean"', () => {
    expect(withAction({ field: 'add_skills', value: ['spansh#0'] })).toEqual([
      'triggers[0].actions[0].value: unknown skill "spansh" (did you mean "spanish"?); skills: spanish, billing, vip',
    ]);
    expect(withAction({ field: 'set_skills', value: 'french' })).toEqual(['triggers[0].actions[0].value: unknown skill "french"; skills: spanish, billing, vip']);
  });

  it('a scenario without skills says where skills are declared', () => {
    expect(withAction({ field: 'add_skills', value: 'spanish' }, ['{ team: a, count: 1, capacity: { email: 1 } }'])).toEqual([
      'triggers[0].actions[0].value: unknown skill "spanish": the scenario has no skills (declare them under agents[i].skills, or channels.<channel>.skills)',
    ]);
  });

  it('a priority other than 0–3, and add_skills with nothing to add', () => {
    expect(withAction({ field: 'add_skills', value: ['spanish#5'] })).toEqual(['triggers[0].actions[0].value: "spanish#5": the priority after # is 0 (required) or 1–3 (optional), got "5"']);
    expect(withAction({ field: 'add_skills', value: [] })).toEqual(['triggers[0].actions[0].value: needs one or more skills, e.g. [spanish, "billing#0"]']);
  });

  it('skills declared only in a channel\'s mix (share 0) or held by a team of nobody are known', () => {
    expect(withAction({ field: 'add_skills', value: 'spanish' }, ['{ team: a, count: 1, capacity: { email: 1 } }', '{ team: es, count: 0, capacity: { email: 1 }, skills: [spanish] }'])).toEqual([]);
  });

  it('R18: a required skill (#0) a trigger gives that no agent holds is a warning at the action; an optional one is not (it times out)', () => {
    const yaml = (value: string) => withRules(desk({ agents: ['{ team: a, count: 1, capacity: { email: 1 } }', '{ team: es, count: 0, capacity: { email: 1 }, skills: [spanish] }'] }),
      { triggers: [{ title: 'es', conditions: CREATED, actions: [{ field: 'add_skills', value }] }] });
    const warnings = (value: string) => parseScenarioText(yaml(value), { readFile: readScenarioFile }).warnings.map((w) => `${w.path}: ${w.message}`);
    expect(warnings('spanish#0')).toEqual(['triggers[0].actions[0].value: no agent holds "spanish": the tickets "es" gives it as a required skill (#0) are never answered (R18)']);
    expect(warnings('spanish')).toEqual([]);
  });
});
