// Importing a Triggers API export (§9): scenarios/triggers/zendesk-export.json with
// id-map.json maps to exactly the expected triggers; every field that cannot be mapped gets its
// own message (trigger, condition or action, reason) and nothing is dropped silently; via ids
// map to channels; numeric ids without a map are reported. Then the CLI (`import-triggers`),
// its YAML pasted into a scenario, and a scenario importing the file (onUnmapped).

import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importZendeskTriggers } from '../../sim/triggers/import/zendeskImport.ts';
import type { IdMap, ImportNote, ImportResult } from '../../sim/triggers/import/zendeskImport.ts';
import type { TriggerSpec } from '../../sim/triggers/TriggerSpec.ts';
import { viaChannel } from '../../sim/triggers/import/viaIds.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { SCENARIO_DIR, compileFile, readScenarioFile } from '../support/scenarios.ts';
import { simulate } from '../../sim/run/simulate.ts';
import { withRunOptions } from '../../sim/run/runScenario.ts';
import { omnisim } from '../support/cli.ts';

const EXPORT_PATH = join(SCENARIO_DIR, 'triggers', 'zendesk-export.json');
const MAP_PATH = join(SCENARIO_DIR, 'triggers', 'id-map.json');
interface RawTrigger { title: string; conditions: { all: object[]; any: object[] }; actions: object[] }
const exported = JSON.parse(readFileSync(EXPORT_PATH, 'utf8')) as { triggers: RawTrigger[] };
const idMap = JSON.parse(readFileSync(MAP_PATH, 'utf8')) as IdMap;

function imported(json: unknown, ids: IdMap = {}): ImportResult {
  const r = importZendeskTriggers(json, ids);
  if ('error' in r) throw new Error(r.error);
  return r;
}

const NOTIFY = 'Notify requester of new request';
const BILLING = 'Route billing email to the billing group';
const TAG_ENDED = 'Tag sessions ended by agents';
const SURGE = 'Surge: move inactive conversations to email';
const VIP = 'VIP organizations first';
const WARRANTY = 'Custom field: warranty claims';

const spec = (title: string, active: boolean, position: number, category: string, all: object[], actions: object[]): TriggerSpec =>
  ({ title, active, position, category, conditions: { all, any: [] }, actions, windows: [], switch: null }) as TriggerSpec;

describe('zendesk-export.json with id-map.json', () => {
  const r = imported(exported, idMap);

  it('maps four triggers exactly: fields, operators (API names kept), via ids as channels, ids as names, inactive kept inactive', () => {
    expect(r.triggers).toEqual([
      spec(NOTIFY, true, 1, '10001',
        [{ field: 'update_type', operator: 'is', value: 'Create' }, { field: 'status', operator: 'is_not', value: 'solved' }],
        [{ field: 'notification_user', value: ['requester_id', 'We received your request', 'Hi {{ticket.requester.first_name}} …'] }]),
      spec(BILLING, true, 2, '10002',
        [{ field: 'channel', operator: 'is', value: 'email' }, { field: 'current_tags', operator: 'includes', value: 'billing invoice' }],
        [{ field: 'group_id', value: 'billing' }, { field: 'current_tags', value: 'auto-routing' }, { field: 'priority', value: 'high' }]),
      spec(TAG_ENDED, true, 3, '10002',
        [{ field: 'channel', operator: 'is', value: 'messaging' }, { field: 'messaging_session_ended_reason', operator: 'value', value: 'agent' }],
        [{ field: 'current_tags', value: 'session_ended_agent' }]),
      spec(SURGE, false, 4, '10003',
        [{ field: 'messaging_session_state', operator: 'value', value: 'inactive' }, { field: 'group_id', operator: 'is', value: 'support' }],
        [{ field: 'set_routing_channel', value: 'email' }, { field: 'group_id', value: 'billing' }]),
    ]);
    expect(r.skipped).toEqual([VIP, WARRANTY]);
  });

  it('every field it cannot map has its own message naming the trigger, the condition or action, and why', () => {
    const note = (trigger: string, where: string, field: string, severity: ImportNote['severity'], message: string): ImportNote => ({ trigger, where, field, severity, message });
    expect(r.notes).toEqual([
      note(NOTIFY, 'actions[0]', 'notification_user', 'note', 'notifications have no effect on routing; a firing that only notifies is counted as a no-op firing'),
      note(SURGE, 'actions[2]', 'comment_value', 'unmapped-action', 'comments are not simulated'),
      note(VIP, 'conditions.all[0]', 'organization_id', 'unmapped-condition', 'organizations are not simulated'),
      note(WARRANTY, 'conditions.all[1]', 'assignee_id', 'unmapped-condition', 'current_user (the agent making the update) has no counterpart in a simulation'),
      note(WARRANTY, 'actions[0]', 'custom_fields_5500123', 'unmapped-action', 'custom ticket fields are not simulated'),
      note(WARRANTY, 'actions[1]', 'ticket_type_id', 'unmapped-action', 'ticket types are not simulated'),
    ]);
  });

  it('nothing is dropped silently: per trigger, fields in the export = fields mapped + fields reported', () => {
    const count = (t: TriggerSpec) => t.conditions.all.length + t.conditions.any.length + t.actions.length;
    const rows = exported.triggers.map((raw) => {
      const unmapped = r.notes.filter((n) => n.trigger === raw.title && n.severity !== 'note');
      expect(new Set(unmapped.map((n) => n.where)).size).toBe(unmapped.length);
      let t = r.triggers.find((x) => x.title === raw.title);
      if (!t) {
        // Left out: import what remains without the reported conditions to count the rest.
        const keep = (side: 'all' | 'any') => raw.conditions[side].filter((_, j) => !unmapped.some((n) => n.where === `conditions.${side}[${j}]`));
        const again = imported({ triggers: [{ ...raw, conditions: { all: keep('all'), any: keep('any') } }] }, idMap);
        // With no condition left it is refused (Zendesk requires one): its actions are what remains.
        const refused = keep('all').length + keep('any').length === 0;
        expect(again.skipped).toEqual(refused ? [raw.title] : []);
        t = refused ? { conditions: { all: [], any: [] }, actions: raw.actions.filter((_, j) => !unmapped.some((n) => n.where === `actions[${j}]`)) } as unknown as TriggerSpec : again.triggers[0]!;
      }
      const total = raw.conditions.all.length + raw.conditions.any.length + raw.actions.length;
      expect(count(t) + unmapped.length).toBe(total);
      return [raw.title, total, count(t), unmapped.length];
    });
    expect(rows).toEqual([
      [NOTIFY, 3, 3, 0], [BILLING, 5, 5, 0], [TAG_ENDED, 3, 3, 0], [SURGE, 5, 4, 1], [VIP, 2, 1, 1], [WARRANTY, 4, 1, 3],
    ]);
  });

  it('the mapped triggers compile against a scenario with groups support and billing', () => {
    const yaml = readScenarioFile('imported-triggers.yaml') as string;
    const compiled = compileFile('imported-triggers.yaml');
    expect(compiled.triggers.ticket.map((t) => t.spec)).toEqual(r.triggers);
    expect(yaml).toContain('onUnmapped: skipTrigger');
  });
});

describe('ids without a map, and via ids', () => {
  it('numeric group ids without a map are reported (conditions leave the trigger out, actions are left out)', () => {
    const r = imported(exported);
    const unmappedIds = r.notes.filter((n) => n.message.includes('not mapped to a name'));
    expect(unmappedIds).toEqual([
      { trigger: BILLING, where: 'actions[0]', field: 'group_id', severity: 'unmapped-action', message: 'group id 360007 is not mapped to a name; add it under map.groups' },
      { trigger: SURGE, where: 'conditions.all[1]', field: 'group_id', severity: 'unmapped-condition', message: 'group id 360005 is not mapped to a name; add it under map.groups' },
      { trigger: SURGE, where: 'actions[1]', field: 'group_id', severity: 'unmapped-action', message: 'group id 360007 is not mapped to a name; add it under map.groups' },
    ]);
    expect(r.skipped).toEqual([SURGE, VIP, WARRANTY]);
    expect(r.triggers.find((t) => t.title === BILLING)!.actions).toEqual([{ field: 'current_tags', value: 'auto-routing' }, { field: 'priority', value: 'high' }]);
  });

  it('group names (not numeric ids) pass through; agent and schedule ids use their own tables', () => {
    const r = imported({ triggers: [{ title: 't', conditions: { all: [{ field: 'group_id', operator: 'is', value: 'support' }, { field: 'assignee_id', operator: 'is', value: 77 }] },
      actions: [{ field: 'set_schedule', value: 12 }] }] }, { agents: { 77: 'a-1' }, schedules: { 12: 'support hours' } });
    expect(r.triggers[0]!.conditions.all).toEqual([{ field: 'group_id', operator: 'is', value: 'support' }, { field: 'assignee_id', operator: 'is', value: 'a-1' }]);
    expect(r.triggers[0]!.actions).toEqual([{ field: 'set_schedule', value: 'support hours' }]);
  });

  it('via ids and via types map to the channel omnisim simulates (email, messaging, voice) or are reported', () => {
    expect([0, 4, 5, 'web_form', 'mail', 'api'].map(viaChannel)).toEqual(Array(6).fill('email'));
    expect([29, 'chat', 'native_messaging', 'whatsapp', 'instagram_dm'].map(viaChannel)).toEqual(Array(5).fill('messaging'));
    expect([33, 34, 35, 44, 45, 46, 'voicemail', 'phone_call_inbound'].map(viaChannel)).toEqual(Array(8).fill('voice'));
    expect([8, 'twitter', 'closed_ticket'].map(viaChannel)).toEqual([null, null, null]);
    const r = imported({ triggers: [
      { title: 'calls', conditions: { all: [{ field: 'via_id', operator: 'is', value: 45 }] }, actions: [{ field: 'priority', value: 'high' }] },
      { title: 'current via', conditions: { all: [{ field: 'current_via_id', operator: 'is_not', value: 'whatsapp' }] }, actions: [{ field: 'priority', value: 'high' }] },
      { title: 'tweets', conditions: { any: [{ field: 'via_id', operator: 'is', value: 8 }] }, actions: [{ field: 'priority', value: 'high' }] },
    ] });
    expect(r.triggers.map((t) => [t.title, t.conditions.all])).toEqual([
      ['calls', [{ field: 'channel', operator: 'is', value: 'voice' }]],
      ['current via', [{ field: 'channel', operator: 'is_not', value: 'messaging' }]],
    ]);
    expect(r.notes).toEqual([{ trigger: 'tweets', where: 'conditions.any[0]', field: 'via_id', severity: 'unmapped-condition', message: 'via 8 is not a messaging, email or voice channel omnisim simulates' }]);
  });

  it('a file that is not a Triggers API export is an error', () => {
    expect(importZendeskTriggers({ views: [] })).toEqual({ error: 'expected a Triggers API export: { "triggers": [ … ] }, a list of triggers, or { "trigger": { … } }' });
  });
});


describe('omnisim import-triggers', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'omnisim-import-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const REPORT = [
    `• ${NOTIFY} — mapped: 2 condition(s), 1 action(s)`,
    '    actions[0] notification_user: note — notifications have no effect on routing; a firing that only notifies is counted as a no-op firing',
    `• ${BILLING} — mapped: 2 condition(s), 3 action(s)`,
    `• ${TAG_ENDED} — mapped: 2 condition(s), 1 action(s)`,
    `• ${SURGE} — mapped: 2 condition(s), 2 action(s)`,
    '    actions[2] comment_value: action not mapped — comments are not simulated',
    `• ${VIP} — NOT IMPORTED: an unmapped condition would change what it matches`,
    '    conditions.all[0] organization_id: condition not mapped — organizations are not simulated',
    `• ${WARRANTY} — NOT IMPORTED: an unmapped condition would change what it matches`,
    '    conditions.all[1] assignee_id: condition not mapped — current_user (the agent making the update) has no counterpart in a simulation',
    '    actions[0] custom_fields_5500123: action not mapped — custom ticket fields are not simulated',
    '    actions[1] ticket_type_id: action not mapped — ticket types are not simulated',
    '',
    '4 of 6 trigger(s) imported; 2 condition(s) and 3 action(s) not mapped.',
  ].join('\n') + '\n';

  it('without --map, an unmapped id says to add it to a --map file (a scenario\'s map.groups is not where it goes here)', async () => {
    const o = await omnisim('import-triggers', EXPORT_PATH);
    expect(o.out).toContain(`    actions[0] group_id: action not mapped — group id 360007 is not mapped to a name; add it under "groups" in a --map file ({"groups": {"<id>": "<name>"}})\n`);
    expect(o.out).not.toContain('map.groups');
  });

  it('prints the report, then the triggers as YAML', async () => {
    const o = await omnisim('import-triggers', EXPORT_PATH, '--map', MAP_PATH);
    expect([o.code, o.err]).toEqual([0, '']);
    expect(o.out.startsWith(REPORT + '\ntriggers:\n')).toBe(true);
  });

  it('--out writes the YAML; pasted into a scenario it compiles to the same triggers, which then fire', async () => {
    const out = join(dir, 'triggers.yaml');
    const o = await omnisim('import-triggers', EXPORT_PATH, '--map', MAP_PATH, '--out', out);
    expect(o.code).toBe(0);
    expect(o.out).toBe(`${REPORT}\nwrote ${out} (paste it into a scenario, or reference the export with triggers: [{ import: ${EXPORT_PATH} }])\n`);
    const section = readFileSync(out, 'utf8');
    const base = (readScenarioFile('imported-triggers.yaml') as string).replace(/\ntriggers:[\s\S]*$/, '\n');
    expect(base).not.toContain('import:');
    const parsed = parseScenarioText(base + section);
    expect(parsed.errors).toEqual([]);
    const compiled = parsed.compiled!;
    expect(compiled.triggers.ticket.map((t) => t.spec)).toEqual(imported(exported, idMap).triggers);
    const figures = simulate(withRunOptions(compiled, { replications: 1 }), 0).triggers;
    expect(figures[BILLING]!.fired).toBeGreaterThan(0);
    expect(figures[NOTIFY]!.fired).toBe(0);
    expect(figures[NOTIFY]!.noOpFirings).toBeGreaterThan(0);
    expect(figures[SURGE]).toEqual({ fired: 0, noOpFirings: 0, surveysSent: 0, switchedOnSeconds: 0 });
  });

  it('two triggers with one title: a line each, each with its own notes, counted apart', async () => {
    const path = join(dir, 'same-title.json');
    const condition = (field: string, value: string) => ({ field, operator: 'is', value });
    writeFileSync(path, JSON.stringify({ triggers: [
      { title: 'Same', conditions: { all: [condition('channel', 'email')] }, actions: [{ field: 'priority', value: 'high' }] },
      { title: 'Same', conditions: { all: [condition('organization_id', '5')] }, actions: [{ field: 'priority', value: 'low' }] },
    ] }));
    const o = await omnisim('import-triggers', path);
    expect(o.code).toBe(0);
    expect(o.out.split('\n\ntriggers:')[0]).toBe([
      '• Same — mapped: 1 condition(s), 1 action(s)',
      '• Same — NOT IMPORTED: an unmapped condition would change what it matches',
      '    conditions.all[0] organization_id: condition not mapped — organizations are not simulated',
      '',
      '1 of 2 trigger(s) imported; 1 condition(s) and 0 action(s) not mapped.',
    ].join('\n'));
  });

  it('a --map that is not { groups | agents | schedules | skills | brands: { id: name } } is refused by name, not an internal error', async () => {
    const map = (name: string, content: string) => {
      writeFileSync(join(dir, name), content);
      return join(dir, name);
    };
    const cases: [string, string][] = [
      ['{"groups": 5}', 'groups: expected a mapping of ids to names, e.g. {"360001": "support"}, got 5'],
      ['{"groups": {"360007": null}}', 'groups."360007": expected a name, got null'],
      ['{"group": {"360007": "billing"}}', 'unknown key "group" (expected groups, agents, schedules, skills, brands)'],
      ['[]', 'expected JSON like {"groups": {"360001": "support"}, "skills": {"<skill id>": "spanish"}}, got a list'],
    ];
    for (const [i, [content, message]] of cases.entries()) {
      const file = map(`map-${i}.json`, content);
      const o = await omnisim('import-triggers', EXPORT_PATH, '--map', file);
      expect([o.code, o.err]).toEqual([1, `omnisim: --map ${file}: ${message}\n`]);
    }
  });

  it('a missing export is a user error, not a stack trace', async () => {
    const o = await omnisim('import-triggers', join(dir, 'nope.json'));
    expect(o).toEqual({ code: 1, out: '', err: `omnisim: ${join(dir, 'nope.json')}: no such file\n` });
  });
});

describe('a scenario importing the export', () => {
  const text = readScenarioFile('imported-triggers.yaml') as string;
  const msg = (trigger: string, where: string, field: string, why: string) => `triggers/zendesk-export.json: trigger "${trigger}", ${where} (${field}): ${why}`;

  it('with onUnmapped: skipTrigger it runs, warning about each trigger and action left out', () => {
    const r = parseScenarioText(text, { readFile: readScenarioFile });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      `triggers[0].import: ${msg(SURGE, 'actions[2]', 'comment_value', 'comments are not simulated')} — action left out`,
      `triggers[0].import: ${msg(VIP, 'conditions.all[0]', 'organization_id', 'organizations are not simulated')} — trigger left out`,
      `triggers[0].import: ${msg(WARRANTY, 'conditions.all[1]', 'assignee_id', 'current_user (the agent making the update) has no counterpart in a simulation')} — trigger left out`,
      `triggers[0].import: ${msg(WARRANTY, 'actions[0]', 'custom_fields_5500123', 'custom ticket fields are not simulated')} — action left out`,
      `triggers[0].import: ${msg(WARRANTY, 'actions[1]', 'ticket_type_id', 'ticket types are not simulated')} — action left out`,
    ]);
    expect(r.compiled!.triggers.ticket.map((t) => t.spec.title)).toEqual([NOTIFY, BILLING, TAG_ENDED, SURGE]);
  });

  it('onUnmapped: error (the default) refuses the scenario, naming each trigger that cannot be imported', () => {
    const strict = text.replace(/\n\s*onUnmapped: skipTrigger/, '');
    expect(strict).not.toMatch(/^\s+onUnmapped:/m);
    const r = parseScenarioText(strict, { readFile: readScenarioFile });
    expect(r.compiled).toBeUndefined();
    const tail = ' — the trigger would match more than it should; map it, or set onUnmapped: skipTrigger';
    expect(r.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      `triggers[0].import: ${msg(VIP, 'conditions.all[0]', 'organization_id', 'organizations are not simulated')}${tail}`,
      `triggers[0].import: ${msg(WARRANTY, 'conditions.all[1]', 'assignee_id', 'current_user (the agent making the update) has no counterpart in a simulation')}${tail}`,
    ]);
  });

  it('a map: part that is not { id: name } is refused at its path (it was read as no map)', () => {
    const bad = text.replace('map: { groups: { "360005": support, "360007": billing } }', 'map: { groups: 5, skills: { "ab12": [spanish] } }');
    expect(bad).not.toBe(text);
    const r = parseScenarioText(bad, { readFile: readScenarioFile });
    expect(r.compiled).toBeUndefined();
    expect(r.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'triggers[0].map.groups: expected a mapping (key: value lines), got 5',
      'triggers[0].map.skills.ab12: expected the scenario\'s name for id ab12, e.g. "ab12": support, got a list',
    ]);
  });

  it('onUnmapped: error through the CLI: exit 1 with file, line and the trigger named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'omnisim-import-'));
    try {
      mkdirSync(join(dir, 'triggers'));
      copyFileSync(EXPORT_PATH, join(dir, 'triggers', 'zendesk-export.json'));
      const file = join(dir, 'strict.yaml');
      writeFileSync(file, text.replace(/\n\s*onUnmapped: skipTrigger/, ''));
      const o = await omnisim('validate', file);
      expect(o.code).toBe(1);
      expect(o.err).toContain(`triggers[0].import: ${msg(VIP, 'conditions.all[0]', 'organization_id', 'organizations are not simulated')}`);
      expect(o.err).toContain(`trigger "${WARRANTY}"`);
      expect(o.err).toMatch(/strict\.yaml:\d+:\d+ triggers\[0\]\.import/);
      expect(o.err.trimEnd().split('\n').at(-1)).toBe(`omnisim: ${file}: 2 problems`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('an export of the wrong shape never becomes a trigger that matches everything', () => {
  const solve = [{ field: 'status', value: 'solved' }];
  const notesOf = (r: ImportResult) => r.notes.map((n) => `${n.trigger} ${n.where}: ${n.message}`);

  it('conditions that are not { all, any } leave the trigger out, saying why', () => {
    const r = imported({ triggers: [{ title: 'x', conditions: 'abc', actions: solve }] });
    expect(r.triggers).toEqual([]);
    expect(r.skipped).toEqual(['x']);
    expect(notesOf(r)).toEqual(['x conditions: expected { "all": [ … ], "any": [ … ] }, got "abc"']);
  });

  it('all/any that are not lists, and conditions that are not objects, leave it out too', () => {
    const r = imported({ triggers: [
      { title: 'a', conditions: { all: 'q' }, actions: solve },
      { title: 'b', conditions: { any: [7] }, actions: solve },
      { title: 'c', conditions: { all: [{ operator: 'is', value: 'open' }] }, actions: solve },
    ] });
    expect(r.triggers).toEqual([]);
    expect(notesOf(r)).toEqual([
      'a conditions.all: expected a list of conditions, got "q"',
      'b conditions.any[0]: expected a condition { "field", "operator", "value" }, got 7',
      'c conditions.all[0]: expected the field\'s name as text, got nothing',
    ]);
  });

  it('a condition with no value is checked as a scenario\'s would be ("needs a value")', () => {
    const r = imported({ triggers: [{ title: 'x', conditions: { all: [{ field: 'status', operator: 'is' }] }, actions: solve }] });
    expect(r.triggers).toEqual([]);
    expect(notesOf(r)).toEqual(['x conditions.all[0]: needs a value: one of new, open, pending, on-hold, solved, closed']);
  });

  it('an entry that is not an object, a title that is not text and actions that are not a list are reported', () => {
    const r = imported({ triggers: [5, { title: 3, conditions: { all: [{ field: 'status', operator: 'is', value: 'open' }] }, actions: 'z' }] });
    expect(r.skipped).toEqual(['trigger 1']);
    expect(r.triggers.map((t) => [t.title, t.actions.length])).toEqual([['trigger 2', 0]]);
    expect(notesOf(r)).toEqual([
      'trigger 1 : expected a trigger object, got 5',
      'trigger 2 title: expected text, got 3; named "trigger 2"',
      'trigger 2 actions: expected a list of actions, got "z"',
    ]);
  });

  it('a trigger with no conditions is refused, named by title and place in the export: Zendesk requires a condition, and it would fire on every update', () => {
    const r = imported({ triggers: [
      { title: 'everything', position: 7, conditions: { all: [], any: [] }, actions: solve },
      { title: 'no key', actions: solve },
      { title: 'kept', conditions: { any: [{ field: 'status', operator: 'is', value: 'open' }] }, actions: solve },
    ] });
    expect(r.triggers.map((t) => t.title)).toEqual(['kept']);
    expect(r.skipped).toEqual(['everything', 'no key']);
    expect(r.notes.map((n) => [n.severity, `${n.trigger} ${n.where}: ${n.message}`])).toEqual([
      ['refused', 'everything conditions: no conditions (trigger 1 of the export, position 7): Zendesk requires at least one, and without one it would fire on every ticket at every update'],
      ['refused', 'no key conditions: no conditions (trigger 2 of the export): Zendesk requires at least one, and without one it would fire on every ticket at every update'],
    ]);
  });

  it('import-triggers says so on the trigger\'s line and in the count', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'omnisim-noconds-'));
    try {
      const file = join(dir, 'export.json');
      writeFileSync(file, JSON.stringify({ triggers: [{ title: 'Tag everything', position: 3, conditions: { all: [], any: [] }, actions: [{ field: 'current_tags', value: 'x' }] }] }));
      const o = await omnisim('import-triggers', file);
      expect(o.out.split('\n').slice(0, 4)).toEqual([
        '• Tag everything — NOT IMPORTED: Zendesk would not accept it as exported',
        '    conditions: refused — no conditions (trigger 1 of the export, position 3): Zendesk requires at least one, and without one it would fire on every ticket at every update',
        '',
        '0 of 1 trigger(s) imported; 0 condition(s) and 0 action(s) not mapped; 1 trigger(s) with no conditions refused.',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a scenario importing one is refused by default, and warned about with onUnmapped: skipTrigger; one written in a scenario is warned about', () => {
    const head = 'channels:\n  voice: { arrivals: 200/h }\nagents: [{ team: a, count: 20, capacity: { voice: 1 } }]\ntriggers:\n';
    const file = () => JSON.stringify({ triggers: [{ title: 'x', conditions: { all: [] }, actions: solve }] });
    const strict = parseScenarioText(`${head}  - import: bad.json\n`, { readFile: file });
    expect(strict.errors.map((e) => e.message)).toEqual([
      'bad.json: trigger "x", conditions (conditions): no conditions (trigger 1 of the export): Zendesk requires at least one, and without one it would fire on every ticket at every update; give it a condition in the export, or set onUnmapped: skipTrigger to leave it out',
    ]);
    const lenient = parseScenarioText(`${head}  - { import: bad.json, onUnmapped: skipTrigger }\n`, { readFile: file });
    expect(lenient.compiled!.triggers.ticket).toEqual([]);
    expect(lenient.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^bad\.json: trigger "x", conditions \(conditions\): no conditions .* — trigger left out$/)]);
    const written = parseScenarioText(`${head}  - { title: solve all, actions: [{ field: status, value: solved }] }\n`);
    expect(written.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      'triggers[0].conditions: trigger "solve all" has no conditions: it fires on every ticket at every update (R51); Zendesk requires at least one condition',
    ]);
  });

  it('a scenario importing such a file is refused by default (onUnmapped: error)', () => {
    const r = parseScenarioText('channels:\n  voice: { arrivals: 200/h }\nagents: [{ team: a, capacity: { voice: 1 } }]\ntriggers:\n  - import: bad.json\n', {
      readFile: () => JSON.stringify({ triggers: [{ title: 'x', conditions: 'abc', actions: solve }] }),
    });
    expect(r.compiled).toBeUndefined();
    expect(r.errors.map((e) => e.message)).toEqual([
      'bad.json: trigger "x", conditions (conditions): expected { "all": [ … ], "any": [ … ] }, got "abc" — the trigger would match more than it should; map it, or set onUnmapped: skipTrigger',
    ]);
  });
});

describe('an export entry that is no trigger object at all', () => {
  // It was told as an unmapped condition: "an unmapped condition would change what it matches",
  // counted among the conditions not mapped, and in a scenario "the trigger would match more than it should".
  it('is its own kind of note, not an unmapped condition', () => {
    expect(imported({ triggers: [5] }).notes.map((n) => n.severity)).toEqual(['not-a-trigger']);
  });

  it('import-triggers says it is not a trigger, and counts it apart from conditions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'omnisim-notatrigger-'));
    try {
      const file = join(dir, 'export.json');
      writeFileSync(file, JSON.stringify([1, 2]));
      const o = await omnisim('import-triggers', file);
      expect(o.out.split('\n').slice(0, 6)).toEqual([
        '• trigger 1 — NOT IMPORTED: not a trigger',
        '    refused — expected a trigger object, got 1',
        '• trigger 2 — NOT IMPORTED: not a trigger',
        '    refused — expected a trigger object, got 2',
        '',
        '0 of 2 trigger(s) imported; 0 condition(s) and 0 action(s) not mapped; 2 entries not a trigger object.',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a scenario importing it is told which entry, and how to go on', () => {
    const head = 'channels:\n  voice: { arrivals: 200/h }\nagents: [{ team: a, count: 20, capacity: { voice: 1 } }]\ntriggers:\n';
    const strict = parseScenarioText(`${head}  - import: bad.json\n`, { readFile: () => '[5]' });
    expect(strict.errors.map((e) => e.message)).toEqual([
      'bad.json: trigger 1 of the export: expected a trigger object, got 5; fix the export, or set onUnmapped: skipTrigger to leave it out',
    ]);
    const lenient = parseScenarioText(`${head}  - { import: bad.json, onUnmapped: skipTrigger }\n`, { readFile: () => '[5]' });
    expect(lenient.warnings.map((w) => w.message)).toEqual(['bad.json: trigger 1 of the export: expected a trigger object, got 5 — left out']);
  });
});
