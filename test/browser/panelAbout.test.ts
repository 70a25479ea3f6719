// What a panel runs, said under its title as the HTML report heads its page: the scenario's
// `description:` — an admin choosing recipes/g-active-inactive-queues.yaml from the list read a
// file name and nothing of what the scenario is about. None shown for a scenario without one.

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openSite, panelTexts, ROOT } from './support/site.ts';
import type { Site } from './support/site.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

const description = (file: string) => parseScenarioText(readFileSync(join(ROOT, 'scenarios', file), 'utf8')).compiled!.scenario.description;

/** Each panel's description once its run's meta came (null: none shown). */
const about = (page: Page, panels: number) => panelTexts(page, panels, '.panel-about');

describe('the panel says what its scenario is about', () => {
  it('recipe G side by side: each panel shows the scenario\'s description; E1, which has none, shows nothing', async () => {
    const g = 'recipes/g-active-inactive-queues.yaml';
    expect(description(g)).toBe('Separate queues (and groups) for active and inactive conversations.');
    const page = await site.open(`scenario=${g}&variant=recipe&compare=baseline`);
    await page.waitForFunction(() => document.querySelectorAll('.panel h2')[1]?.textContent?.includes('baseline'), null, { timeout: 60_000 });
    expect(await about(page, 2)).toEqual([description(g), description(g)]);
    expect(description('erlang-c-e1.yaml')).toBe('');
    await page.selectOption('#compare-picker', '');
    await page.selectOption('#scenario-picker', 'erlang-c-e1.yaml');
    await page.waitForFunction(() => document.querySelector('.panel h2')?.textContent?.includes('erlang-c-e1'));
    expect(await about(page, 1)).toEqual([null]);
    await page.close();
  });
});
