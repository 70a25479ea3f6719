// `omnisim run --html FILE` (issue 5): one file that opens from disk with no network, draws the
// report's charts, and shows the same numbers as `omnisim run --json` for the same run.

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launch } from './support/browser.ts';
import { omnisim } from '../support/cli.ts';
import { SCENARIO_DIR } from '../support/scenarios.ts';

let context: BrowserContext;
let closeBrowser: () => Promise<void>;
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'omnisim-html-'));
  ({ context, close: closeBrowser } = await launch());
});

afterAll(async () => {
  await closeBrowser?.();
  rmSync(dir, { recursive: true, force: true });
});

describe('omnisim run --html', () => {
  it('writes one self-contained file whose charts draw offline, with the numbers of --json', async () => {
    const html = join(dir, 'e5.html');
    const json = join(dir, 'e5.json');
    const o = await omnisim('run', join(SCENARIO_DIR, 'erlang-c-e5-chat.yaml'), '--replications', '4', '--html', html, '--json', json, '--quiet');
    expect([o.code, o.err]).toEqual([0, '']);
    const text = readFileSync(html, 'utf8');
    expect(text).not.toMatch(/(src|href)=["']?(https?:)?\/\//); // nothing loaded from elsewhere
    expect(statSync(html).size).toBeLessThan(1_000_000);

    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => void (r.url().startsWith('file:') || requests.push(r.url())));
    await page.goto(`file://${html}`);
    await page.waitForSelector('body[data-status=ready]', { timeout: 30_000 });
    expect(await page.locator('.view-queue svg path').count()).toBeGreaterThan(0);
    expect(await page.locator('.view-capacity svg path').count()).toBeGreaterThan(0);
    expect(await page.locator('.view-flow svg path').count()).toBeGreaterThan(0);
    expect(await page.locator('.view-wait svg rect').count()).toBeGreaterThan(0);
    expect(await page.textContent('body')).toContain('Erlang');
    const report = JSON.parse(readFileSync(json, 'utf8')) as { channels: { messaging: Record<string, { mean: number }> } };
    for (const metric of ['serviceLevel', 'asaSeconds', 'waitProbability', 'occupancy', 'abandonRate', 'throughputPerHour']) {
      const shown = await page.getAttribute(`[data-metric="channels.messaging.${metric}"]`, 'data-mean');
      expect(Number(shown), metric).toBe(report.channels.messaging[metric]!.mean);
    }
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('a channel whose customers were largely unanswered at the end says so in its tile; the others do not', async () => {
    // Recipe C, End session also setting email (Q1): no queue takes the night's conversations,
    // 38 % of messaging's customers; its service level (100 % while it left them out) counts those
    // past the threshold as missed, and the tile says how many (and that P(wait) counts those who queued).
    const html = join(dir, 'c.html');
    const json = join(dir, 'c.json');
    const o = await omnisim('run', join(SCENARIO_DIR, 'recipes/c-outside-business-hours.yaml'), '--variant', 'end-session-sets-email', '--replications', '2',
      '--html', html, '--json', json, '--quiet');
    expect([o.code, o.err]).toEqual([0, '']);
    const report = JSON.parse(readFileSync(json, 'utf8')) as { channels: Record<string, { offered: { mean: number }; unansweredAtEnd: { mean: number }; missedAtEnd: { mean: number } }> };
    const page = await context.newPage();
    await page.goto(`file://${html}`);
    await page.waitForSelector('body[data-status=ready]', { timeout: 30_000 });
    for (const [c, r] of Object.entries(report.channels)) {
      const share = r.unansweredAtEnd.mean / r.offered.mean;
      const notes = await page.locator(`[data-unanswered="${c}"]`).allTextContents();
      if (share >= 0.01) {
        const missed = r.missedAtEnd.mean === 0 ? 'none' : r.missedAtEnd.mean === r.unansweredAtEnd.mean ? 'all' : String(Math.round(r.missedAtEnd.mean));
        expect(notes, c).toEqual([expect.stringContaining(`${Math.round(100 * share)} % (${Math.round(r.unansweredAtEnd.mean)} of ${Math.round(r.offered.mean)} offered per replication, ${missed} of them past the threshold). The service level counts those past its threshold as missed, P(wait) those who waited in a queue as having waited;`)]);
      } else expect(notes, c).toEqual([]);
    }
    expect(await page.locator('[data-unanswered="messaging"]').count()).toBe(1);
    await page.close();
  });

  it('R7: with brands, each channel tile has a by-brand table with the numbers of --json', async () => {
    const html = join(dir, 'brands.html');
    const json = join(dir, 'brands.json');
    const o = await omnisim('run', join(SCENARIO_DIR, 'brands.yaml'), '--replications', '3', '--html', html, '--json', json, '--quiet');
    expect([o.code, o.err]).toEqual([0, '']);
    const page = await context.newPage();
    await page.goto(`file://${html}`);
    await page.waitForSelector('body[data-status=ready]', { timeout: 30_000 });
    const report = JSON.parse(readFileSync(json, 'utf8')) as { brands: Record<string, Record<string, Record<string, { mean: number }>>> };
    for (const channel of ['messaging', 'email']) {
      expect(await page.locator(`[data-brands="${channel}"] tbody tr th`).allTextContents()).toEqual(['acme', 'beta']);
      for (const brand of ['acme', 'beta']) {
        for (const metric of ['serviceLevel', 'asaSeconds']) {
          const shown = await page.getAttribute(`[data-metric="brands.${brand}.${channel}.${metric}"]`, 'data-mean');
          expect(Number(shown), `${brand} ${channel} ${metric}`).toBe(report.brands[brand]![channel]![metric]!.mean);
        }
      }
    }
    await page.close();
  });

  it('R7: with brands and a spike, the window table has a row per brand under each window, with the numbers of --json', async () => {
    const { writeFileSync } = await import('node:fs');
    const yaml = join(dir, 'brands-spike.yaml');
    const text = readFileSync(join(SCENARIO_DIR, 'brands.yaml'), 'utf8').replace('      rate: 120/h\n', '      rate: 120/h\n      spikes: [{ at: "10:00", duration: 40m, multiplier: 3 }]\n');
    expect(text).toContain('spikes:');
    writeFileSync(yaml, text);
    const html = join(dir, 'brands-spike.html');
    const json = join(dir, 'brands-spike.json');
    const o = await omnisim('run', yaml, '--replications', '3', '--html', html, '--json', json, '--quiet');
    expect([o.code, o.err]).toEqual([0, '']);
    const page = await context.newPage();
    await page.goto(`file://${html}`);
    await page.waitForSelector('body[data-status=ready]', { timeout: 30_000 });
    type Figures = Record<string, { mean: number | null }>;
    const report = JSON.parse(readFileSync(json, 'utf8')) as { windows: Record<string, { brands: Record<string, Record<string, Figures>> }> };
    const rows = page.locator('.ov-windows-table tbody[data-channel="messaging"] tr');
    expect(await rows.locator('th').allTextContents()).toEqual([
      'Messaging', 'before spike00:00–10:00', 'acme', 'beta', 'during spike10:00–10:40', 'acme', 'beta', 'after spike10:40–24:00', 'acme', 'beta',
    ]);
    let checked = 0;
    for (const [w, win] of Object.entries(report.windows)) {
      for (const [brand, byChannel] of Object.entries(win.brands)) {
        for (const [channel, figures] of Object.entries(byChannel)) {
          for (const metric of ['offered', 'serviceLevel', 'asaSeconds', 'throughputPerHour']) {
            const shown = await page.getAttribute(`[data-metric="windows.${w}.brands.${brand}.${channel}.${metric}"]`, 'data-mean');
            expect(shown === '' || shown === null ? null : Number(shown), `${w} ${brand} ${channel} ${metric}`).toBe(figures[metric]!.mean);
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(3 * 2 * 2 * 4);
    await page.close();
  });

  it('a scenario name with markup cannot break out of the page', async () => {
    const yaml = join(dir, 'evil.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(yaml, `name: "</script><script>window.pwned=1</script><b>x"\ndescription: "<img src=x onerror=window.pwned=2>"\nhorizon: 2h\nreplications: 2\nchannels:\n  voice: { arrivals: { rate: 60/h }, handleTime: { distribution: exponential, mean: 2m } }\nagents:\n  - { team: a, count: 3, capacity: { voice: 1 } }\n`);
    const html = join(dir, 'evil.html');
    expect((await omnisim('run', yaml, '--html', html, '--quiet')).code).toBe(0);
    const page = await context.newPage();
    await page.goto(`file://${html}`);
    await page.waitForSelector('body[data-status=ready]', { timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.textContent('h1')).toBe('</script><script>window.pwned=1</script><b>x');
    await page.close();
  });
});
