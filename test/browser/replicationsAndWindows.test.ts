// The replications knob and the spike windows on the page: the knob takes what
// `omnisim run --replications` takes (a bad value is told at the field) and the tiles' figures
// and intervals are over that many replications; a bad spike time is told at its field too; the
// figures before, during and after a spike are those of `omnisim run --json` for the same seed
// and replications, every column in view side by side; thousands of short replications leave
// the page responsive and stop when another scenario is chosen.

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openSite, ready, ROOT, SHOTS } from './support/site.ts';
import type { Site } from './support/site.ts';
import { runFile } from '../support/scenarios.ts';
import { omnisim } from '../support/cli.ts';
import type { Report } from '../../sim/run/Report.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

async function applyKnobs(page: Page, replications: string): Promise<void> {
  if (!(await page.locator('#knobs').isVisible())) await page.click('#knobs-toggle');
  await page.fill('input[name=replications]', replications);
  await page.click('#knobs button[type=submit]');
}

const runTitle = (page: Page) => page.textContent('.panel > h2 .panel-run');

describe('replications and spike windows on the page', () => {
  it('the replications knob re-runs with that many replications, and the tiles\' means and intervals are over them', async () => {
    const page = await site.open('scenario=erlang-c-e3.yaml');
    await ready(page);
    expect(await runTitle(page)).toBe('seed 3 · 10 replications');
    await page.click('#knobs-toggle');
    expect(await page.inputValue('input[name=replications]')).toBe('10'); // the file's
    await applyKnobs(page, '3');
    await page.waitForFunction(() => document.querySelector('.panel > h2 .panel-run')?.textContent === 'seed 3 · 3 replications · changed with the knobs'
      && document.body.dataset['status'] === 'ready', null, { timeout: 60_000 });
    expect(await page.textContent('.view-tiles')).toContain('Mean over 3 replications');
    const cli = runFile('erlang-c-e3.yaml', { replications: 3 }); // omnisim run erlang-c-e3.yaml --replications 3
    for (const m of ['serviceLevel', 'asaSeconds', 'waitProbability', 'occupancy'] as const) {
      const shown = page.locator(`[data-metric="channels.voice.${m}"]`);
      expect(Number(await shown.getAttribute('data-mean')), m).toBe(cli.channels.voice![m].mean);
      // The interval in the tooltip is the 3-replication one (its ends at 2 significant digits).
      expect(await shown.getAttribute('title'), m).toMatch(/^95% interval /);
    }
    expect(cli.channels.voice!.serviceLevel.mean).not.toBe(runFile('erlang-c-e3.yaml').channels.voice!.serviceLevel.mean);
    await page.close();
  });

  it('a bad replications value is told at the field (and above), and nothing re-runs', async () => {
    const page = await site.open('scenario=erlang-c-e3.yaml');
    await ready(page);
    const before = await page.getAttribute('[data-metric="channels.voice.serviceLevel"]', 'data-mean');
    for (const [typed, said] of [
      ['0', 'expected a whole number from 1 to 100,000, got "0"'],
      ['2.5', 'expected a whole number from 1 to 100,000, got "2.5"'],
      ['100001', 'expected a whole number from 1 to 100,000, got "100001"'],
      ['', 'enter a number (the field is empty)'],
    ] as const) {
      await applyKnobs(page, typed);
      await page.waitForSelector('#replications-problem');
      expect(await page.textContent('#replications-problem'), typed).toBe(said);
      expect(await page.getAttribute('input[name=replications]', 'aria-invalid')).toBe('true');
      expect(await page.textContent('#errors')).toContain(`Knobs: replications: ${said}`);
    }
    await page.screenshot({ path: join(SHOTS, 'replications-bad-value.png') });
    expect(await runTitle(page)).toBe('seed 3 · 10 replications');
    expect(await page.getAttribute('[data-metric="channels.voice.serviceLevel"]', 'data-mean')).toBe(before);
    // Typing again clears the field's message.
    await page.fill('input[name=replications]', '4');
    expect(await page.locator('#replications-problem').count()).toBe(0);
    await page.close();
  });

  it('shows the figures before, during and after the spike as `omnisim run --json` gives them, for the replications the knob sets', async () => {
    const page = await site.open('scenario=multichannel-day.yaml');
    await ready(page);
    await applyKnobs(page, '4');
    await page.waitForFunction(() => document.querySelector('.panel > h2 .panel-run')?.textContent === 'seed 2026 · 4 replications · changed with the knobs'
      && document.body.dataset['status'] === 'ready', null, { timeout: 60_000 });
    const out = await omnisim('run', join(ROOT, 'scenarios', 'multichannel-day.yaml'), '--replications', '4', '--json', '-');
    const json = JSON.parse(out.out) as Pick<Report, 'windows'>;
    const exact = runFile('multichannel-day.yaml', { replications: 4 });
    expect(Object.keys(json.windows)).toEqual(['before spike', 'during spike', 'after spike']);
    let compared = 0;
    for (const [name, w] of Object.entries(json.windows)) {
      for (const [c, figures] of Object.entries(w.channels)) {
        for (const key of ['offered', 'waitProbability', 'asaSeconds', 'serviceLevel', 'abandonRate', 'throughputPerHour'] as const) {
          const path = `windows.${name}.channels.${c}.${key}`;
          const shown = await page.getAttribute(`[data-metric="${path}"]`, 'data-mean');
          const mean = figures[key]!.mean;
          if (mean === null) {
            expect(shown, path).toBe('null');
          } else {
            expect(Number(Number(shown).toPrecision(6)), path).toBe(mean);
            expect(Number(shown), path).toBe(exact.windows[name]!.channels[c as 'voice']![key].mean);
          }
          compared++;
        }
      }
    }
    expect(compared).toBe(3 * 3 * 6);
    expect(await page.textContent('.ov-windows')).toContain('during spike10:00–10:40');
    await page.locator('.ov-windows').screenshot({ path: join(SHOTS, 'spike-windows.png') });
    // A scenario without a spike has no window table.
    await page.selectOption('#scenario-picker', 'erlang-c-e3.yaml');
    await ready(page);
    expect(await page.locator('.ov-windows').count()).toBe(0);
    await page.close();
  });

  it('a bad spike time or duration is told at its field, which is marked until it is right, and nothing re-runs', async () => {
    // "abc" as the spike's time was told as a problem at the file's line of the spike
    // (multichannel-day.yaml:NN channels.messaging.arrivals.spikes[0].at), and no field was marked.
    const page = await site.open('scenario=multichannel-day.yaml');
    await ready(page);
    const before = await page.getAttribute('[data-metric="channels.messaging.serviceLevel"]', 'data-mean');
    await page.click('#knobs-toggle');
    await page.fill('input[name=spike-at]', 'abc');
    await page.click('#knobs button[type=submit]');
    await page.waitForSelector('#spike-at-problem');
    const said = 'expected a time such as "10:00" (day 0), "d2 10:00" or a duration after the start such as "34h", got "abc"';
    expect(await page.textContent('#spike-at-problem')).toBe(said);
    expect(await page.textContent('#errors')).toContain(`Knobs: Messaging spike · at: ${said}`);
    expect(await page.textContent('#errors')).not.toContain('multichannel-day.yaml:');
    const at = page.locator('input[name=spike-at]');
    expect(await at.getAttribute('aria-invalid')).toBe('true');
    expect(await at.evaluate((i) => getComputedStyle(i).borderTopColor)).toBe('rgb(213, 94, 0)'); // the page's warning colour
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('spike-at');
    await page.locator('#knobs').screenshot({ path: join(SHOTS, 'spike-knob-bad-value.png') });
    // Nothing re-ran: the panel still shows the scenario as written.
    expect(await page.getAttribute('[data-metric="channels.messaging.serviceLevel"]', 'data-mean')).toBe(before);
    expect(await page.textContent('#status')).toBe('ready');
    // Still wrong while it is typed, right once it is a time: then the mark and the message go.
    await page.fill('input[name=spike-at]', '10:3');
    expect(await at.getAttribute('aria-invalid')).toBe('true');
    await page.fill('input[name=spike-at]', '10:30');
    expect(await at.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#spike-at-problem').count()).toBe(0);
    expect(await page.locator('#errors').isVisible()).toBe(false);
    // The duration is checked as the scenario reader checks it too.
    await page.fill('input[name=spike-duration]', '0m');
    await page.click('#knobs button[type=submit]');
    await page.waitForSelector('#spike-duration-problem');
    expect(await page.textContent('#errors')).toContain('Knobs: Messaging spike · for: expected a duration more than 0s, got "0m"');
    await page.fill('input[name=spike-duration]', '30m');
    expect(await page.locator('#errors').isVisible()).toBe(false);
    // Right, they run: the spike window is where the knobs put it.
    await page.click('#knobs button[type=submit]');
    await page.waitForFunction(() => document.body.dataset['status'] === 'ready' && document.querySelector('.ov-windows')?.textContent?.includes('during spike10:30–11:00'), null, { timeout: 60_000 });
    await page.close();
  });

  it('side by side, every column of the window table is in view at 1920 and 1280 px (the last one was cut off)', async () => {
    for (const width of [1920, 1280]) {
      const page = await site.open('scenario=recipes/a-surge-messaging-routing.yaml&variant=recipe&compare=baseline', width);
      await page.waitForFunction(() => document.querySelectorAll('.panel').length === 2, null, { timeout: 30_000 });
      await ready(page);
      const inView = (selector: string) => page.evaluate((sel) => [...document.querySelectorAll<HTMLElement>(sel)].map((box) => {
        const right = box.getBoundingClientRect().right;
        const cells = [...box.querySelectorAll('th, td')].map((c) => c.getBoundingClientRect().right);
        return { overflow: box.scrollWidth - box.clientWidth, beyond: cells.filter((r) => r > right + 0.5).length, columns: box.querySelectorAll('thead th').length };
      }), selector);
      expect(await inView('.ov-by-window .ov-windows-scroll'), `${width} px`).toEqual([{ overflow: 0, beyond: 0, columns: 7 }, { overflow: 0, beyond: 0, columns: 7 }]);
      // The recipe's triggers' table too (the baseline runs none).
      expect(await inView('.ov-triggers .ov-windows-scroll'), `${width} px`).toEqual([{ overflow: 0, beyond: 0, columns: 4 }]);
      await page.locator('.panels').screenshot({ path: join(SHOTS, `windows-side-by-side-${width}.png`) });
      await page.close();
    }
  });

  it('thousands of short replications keep the page responsive, and choosing another scenario stops them', async () => {
    const page = await site.open('scenario=erlang-c-e3.yaml');
    await ready(page);
    const tiny = 'name: tiny\nseed: 1\nhorizon: 10m\nreplications: 20000\nchannels:\n  voice:\n    arrivals: { rate: 60/h }\n    handleTime: 3m\n'
      + 'agents:\n  - { team: a, count: 3, capacity: { voice: 1 } }\n';
    await page.setInputFiles('#upload', { name: 'tiny.yaml', mimeType: 'text/yaml', buffer: Buffer.from(tiny) });
    await page.waitForFunction(() => document.querySelector('.ov-progress')?.textContent?.match(/Running replications: [1-9]\d* of 20000/), null, { timeout: 60_000 });
    // Two seconds of the page's own thread while the worker runs them: frames keep coming and no task is long.
    const seen = await page.evaluate(() => new Promise<{ frames: number; longest: number }>((resolve) => {
      let frames = 0;
      let longest = 0;
      const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => (longest = Math.max(longest, e.duration))));
      obs.observe({ type: 'longtask' });
      const tick = () => {
        frames++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      setTimeout(() => {
        obs.disconnect();
        resolve({ frames, longest });
      }, 2000);
    }));
    expect(seen.frames).toBeGreaterThan(60);
    expect(seen.longest).toBeLessThan(100);
    expect(await page.textContent('.ov-progress')).toMatch(/Running replications: \d+ of 20000 done/);
    const started = Date.now();
    await page.selectOption('#scenario-picker', 'erlang-c-e3.yaml');
    await ready(page);
    expect(Date.now() - started).toBeLessThan(30_000);
    await page.close();
  });

  it('raised no page errors', () => {
    expect(site.pageErrors).toEqual([]);
  });
});
