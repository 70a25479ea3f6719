// The built visualizer in headless Chromium: it loads, simulates a scenario in its worker, draws
// every view, shows the same headline numbers as `omnisim run --json` for the same scenario and
// seed, plays and scrubs, compares variants side by side, survives a bad upload with an error
// that says what and where, and looks right at a laptop and a large-screen width.

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openSite, ready, ROOT, SHOTS } from './support/site.ts';
import type { Site } from './support/site.ts';
import { runFile } from '../support/scenarios.ts';
import { omnisim } from '../support/cli.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { runScenario } from '../../sim/run/runScenario.ts';

let site: Site;
const open = (query: string): Promise<Page> => site.open(query);

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

describe('the visualizer page', () => {
  it('simulates E1 and shows the same headline numbers as the CLI report', async () => {
    const page = await open('scenario=erlang-c-e1.yaml');
    await ready(page);
    const cli = runFile('erlang-c-e1.yaml');
    const out = await omnisim('run', join(ROOT, 'scenarios', 'erlang-c-e1.yaml'), '--json', '-');
    const json = JSON.parse(out.out) as { channels: { voice: Record<string, { mean: number }> } };
    for (const metric of ['serviceLevel', 'asaSeconds', 'waitProbability', 'occupancy', 'abandonRate', 'throughputPerHour'] as const) {
      const shown = await page.getAttribute(`[data-metric="channels.voice.${metric}"]`, 'data-mean');
      expect(shown, metric).not.toBeNull();
      // To the last bit of the unrounded mean, and equal to the JSON report's (6 digits).
      expect(Number(shown), metric).toBe(cli.channels.voice![metric].mean);
      expect(Number(Number(shown).toPrecision(6)), metric).toBe(json.channels.voice[metric]!.mean);
    }
    // The analytic figure is shown next to the simulated one for an Erlang-shaped scenario.
    expect(await page.textContent('body')).toContain('Erlang');
    await page.close();
  });

  it('draws every view, plays and scrubs', async () => {
    const page = await open('scenario=multichannel-day.yaml&speed=max');
    await ready(page);
    await page.click('#play');
    await page.waitForFunction(() => Number((document.getElementById('scrubber') as HTMLInputElement).value) > 3600, null, { timeout: 30_000 });
    // Each view has drawn something.
    expect(await page.locator('.view-queue svg path').count()).toBeGreaterThan(0);
    expect(await page.locator('.view-capacity svg path').count()).toBeGreaterThan(0);
    expect(await page.locator('.view-flow svg path').count()).toBeGreaterThan(0);
    expect(await page.locator('.view-wait svg rect').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-metric]').count()).toBeGreaterThan(5);
    // The board is a stack of canvases (strips): count the painted pixels of them all.
    const painted = await page.evaluate(() => {
      let n = 0;
      for (const c of document.querySelectorAll<HTMLCanvasElement>('.view-agents canvas')) {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
      }
      return n;
    });
    expect(painted).toBeGreaterThan(1000);
    // Pause, then scrub back to 02:00: the clock follows.
    if ((await page.textContent('#play'))!.includes('Pause')) await page.click('#play');
    await page.locator('#scrubber').evaluate((el: HTMLInputElement) => {
      el.value = '7200';
      el.dispatchEvent(new Event('input'));
    });
    expect(await page.textContent('#clock')).toBe('02:00'); // a one-day run: as its time axis writes it
    await page.close();
  });

  it('shows a recipe side by side with its baseline, on one time axis', async () => {
    const page = await open('scenario=recipes/a-surge-messaging-routing.yaml&variant=recipe&compare=baseline');
    await page.waitForFunction(() => document.querySelectorAll('.panel').length === 2, null, { timeout: 30_000 });
    await ready(page);
    const titles = await page.locator('.panel > h2').allTextContents();
    expect(titles.join(' | ')).toContain('recipe');
    expect(titles.join(' | ')).toContain('baseline');
    const recipe = Number(await page.locator('.panel').nth(0).locator('[data-metric="channels.messaging.serviceLevel"]').getAttribute('data-mean'));
    const baseline = Number(await page.locator('.panel').nth(1).locator('[data-metric="channels.messaging.serviceLevel"]').getAttribute('data-mean'));
    expect(recipe).toBeGreaterThan(baseline);
    await page.close();
  });

  it('a bad upload shows what is wrong and where, and the page keeps working', async () => {
    const page = await open('scenario=erlang-c-e3.yaml');
    await ready(page);
    await page.setInputFiles('#upload', {
      name: 'bad.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from('name: bad\nchannels:\n  voice:\n    arrivals: { rate: fast }\nagents:\n  - { team: a, count: -2 }\n'),
    });
    await page.waitForSelector('#errors:not([hidden])');
    const text = (await page.textContent('#errors'))!;
    expect(text).toContain('bad.yaml:4:');
    expect(text).toContain('channels.voice.arrivals.rate');
    expect(text).toContain('agents[0].count');
    // Nothing of the scenario shown before stays on screen under the bad file's name.
    expect(await page.textContent('.panel > h2')).toContain('bad.yaml');
    expect(await page.locator('.panel .panel-views').isVisible()).toBe(false);
    // A binary file is called what it is, not quoted back as YAML errors.
    await page.setInputFiles('#upload', { name: 'picture.yaml', mimeType: 'text/yaml', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
    await page.waitForFunction(() => document.getElementById('errors')!.textContent!.includes('not a text file'));
    expect(await page.textContent('#errors')).toContain('picture.yaml is not a text file (a scenario is YAML or JSON text in UTF-8)');
    // The page still works: pick another scenario and it simulates.
    await page.selectOption('#scenario-picker', 'erlang-c-e5-chat.yaml');
    await ready(page);
    expect(await page.locator('[data-metric="channels.messaging.serviceLevel"]').count()).toBe(1);
    await page.close();
  });

  it('looks right at a laptop and a large-screen width (screenshots in test-results/)', async () => {
    for (const width of [1000, 1920]) {
      const page = await open('scenario=end-sessions-routed-as-email.yaml&speed=max');
      await page.setViewportSize({ width, height: 1100 });
      await ready(page);
      await page.click('#play');
      await page.waitForFunction(() => Number((document.getElementById('scrubber') as HTMLInputElement).value) >= 43200, null, { timeout: 30_000 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `no horizontal scrolling at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SHOTS, `visualizer-${width}.png`), fullPage: true });
      await page.close();
    }
  });

  it('the knobs editor re-runs the scenario with fewer agents and the routing setting off; a bad value is refused', async () => {
    const page = await open('scenario=end-sessions-routed-as-email.yaml');
    await ready(page);
    const metric = async (m: string) => Number(await page.getAttribute(`[data-metric="${m}"]`, 'data-mean'));
    const before = { sl: await metric('channels.messaging.serviceLevel'), stranded: await metric('sessions.stranded') };
    await page.click('#knobs-toggle');
    await page.fill('input[name=team-0-count]', '8');
    await page.uncheck('input[name=route-agent-ended-as-email]');
    await page.click('#knobs button[type=submit]');
    await page.waitForFunction((sl) => document.body.dataset['status'] === 'ready'
      && Number(document.querySelector('[data-metric="channels.messaging.serviceLevel"]')?.getAttribute('data-mean')) !== sl, before.sl, { timeout: 60_000 });
    expect(await metric('channels.messaging.serviceLevel')).toBeLessThan(before.sl);
    expect(before.stranded).toBe(0);
    expect(await metric('sessions.stranded')).toBeGreaterThan(0); // R43 off: agent-ended sessions are stranded (R4)
    await page.fill('input[name=team-0-count]', '-3');
    await page.click('#knobs button[type=submit]');
    await page.waitForSelector('#errors:not([hidden])');
    expect(await page.textContent('#errors')).toContain('Team chat · agents:');
    // An emptied field is refused too, not run as 0 agents.
    await page.fill('input[name=team-0-count]', '');
    await page.click('#knobs button[type=submit]');
    await page.waitForFunction(() => document.getElementById('errors')!.textContent!.includes('enter a number'));
    expect(await page.textContent('#errors')).toContain('Team chat · agents: enter a number (the field is empty)');
    await page.close();
  });

  it('a knob keeps a compared variant\'s own team changes: side by side, the panels still differ as the file says', async () => {
    // brands.yaml: "unrestricted" lists its own teams (acme-team without its brand). One more
    // Acme agent must not bring the restriction back into it (the merge patch of the whole team
    // list did, and both panels showed the same figures).
    const page = await open('scenario=brands.yaml&variant=unrestricted&compare=restricted');
    await page.waitForFunction(() => document.querySelectorAll('.panel').length === 2, null, { timeout: 30_000 });
    await ready(page);
    const sl = (i: number) => page.locator('.panel').nth(i).locator('[data-metric="channels.messaging.serviceLevel"]').getAttribute('data-mean');
    const before = await sl(0);
    await page.click('#knobs-toggle');
    await page.fill('input[name=team-1-count]', '9');
    await page.click('#knobs button[type=submit]');
    await page.waitForFunction((b) => document.body.dataset['status'] === 'ready'
      && document.querySelector('.panel [data-metric="channels.messaging.serviceLevel"]')?.getAttribute('data-mean') !== b, before, { timeout: 60_000 });
    // The same figures as the CLI on the file with 9 Acme agents in every team list.
    const nine = readFileSync(join(ROOT, 'scenarios', 'brands.yaml'), 'utf8').replaceAll('team: acme-team, count: 8', 'team: acme-team, count: 9');
    const parsed = parseScenarioText(nine);
    for (const [i, variant] of [[0, 'unrestricted'], [1, 'restricted']] as const) {
      const compiled = parsed.variants.find((v) => v.name === variant)!.compiled;
      expect(Number(await sl(i)), variant).toBe(runScenario(compiled).channels.messaging!.serviceLevel.mean);
    }
    expect(Number(await sl(0))).toBeGreaterThan(Number(await sl(1)));
    await page.close();
  });

  it('a channel tile\'s counts add up to what was offered: tickets still waiting at the end are counted, not left out', async () => {
    // 2,000 calls an hour on 2 agents for a day: almost every call is still waiting at the end.
    // The tile said "47,928 offered · 954 answered · 0 abandoned" and nothing of the other 47,000.
    const page = await open('scenario=erlang-c-e3.yaml');
    await ready(page);
    await page.setInputFiles('#upload', {
      name: 'overloaded.yaml', mimeType: 'text/yaml',
      buffer: Buffer.from('name: overloaded\nseed: 1\nhorizon: 1d\nreplications: 3\nchannels:\n  voice:\n    arrivals: { rate: 2000/h }\n    handleTime: { distribution: exponential, mean: 180s }\n'
        + 'agents:\n  - { team: phones, count: 2, capacity: { voice: 1 } }\n'),
    });
    await page.waitForFunction(() => document.querySelector('.panel > h2')?.textContent?.startsWith('overloaded.yaml') && document.body.dataset['status'] === 'ready', null, { timeout: 60_000 });
    const counts = (await page.textContent('[data-channel=voice] .ov-tile-counts'))!;
    expect(counts).toMatch(/offered · .* answered · .* abandoned · .* unanswered at end per replication/);
    const mean = async (m: string) => Number(await page.getAttribute(`[data-metric="channels.voice.${m}"]`, 'data-mean'));
    expect(await mean('unansweredAtEnd')).toBeGreaterThan(40_000);
    expect(await mean('answered') + await mean('abandoned') + await mean('unansweredAtEnd')).toBeCloseTo(await mean('offered'), 6);
    // A channel where every ticket had an outcome keeps the short line.
    await page.selectOption('#scenario-picker', 'multichannel-day.yaml');
    await ready(page);
    expect(await page.textContent('[data-channel=voice] .ov-tile-counts')).not.toContain('unanswered at end');
    await page.close();
  });

  it('says how far a run has got while its first replication streams in, and that a stopped run has stopped', async () => {
    const upload = (page: Page, name: string, yaml: string) => page.setInputFiles('#upload', { name, mimeType: 'text/yaml', buffer: Buffer.from(yaml) });
    const e1 = (horizon: string, rate: string, agents: number) => `name: e1\nseed: 3\nhorizon: ${horizon}\nreplications: 1\nchannels:\n  voice:\n    arrivals: { rate: ${rate} }\n`
      + `    handleTime: { distribution: exponential, mean: 180s }\nagents:\n  - { team: phones, count: ${agents}, capacity: { voice: 1 } }\n`;
    // One replication of 200 days: the tiles said "Waiting for the replications to start…" with
    // an empty bar until it was done (a year of the large centre: 100 s).
    const page = await open('scenario=erlang-c-e3.yaml');
    await ready(page);
    await upload(page, 'long.yaml', e1('200d', '200/h', 14));
    await page.waitForFunction(() => document.querySelector('.panel > h2')?.textContent?.startsWith('long.yaml'));
    await page.waitForFunction(() => {
      const fill = document.querySelector<HTMLElement>('.ov-progress-bar div');
      return document.body.dataset['status'] === 'busy' && fill !== null && parseFloat(fill.style.width) > 0;
    }, null, { timeout: 60_000 });
    expect(await page.textContent('.ov-progress')).toContain('Running replications: 0 of 1 done');
    // A run the simulation stops (a queue growing without limit) is not "simulating…" for ever.
    await upload(page, 'runaway.yaml', e1('30d', '20000/h', 1));
    await page.waitForSelector('body[data-status=stopped]', { timeout: 60_000 });
    expect(await page.textContent('#status')).toBe('stopped');
    expect(await page.textContent('#errors')).toContain('The simulation stopped: the run stopped at');
    await page.close();
  });

  it('a panel says the seed and replications its figures are for, and that the knobs changed it; another seed gives the CLI\'s figures for that seed', async () => {
    const page = await open('scenario=erlang-c-e3.yaml');
    await ready(page);
    expect(await page.textContent('.panel > h2')).toBe('erlang-c-e3.yamlseed 3 · 10 replications');
    const sl = () => page.getAttribute('[data-metric="channels.voice.serviceLevel"]', 'data-mean');
    const before = await sl();
    await page.click('#knobs-toggle');
    await page.fill('input[name=seed]', '7');
    await page.click('#knobs button[type=submit]');
    await page.waitForFunction((b) => document.body.dataset['status'] === 'ready'
      && document.querySelector('[data-metric="channels.voice.serviceLevel"]')?.getAttribute('data-mean') !== b, before, { timeout: 60_000 });
    expect(await page.locator('.panel > h2 .panel-run').textContent()).toBe('seed 7 · 10 replications · changed with the knobs');
    // `omnisim run erlang-c-e3.yaml --seed 7`
    expect(Number(await sl())).toBe(runFile('erlang-c-e3.yaml', { seed: 7 }).channels.voice!.serviceLevel.mean);
    await page.close();
  });

  it('Back returns to the scenario, variant or comparison shown before (it left the page), and an upload\'s entry says it cannot be shown again', async () => {
    const page = await open('scenario=erlang-c-e3.yaml');
    await ready(page);
    const shown = async () => `${await page.inputValue('#scenario-picker')} | ${await page.inputValue('#variant-picker')} | ${(await page.locator('.panel > h2').count())} panel(s)`;
    const settle = async () => {
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await ready(page);
    };
    await page.selectOption('#scenario-picker', 'recipes/a-surge-messaging-routing.yaml');
    await settle();
    await page.selectOption('#variant-picker', 'recipe');
    await settle();
    await page.selectOption('#compare-picker', 'baseline');
    await page.waitForFunction(() => document.querySelectorAll('.panel').length === 2);
    await settle();
    await page.selectOption('#speed', '3600'); // rewrites the entry, adds none
    expect(await shown()).toBe('recipes/a-surge-messaging-routing.yaml | recipe | 2 panel(s)');
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll('.panel').length === 1);
    await settle();
    expect(await shown()).toBe('recipes/a-surge-messaging-routing.yaml | recipe | 1 panel(s)');
    expect(await page.inputValue('#speed')).toBe('3600');
    await page.goBack();
    await page.waitForFunction(() => (document.getElementById('variant-picker') as HTMLSelectElement).value === '');
    await settle();
    expect(await shown()).toBe('recipes/a-surge-messaging-routing.yaml |  | 1 panel(s)');
    await page.goBack();
    await page.waitForFunction(() => (document.getElementById('scenario-picker') as HTMLSelectElement).value === 'erlang-c-e3.yaml');
    await settle();
    expect(page.url()).toContain('scenario=erlang-c-e3.yaml');
    await page.goForward();
    await page.waitForFunction(() => (document.getElementById('scenario-picker') as HTMLSelectElement).value.startsWith('recipes/a-'));
    // An upload, then another scenario, then Back: the upload is not kept, and the page says so.
    await page.setInputFiles('#upload', { name: 'mine.yaml', mimeType: 'text/yaml', buffer: readFileSync(join(ROOT, 'scenarios', 'erlang-c-e3.yaml')) });
    await page.waitForFunction(() => document.querySelector('.panel > h2')?.textContent?.startsWith('mine.yaml'));
    await page.selectOption('#scenario-picker', 'erlang-c-e3.yaml');
    await settle();
    await page.goBack();
    await page.waitForFunction(() => document.getElementById('errors')!.textContent!.includes('mine.yaml was uploaded'));
    await page.close();
  });

  it('the knobs take a scenario whose seed is above 2^31 (the file is valid; the seed field refused every Apply)', async () => {
    const page = await open('scenario=erlang-c-e3.yaml');
    await ready(page);
    const yaml = readFileSync(join(ROOT, 'scenarios', 'erlang-c-e3.yaml'), 'utf8').replace(/^seed: \d+$/m, 'seed: 3000000000').replace(/^replications: \d+$/m, 'replications: 2');
    await page.setInputFiles('#upload', { name: 'big-seed.yaml', mimeType: 'text/yaml', buffer: Buffer.from(yaml) });
    await page.waitForFunction(() => document.querySelector('.panel > h2')?.textContent === 'big-seed.yamlseed 3000000000 · 2 replications' && document.body.dataset['status'] === 'ready', null, { timeout: 60_000 });
    await page.click('#knobs-toggle');
    await page.fill('input[name=team-0-count]', '4');
    await page.click('#knobs button[type=submit]');
    await page.waitForFunction(() => document.querySelector('.panel > h2')?.textContent?.endsWith('changed with the knobs') && document.body.dataset['status'] === 'ready', null, { timeout: 60_000 });
    expect(await page.locator('#errors').isVisible()).toBe(false);
    expect(await page.textContent('.panel > h2 .panel-run')).toBe('seed 3000000000 · 2 replications · changed with the knobs');
    await page.close();
  });

  it('the knobs take the values a valid file holds: a team of 6,000 agents, a spike of × 2.25 (each refused every Apply)', async () => {
    const page = await open('scenario=erlang-c-e3.yaml');
    await ready(page);
    const yaml = [
      'name: big-team', 'seed: 3', 'horizon: 1h', 'replications: 2',
      'channels:', '  messaging:',
      '    arrivals: { rate: 600/h, spikes: [{ at: "00:20", duration: 10m, multiplier: 2.25 }] }',
      '    handleTime: { distribution: exponential, mean: 5m }',
      'agents:', '  - { team: chat, count: 6000, capacity: { messaging: 1 } }', '',
    ].join('\n');
    await page.setInputFiles('#upload', { name: 'big-team.yaml', mimeType: 'text/yaml', buffer: Buffer.from(yaml) });
    await page.waitForFunction(() => document.querySelector('.panel > h2')?.textContent === 'big-team.yamlseed 3 · 2 replications' && document.body.dataset['status'] === 'ready', null, { timeout: 60_000 });
    await page.click('#knobs-toggle');
    await page.fill('input[name=seed]', '4');
    await page.click('#knobs button[type=submit]');
    await page.waitForFunction(() => document.querySelector('.panel > h2')?.textContent?.endsWith('changed with the knobs') && document.body.dataset['status'] === 'ready', null, { timeout: 60_000 });
    expect(await page.locator('#errors').isVisible()).toBe(false);
    expect(await page.textContent('.panel > h2 .panel-run')).toBe('seed 4 · 2 replications · changed with the knobs');
    // Beyond what the file may hold is still refused, at the field.
    await page.fill('input[name=team-0-count]', '100001');
    await page.click('#knobs button[type=submit]');
    await page.waitForSelector('#errors:not([hidden])');
    expect(await page.textContent('#errors')).toContain('Team chat · agents:');
    await page.close();
  });

  it('the knobs offer the messaging spike only when the file has one (typed into an absent spike, values were left out)', async () => {
    const page = await open('scenario=brands.yaml');
    await ready(page);
    await page.click('#knobs-toggle');
    await page.waitForSelector('input[name=seed]');
    expect(await page.locator('input[name=spike-multiplier]').count()).toBe(0);
    await page.selectOption('#scenario-picker', 'multichannel-day.yaml');
    await page.waitForSelector('input[name=spike-multiplier]');
    expect(await page.inputValue('input[name=spike-at]')).toBe('10:00');
    await page.close();
  });

  it('plays a run whose horizon is not a whole number of frames to its end, and Play there starts again', async () => {
    // E1: 30 days in frames of 1320 s; the last whole frame is at d29 23:46.
    const page = await open('scenario=erlang-c-e1.yaml&speed=max&autoplay=1');
    await ready(page);
    await page.waitForFunction(() => document.getElementById('play')!.textContent!.includes('Play'), null, { timeout: 30_000 });
    expect(await page.textContent('#clock')).toBe('d30 00:00');
    // Read in the click's own task: at max speed the next animation frame plays the whole
    // (streamed) run again, so a poll after the click could see it back at the end already.
    const after = await page.evaluate(() => {
      document.getElementById('play')!.click();
      return { value: Number((document.getElementById('scrubber') as HTMLInputElement).value), button: document.getElementById('play')!.textContent };
    });
    expect(after).toEqual({ value: 0, button: '❚❚ Pause' });
    // And it plays through to the end again.
    await page.waitForFunction(() => document.getElementById('play')!.textContent!.includes('Play'), null, { timeout: 30_000 });
    expect(await page.textContent('#clock')).toBe('d30 00:00');
    await page.close();
  });

  it('the scrubber reaches the end of a run whose horizon is not a whole number of frames (it stopped at d29 23:46)', async () => {
    const page = await open('scenario=erlang-c-e1.yaml');
    await ready(page);
    // As a user does: End on the focused scrubber, then a drag past its right end.
    await page.focus('#scrubber');
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.getElementById('clock')!.textContent === 'd30 00:00', null, { timeout: 10_000 });
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.getElementById('clock')!.textContent === 'd0 00:00', null, { timeout: 10_000 });
    const box = (await page.locator('#scrubber').boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width + 40, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => document.getElementById('clock')!.textContent === 'd30 00:00', null, { timeout: 10_000 });
    await page.close();
  });

  it('says what is wrong with the page address (speed, scenario, variant) instead of showing NaN or an empty page', async () => {
    let page = await open('scenario=erlang-c-e3.yaml&speed=abc');
    await ready(page);
    expect(await page.textContent('#errors')).toContain('speed "abc" is not one of 1, 60, 600, 3600, 14400, max; playing at 600×');
    expect(await page.inputValue('#speed')).toBe('600');
    await page.click('#play');
    await page.waitForFunction(() => document.getElementById('clock')!.textContent !== 'd0 00:00', null, { timeout: 10_000 });
    expect(await page.textContent('#clock')).toMatch(/^d\d+ \d\d:\d\d$/);
    await page.close();
    page = await open('scenario=nope.yaml');
    await page.waitForSelector('#errors:not([hidden])');
    expect(await page.textContent('#errors')).toContain('no bundled scenario "nope.yaml"');
    expect(await page.inputValue('#scenario-picker')).toBe('');
    expect(await page.textContent('#status')).toBe('no scenario');
    await page.selectOption('#scenario-picker', 'erlang-c-e3.yaml'); // the first real entry loads
    await ready(page);
    await page.close();
    page = await open('scenario=recipes/a-surge-messaging-routing.yaml&variant=bogus');
    await page.waitForFunction(() => document.getElementById('errors')!.textContent!.includes('has no variant'), null, { timeout: 30_000 });
    expect(await page.textContent('#errors')).toContain('has no variant "bogus"');
    await page.close();
  });

  it('raised no page errors', () => {
    expect(site.pageErrors).toEqual([]);
  });
});
