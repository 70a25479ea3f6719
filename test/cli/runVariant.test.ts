// `omnisim run --variant NAME` says which variant its table and its JSON report are of: the first
// line and the report were the same for every variant of a scenario, so two saved could not be told apart.

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { omnisim } from '../support/cli.ts';
import { SCENARIO_DIR } from '../support/scenarios.ts';

describe('omnisim run --variant', () => {
  it('names the variant in the first line; without it, no variant is named', async () => {
    const file = join(SCENARIO_DIR, 'recipes', 'a-surge-messaging-routing.yaml');
    const recipe = await omnisim('run', file, '--variant', 'recipe', '--replications', '2');
    expect(recipe.out.split('\n')[0]).toBe('recipe-a-surge-messaging-routing · variant recipe · seed 101 · 2 replications × 1d');
    const base = await omnisim('run', file, '--replications', '2');
    expect(base.out.split('\n')[0]).toBe('recipe-a-surge-messaging-routing · seed 101 · 2 replications × 1d');
  });

  it('names the variant in the JSON report ("variant": "recipe"); without --variant it is null, right after the scenario', async () => {
    const file = join(SCENARIO_DIR, 'recipes', 'a-surge-messaging-routing.yaml');
    const recipe = await omnisim('run', file, '--variant', 'recipe', '--replications', '2', '--json', '-');
    expect(recipe.code).toBe(0);
    expect(JSON.parse(recipe.out)).toMatchObject({ reportVersion: 5, scenario: 'recipe-a-surge-messaging-routing', variant: 'recipe' });
    const base = await omnisim('run', file, '--replications', '2', '--json', '-');
    expect(base.out.split('\n').slice(1, 4)).toEqual(['  "reportVersion": 5,', '  "scenario": "recipe-a-surge-messaging-routing",', '  "variant": null,']);
  });
});
