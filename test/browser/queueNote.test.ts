// The queue chart plays the first replication back; the tiles are the mean over all of them. In
// recipe B (seed 102) the first replication queues nobody while the others do (P(wait) 4.8 %),
// and the chart read 0 waiting with nothing to say why. Under the chart, a note now says nobody
// queued in the replication played and gives the report's queue figures as `omnisim run` prints
// them. A scenario whose first replication queues (recipe A), or in which no replication queues
// (recipe D), shows no note.

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openSite, ready, ROOT, SHOTS } from './support/site.ts';
import type { Site } from './support/site.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { runScenario } from '../../sim/run/runScenario.ts';
import { formatEstimate } from '../../sim/cli/formatEstimate.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

const B = 'recipes/b-surge-omnichannel-routing.yaml';

function compiled(file: string) {
  return parseScenarioText(readFileSync(join(ROOT, 'scenarios', file), 'utf8')).compiled!;
}

const note = (page: Page) => page.locator('.panel-queue-note').evaluateAll((es) => es.filter((e) => !(e as HTMLElement).hidden).map((e) => e.textContent));

describe('the note under "Tickets waiting"', () => {
  it('recipe B: the replication played queues nobody, the others do; the note says so with the CLI\'s queue figures', async () => {
    // The premise, as the CLI has it: replication 0 alone queues nobody, all 20 do.
    const c = compiled(B);
    const first = runScenario({ ...c, scenario: { ...c.scenario, replications: 1 } });
    expect(first.queues).toEqual({});
    const all = runScenario(c);
    const live = all.queues['Live messaging (messaging)']!;
    expect(live.entered.mean).toBeGreaterThan(0);

    const page = await site.open(`scenario=${B}`);
    await ready(page);
    await page.screenshot({ path: join(SHOTS, 'queue-note-b.png'), fullPage: true });
    const [text, ...more] = await note(page);
    expect(more).toEqual([]);
    expect(text).toContain('Nobody waited in a queue in the replication played back (the first of 20)');
    expect(text).toContain(`Live messaging (messaging): ${formatEstimate(live.entered, 'count')} entered, at most ${formatEstimate(live.maxLength, 'number')} waiting at once`);
    await page.close();
  });

  it('recipe A (the first replication queues) and recipe D (no replication queues) show none', async () => {
    for (const file of ['recipes/a-surge-messaging-routing.yaml', 'recipes/d-reporting-ended-sessions.yaml']) {
      const page = await site.open(`scenario=${file}`);
      await ready(page);
      expect(await note(page)).toEqual([]);
      await page.close();
    }
  });

  it('side by side, only the panel whose played replication queued nobody shows it', async () => {
    const page = await site.open(`scenario=${B}&variant=recipe&compare=baseline`);
    await ready(page);
    const shown = await page.locator('.panel').evaluateAll((ps) => ps.map((p) => {
      const e = p.querySelector<HTMLElement>('.panel-queue-note');
      return e !== null && !e.hidden;
    }));
    // Each panel's own replication 0 decides: compare with the CLI's first replication of each variant.
    const r = parseScenarioText(readFileSync(join(ROOT, 'scenarios', B), 'utf8'));
    const expected = ['recipe', 'baseline'].map((name) => {
      const v = r.variants.find((x) => x.name === name)!.compiled;
      const one = runScenario({ ...v, scenario: { ...v.scenario, replications: 1 } });
      const every = runScenario(v);
      return Object.keys(one.queues).length === 0 && Object.values(every.queues).some((q) => (q.entered.mean ?? 0) > 0);
    });
    expect(shown).toEqual(expected);
    await page.close();
  });
});
