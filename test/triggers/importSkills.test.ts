// Importing skill actions of a Triggers API export (add_skills, set_skills): the help desk's
// skill UUIDs, each with its "#priority" suffix, become the scenario's skill names through
// map.skills (as group ids through map.groups); an id without a name is reported, not dropped
// silently; and a scenario importing such an export routes by the imported skills (R53).

import { describe, it, expect } from 'vitest';
import { importZendeskTriggers } from '../../sim/triggers/import/zendeskImport.ts';
import type { IdMap, ImportResult } from '../../sim/triggers/import/zendeskImport.ts';
import { mapSkillIds } from '../../sim/triggers/import/skillIds.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { Engine } from '../../sim/engine/Engine.ts';
import { desk } from './ruleTrace.ts';

const ES = 'ea535736-d36b-45d2-a00e-14a274588c87';
const BILL = 'eb3306b5-182a-4dfe-8501-e62a270e7012';
const VIP = '7ffed381-a9e2-4524-9ff9-f3dc46ec33b0';
const MAP: IdMap = { skills: { [ES]: 'spanish', [BILL]: 'billing' } };

/** The API's own example trigger, from "Setting skill priority with skills in trigger action". */
const exportOf = (actions: object[]) => ({
  triggers: [{ title: 'add skill', active: true, position: 1, conditions: { all: [{ field: 'update_type', operator: 'is', value: 'Create' }], any: [] }, actions }],
});

function imported(json: unknown, ids: IdMap): ImportResult {
  const r = importZendeskTriggers(json, ids);
  if ('error' in r) throw new Error(r.error);
  return r;
}

describe('skill ids', () => {
  it('each UUID becomes its name, the priority suffix kept; names pass as they are', () => {
    expect(mapSkillIds([`${ES}#1`, `${BILL}#0`, 'vip#3'], MAP.skills)).toEqual(['spanish#1', 'billing#0', 'vip#3']);
    expect(mapSkillIds(`${ES} ${BILL}#0`, MAP.skills)).toEqual(['spanish', 'billing#0']);
  });

  it('an unmapped UUID (or numeric id) says to add it under map.skills', () => {
    expect(mapSkillIds([`${ES}#1`, `${VIP}#0`, '12345'], MAP.skills)).toBe(`skill ids ${VIP}, 12345 not mapped to a name; add them under map.skills`);
    expect(mapSkillIds([`${ES}#1`], undefined)).toBe(`skill id ${ES} not mapped to a name; add it under map.skills`);
    expect(mapSkillIds({ id: ES }, MAP.skills)).toBe('expected a list of skill ids ("uuid#priority"), got a mapping');
  });
});

describe('importing add_skills and set_skills', () => {
  it('maps the actions with the names of map.skills', () => {
    const r = imported(exportOf([{ field: 'add_skills', value: [`${ES}#1`, `${BILL}#0`] }, { field: 'set_skills', value: [`${BILL}#0`] }]), MAP);
    expect(r.triggers[0]!.actions).toEqual([{ field: 'add_skills', value: ['spanish#1', 'billing#0'] }, { field: 'set_skills', value: ['billing#0'] }]);
    expect(r.notes).toEqual([]);
  });

  it('an action naming an unmapped skill id is left out with its own note; the trigger keeps its other actions', () => {
    const r = imported(exportOf([{ field: 'add_skills', value: [`${VIP}#0`] }, { field: 'priority', value: 'high' }]), MAP);
    expect(r.triggers[0]!.actions).toEqual([{ field: 'priority', value: 'high' }]);
    expect(r.notes).toEqual([{ trigger: 'add skill', where: 'actions[0]', field: 'add_skills', severity: 'unmapped-action', message: `skill id ${VIP} not mapped to a name; add it under map.skills` }]);
  });
});

describe('a scenario importing skill triggers', () => {
  const exportJson = JSON.stringify(exportOf([{ field: 'add_skills', value: [`${ES}#0`] }]));
  const scenario = (map: string) => `${desk({ agents: ['{ team: gen, count: 1, capacity: { email: 1 } }', '{ team: es, count: 1, capacity: { email: 1 }, skills: [spanish] }'] })}triggers:\n  - { import: export.json, map: ${map} }\n`;
  const parse = (map: string) => parseScenarioText(scenario(map), { readFile: () => exportJson });

  it('R53: with map.skills the imported trigger gives #1 spanish before routing: es-1 gets it, not gen-1', () => {
    const r = parse(`{ skills: { "${ES}": spanish } }`);
    expect(r.errors).toEqual([]);
    expect(r.compiled!.skills?.names).toEqual(['spanish']);
    const e = new Engine(r.compiled!, 0);
    const got: string[] = [];
    e.bus.subscribe((ev) => {
      if (ev.type === 'TicketAssigned') got.push(`${ev.t} #${ev.ticket} ${e.agents[ev.agent]!.name}`);
    });
    e.run();
    expect(got).toEqual(['0 #1 es-1']);
  });

  it('without a name for the id, the action is left out with a warning at the import', () => {
    const r = parse('{ groups: {} }');
    expect(r.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      `triggers[0].import: export.json: trigger "add skill", actions[0] (add_skills): skill id ${ES} not mapped to a name; add it under map.skills — action left out`,
    ]);
  });

  it('a name the map gives that the scenario does not declare is an error at the imported action, with "did you mean"', () => {
    const r = parse(`{ skills: { "${ES}": spanich } }`);
    expect(r.errors.map((e) => `${e.path}: ${e.message}`)).toEqual(['triggers[0].actions[0].value: unknown skill "spanich" (did you mean "spanish"?); skills: spanish']);
  });
});
