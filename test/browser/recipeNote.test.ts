// Q19 on the page: a recipe scenario whose recipe is partly reconstructed says so under the
// panel's title, in the words `omnisim validate` and the HTML report use — chosen from the list,
// uploaded, and in each panel side by side (recipe F: only the F3 variants are reconstructed).
// An exact recipe, and a scenario with no recipe, show nothing there.

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openSite, panelTexts, ROOT } from './support/site.ts';
import type { Site } from './support/site.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { recipeNote } from '../../sim/scenario/recipeNote.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

const source = (file: string) => readFileSync(join(ROOT, 'scenarios', file), 'utf8');
/** The note the CLI prints for the file (or its variant), with the page's capital N. */
function cliNote(file: string, variant?: string): string | null {
  const r = parseScenarioText(source(file));
  const sc = variant === undefined ? r.compiled!.scenario : r.variants.find((v) => v.name === variant)!.compiled.scenario;
  return recipeNote(sc)?.replace(/^note: /, 'Note: ') ?? null;
}

/** Each panel's note once its run's meta came (null: none shown). */
const notes = (page: Page, panels: number) => panelTexts(page, panels, '.panel-recipe');

describe('Q19: the page says a recipe is reconstructed', () => {
  it('a bundled reconstructed recipe (D) shows the CLI\'s note under its title; an exact one (E) and a plain scenario show none', async () => {
    const page = await site.open('scenario=recipes/d-reporting-ended-sessions.yaml');
    const d = await notes(page, 1);
    expect(d[0]).toMatch(/^Note: recipe D — Reporting on messaging tickets with ended sessions \[S13 \(title only\), S1\] is reconstructed \(spec Q19\): /);
    expect(d[0]).toBe(cliNote('recipes/d-reporting-ended-sessions.yaml'));
    // Choosing another scenario from the list replaces the note (an exact recipe: none).
    await page.selectOption('#scenario-picker', 'recipes/e-csat-on-session-end.yaml');
    await page.waitForFunction(() => document.querySelector('.panel h2')?.textContent?.includes('e-csat'));
    expect(await notes(page, 1)).toEqual([null]);
    await page.selectOption('#scenario-picker', 'recipes/b-surge-omnichannel-routing.yaml');
    await page.waitForFunction(() => document.querySelector('.panel h2')?.textContent?.includes('b-surge'));
    expect((await notes(page, 1))[0]).toBe(cliNote('recipes/b-surge-omnichannel-routing.yaml'));
    await page.selectOption('#scenario-picker', 'erlang-c-e1.yaml');
    await page.waitForFunction(() => document.querySelector('.panel h2')?.textContent?.includes('erlang-c-e1'));
    expect(await notes(page, 1)).toEqual([null]);
    await page.close();
  });

  it('side by side, each panel shows its own run\'s note: recipe F\'s F3 variant is reconstructed, F1 is not', async () => {
    const page = await site.open('scenario=recipes/f-abandoned-conversations.yaml&variant=f1-solve&compare=f3-secondary-queue');
    await page.waitForFunction(() => document.querySelectorAll('.panel h2')[1]?.textContent?.includes('f3-secondary-queue'), null, { timeout: 60_000 });
    const [main, comparison] = await notes(page, 2);
    expect(main).toBeNull();
    expect(comparison).toMatch(/^Note: recipe F3 — Abandoned conversations to a lower-priority secondary queue \[S14\] is reconstructed \(spec Q19\): /);
    expect(comparison).toBe(cliNote('recipes/f-abandoned-conversations.yaml', 'f3-secondary-queue'));
    await page.close();
  });

  it('an uploaded reconstructed recipe (C) shows the note', async () => {
    const page = await site.open('scenario=erlang-c-e1.yaml');
    expect(await notes(page, 1)).toEqual([null]);
    await page.setInputFiles('#upload', [{ name: 'my-after-hours.yaml', mimeType: 'text/yaml', buffer: Buffer.from(source('recipes/c-outside-business-hours.yaml')) }]);
    await page.waitForFunction(() => document.querySelector('.panel h2')?.textContent?.includes('my-after-hours.yaml'));
    const [c] = await notes(page, 1);
    expect(c).toMatch(/^Note: recipe C — Managing tickets created outside business hours/);
    expect(c).toBe(cliNote('recipes/c-outside-business-hours.yaml'));
    await page.close();
  });
});
