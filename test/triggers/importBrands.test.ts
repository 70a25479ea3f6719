// Importing brand conditions of a Triggers API export (R7): `brand_id` ids become the
// scenario's brand names through map.brands (as group ids through map.groups), an unmapped id
// keeps the trigger out (it would match more than it should), and a scenario importing such a
// trigger acts on the brand. Changing a ticket's brand (a brand_id action) is not simulated.

import { describe, it, expect } from 'vitest';
import { importZendeskTriggers } from '../../sim/triggers/import/zendeskImport.ts';
import type { IdMap, ImportResult } from '../../sim/triggers/import/zendeskImport.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { Engine } from '../../sim/engine/Engine.ts';
import { desk } from './ruleTrace.ts';
import { omnisim } from '../support/cli.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAP: IdMap = { brands: { '360001': 'acme', '360002': 'beta' } };
const exportOf = (conditions: object[], actions: object[] = [{ field: 'priority', value: 'high' }]) => ({
  triggers: [{ title: 'beta first', active: true, position: 1, conditions: { all: [{ field: 'update_type', operator: 'is', value: 'Create' }, ...conditions], any: [] }, actions }],
});

function imported(json: unknown, ids: IdMap): ImportResult {
  const r = importZendeskTriggers(json, ids);
  if ('error' in r) throw new Error(r.error);
  return r;
}

describe('importing brand_id', () => {
  it('a brand_id condition becomes a brand condition on the name map.brands gives (is and is_not)', () => {
    const r = imported(exportOf([{ field: 'brand_id', operator: 'is', value: 360002 }, { field: 'brand_id', operator: 'is_not', value: '360001' }]), MAP);
    expect(r.notes).toEqual([]);
    expect(r.triggers[0]!.conditions.all.slice(1)).toEqual([
      { field: 'brand_id', operator: 'is', value: 'beta' },
      { field: 'brand_id', operator: 'is_not', value: 'acme' },
    ]);
  });

  it('an unmapped brand id leaves the trigger out, saying to add it under map.brands', () => {
    const r = imported(exportOf([{ field: 'brand_id', operator: 'is', value: 360009 }]), MAP);
    expect(r.triggers).toEqual([]);
    expect(r.skipped).toEqual(['beta first']);
    expect(r.notes).toEqual([{ trigger: 'beta first', where: 'conditions.all[1]', field: 'brand_id', severity: 'unmapped-condition', message: 'brand id 360009 is not mapped to a name; add it under map.brands' }]);
  });

  it('a brand_id action is not simulated: left out with its reason, the trigger kept', () => {
    const r = imported(exportOf([], [{ field: 'brand_id', value: '360001' }, { field: 'priority', value: 'high' }]), MAP);
    expect(r.triggers[0]!.actions).toEqual([{ field: 'priority', value: 'high' }]);
    expect(r.notes.map((n) => `${n.severity}: ${n.message}`)).toEqual([
      'unmapped-action: changing a ticket\'s brand is not simulated (R7: a ticket keeps the brand drawn at arrival)',
    ]);
  });
});

describe('a scenario importing a brand trigger', () => {
  const exportJson = JSON.stringify(exportOf([{ field: 'brand_id', operator: 'is', value: 360002 }]));
  const scenario = (map: string) => `${desk({
    times: ['0s', '1s', '2s', '3s', '4s', '5s'], email: ['brands: { acme: 50%, beta: 50% }'],
  })}triggers:\n  - { import: export.json, map: ${map} }\n`;
  const parse = (map: string) => parseScenarioText(scenario(map), { readFile: () => exportJson });

  it('with map.brands the imported trigger raises exactly the Beta tickets to high priority', () => {
    const r = parse('{ brands: { "360002": beta } }');
    expect(r.errors).toEqual([]);
    const e = new Engine(r.compiled!, 0);
    const brand = new Map<number, string>();
    const raised: number[] = [];
    e.bus.subscribe((ev) => {
      if (ev.type === 'TicketBranded') brand.set(ev.ticket, ev.brand);
      if (ev.type === 'TriggerFired' && ev.changed) raised.push(ev.ticket);
    });
    e.run();
    const beta = [...brand].filter(([, b]) => b === 'beta').map(([id]) => id);
    expect(beta.length).toBeGreaterThan(0);
    expect(beta.length).toBeLessThan(6);
    expect(raised).toEqual(beta);
  });

  it('a name the map gives that the scenario lacks is an error at the imported condition', () => {
    const r = parse('{ brands: { "360002": betta } }');
    expect(r.errors.map((x) => `${x.path}: ${x.message}`)).toEqual([
      'triggers[0].conditions.all[1].value: unknown brand "betta" (did you mean "beta"?); brands: acme, beta',
    ]);
  });

  it('omnisim import-triggers --map takes brands too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'omnisim-brands-'));
    writeFileSync(join(dir, 'export.json'), exportJson);
    writeFileSync(join(dir, 'map.json'), JSON.stringify({ brands: { '360002': 'beta' } }));
    const o = await omnisim('import-triggers', join(dir, 'export.json'), '--map', join(dir, 'map.json'));
    expect(o.code).toBe(0);
    expect(o.out).toContain('• beta first — mapped: 2 condition(s), 1 action(s)');
    expect(o.out).toContain('field: brand_id');
    expect(o.out).toContain('value: beta');
  });
});
