// What a recipe's triggers did, on the page: recipe E's whole effect is CSAT surveys (R49) and
// recipe D's a tag, so side by side with the baseline every other figure is the same and the page
// showed two identical panels. The headline tile now ends with the triggers' table of `omnisim
// run` — fired, matched with no change, surveys — with the CLI's figures to the last bit.

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openSite, ready, ROOT, SHOTS } from './support/site.ts';
import type { Site } from './support/site.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { runScenario } from '../../sim/run/runScenario.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

const E = 'recipes/e-csat-on-session-end.yaml';
const CSAT = 'Request customer satisfaction rating (messaging)';

/** The CLI's report of a variant of a bundled scenario. */
function cliReport(file: string, variant: string) {
  const r = parseScenarioText(readFileSync(join(ROOT, 'scenarios', file), 'utf8'));
  return runScenario(r.variants.find((v) => v.name === variant)!.compiled);
}

const shown = (page: Page, panel: number, metric: string) =>
  page.locator('.panel').nth(panel).locator(`[data-metric="${metric}"]`).getAttribute('data-mean').then((v) => (v === null ? null : Number(v)));

describe('the triggers\' table in the headline figures', () => {
  it('recipe E beside its baseline: the CSAT trigger\'s firings and surveys, as the CLI reports them, differ by the agent-ended sessions', async () => {
    const page = await site.open(`scenario=${E}&variant=recipe&compare=baseline`);
    await page.waitForFunction(() => document.querySelectorAll('.panel').length === 2, null, { timeout: 30_000 });
    await ready(page);
    for (const [panel, variant] of [[0, 'recipe'], [1, 'baseline']] as const) {
      const cli = cliReport(E, variant).triggers[CSAT]!;
      for (const key of ['fired', 'noOpFirings', 'surveysSent'] as const) {
        expect(await shown(page, panel, `triggers.${CSAT}.${key}`), `${variant} ${key}`).toBe(cli[key].mean);
      }
    }
    const recipe = (await shown(page, 0, `triggers.${CSAT}.surveysSent`))!;
    const baseline = (await shown(page, 1, `triggers.${CSAT}.surveysSent`))!;
    expect(recipe - baseline).toBeGreaterThan(100); // ≈ the 200 sessions ended by agents a day
    // Headed as the CLI heads its table, with a row named after the trigger.
    const table = page.locator('.panel').nth(0).locator('.ov-triggers');
    expect(await table.locator('thead th').allTextContents()).toEqual(['trigger / automation', 'fired', 'matched, no change', 'surveys']);
    expect(await table.locator('tbody th').allTextContents()).toEqual([CSAT]);
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'recipe-e-triggers.png') });
    await page.close();
  });
});
