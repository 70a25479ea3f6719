// The charts as a user meets them: the flow diagram's labels fit a phone-wide window, the time
// charts can be read with the keyboard, and side-by-side panels draw on one y scale (the wait
// histograms too).

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openSite, ready, scrubTo, SHOTS } from './support/site.ts';
import type { Site } from './support/site.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

interface Box { text: string; left: number; right: number; top: number; bottom: number }

/** The flow diagram's texts (node labels and band titles) and the box of the view they must stay in. */
async function flowTexts(page: Page): Promise<{ view: Box; labels: Box[]; titles: Box[] }> {
  return page.evaluate(() => {
    const box = (el: Element): Box => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const view = document.querySelector('.view-flow .ov-flow')!;
    return {
      view: box(view),
      labels: [...view.querySelectorAll('.ov-flow-node text')].map(box),
      titles: [...view.querySelectorAll('.ov-flow-band')].map(box),
    };
  });
}

const overlaps = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('the charts', () => {
  it('the flow diagram keeps every label inside the view, without overlaps, from 400 px to 1920 px', async () => {
    for (const width of [400, 1000, 1920]) {
      const page = await site.open('scenario=end-sessions-routed-as-email.yaml', width);
      await ready(page);
      await scrubTo(page, 'end');
      await page.waitForFunction(() => document.querySelector('.view-flow .ov-flow-count')?.textContent !== '0');
      const { view, labels, titles } = await flowTexts(page);
      expect(labels.length).toBeGreaterThan(10);
      for (const t of [...labels, ...titles]) {
        expect(t.left, `"${t.text}" at ${width}px`).toBeGreaterThanOrEqual(view.left - 0.5);
        expect(t.right, `"${t.text}" at ${width}px`).toBeLessThanOrEqual(view.right + 0.5);
      }
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i]!, labels[j]!), `"${labels[i]!.text}" and "${labels[j]!.text}" at ${width}px`).toBe(false);
      }
      await page.locator('.view-flow').screenshot({ path: join(SHOTS, `flow-${width}.png`) });
      await page.close();
    }
  });

  it('the queues of one channel, one colour, are told apart in the legend by the dashes their lines have', async () => {
    // skills-and-subqueues: email waits in two subqueues, drawn in email's colour with different
    // dashes; the legend drew every one of them with the same '4 2' dash.
    const page = await site.open('scenario=skills-and-subqueues.yaml', 1400);
    await ready(page);
    await scrubTo(page, 'end');
    await page.waitForFunction(() => document.querySelectorAll('.view-queue .ov-legend-item').length >= 4);
    const { lines, swatches } = await page.evaluate(() => ({
      lines: [...document.querySelectorAll('.view-queue path.ov-line[stroke-dasharray]')].map((p) => p.getAttribute('stroke-dasharray')),
      swatches: Object.fromEntries([...document.querySelectorAll('.view-queue .ov-legend-item')].map((i) => [i.textContent!, i.querySelector('line')!.getAttribute('stroke-dasharray')])),
    }));
    const queues = Object.entries(swatches).filter(([label]) => label.startsWith('Email · '));
    expect(queues.map(([label]) => label)).toEqual(['Email · email/first-line', 'Email · email/specialists']);
    expect(new Set(queues.map(([, dash]) => dash)).size, JSON.stringify(swatches)).toBe(2);
    for (const [label, dash] of queues) expect(lines, label).toContain(dash);
    await page.close();
  });

  it('the agent board counts slots as the capacity chart does: "x of y in use", not "x in use, y open" (read as y free)', async () => {
    // Both count what the capacity counts; work held off capacity (R29) follows as "(+n held off
    // capacity)" on both (see the recipe B test below).
    const page = await site.open('scenario=multichannel-day.yaml', 1400);
    await ready(page);
    await scrubTo(page, 10.5 * 3600);
    await page.waitForFunction(() => /messaging: \d/.test(document.querySelector('.view-agents')?.textContent ?? ''));
    const board = (await page.locator('.view-agents').textContent())!;
    const chart = (await page.locator('.view-capacity').textContent())!;
    for (const channel of ['Messaging', 'Email']) {
      const [, busy, of] = chart.match(new RegExp(`${channel}\\s*(\\d+) of (\\d+) busy now`))!;
      expect(board, channel).toContain(`${channel.toLowerCase()}: ${busy} of ${of} slots in use`);
    }
    await page.close();
  });

  it('work held off capacity is not filled as busy: recipe B with 6 chat agents and spike ×4 keeps email busy within email available, the rest on its own line', async () => {
    // Chat agents keep the conversations that go quiet as email work with no email capacity (R29):
    // the filled "Email busy" rose to about 40 over the 24 email slots, and the "busy now" note
    // and the board's "slots in use" counted it too, while the tiles said 13 % occupancy.
    const page = await site.open('scenario=recipes/b-surge-omnichannel-routing.yaml', 1400);
    await ready(page);
    await page.click('#knobs-toggle');
    await page.fill('input[name=team-0-count]', '6');
    await page.fill('input[name=spike-multiplier]', '4');
    await page.click('#knobs button[type=submit]');
    await page.waitForFunction(() => (document.querySelector('.panel > h2 .panel-run')?.textContent ?? '').includes('changed with the knobs')
      && document.body.dataset['status'] === 'ready', null, { timeout: 60_000 });
    let heldSeen = 0;
    for (let t = 9 * 3600; t <= 15 * 3600; t += 900) {
      await scrubTo(page, t);
      const chart = (await page.locator('.view-capacity').first().textContent())!;
      const m = chart.match(/Email\s*(\d+) of (\d+) busy now(?: \(\+(\d+) held off capacity\))?/);
      expect(m, chart).not.toBeNull();
      const [, busy, of, held] = m!;
      expect(Number(busy), `at ${t / 3600} h: ${m![0]}`).toBeLessThanOrEqual(Number(of));
      if (held !== undefined) {
        heldSeen = Math.max(heldSeen, Number(held));
        expect(Number(held)).toBeGreaterThan(0);
      }
      // The board says the same counts, held-off work apart in the same words.
      const board = (await page.locator('.view-agents').first().textContent())!;
      expect(board, `at ${t / 3600} h`).toContain(`email: ${busy} of ${of} slots in use${held !== undefined ? ` (+${held} held off capacity)` : ''}`);
    }
    // The spike leaves chat agents holding email work the capacity does not count: it has its line.
    expect(heldSeen).toBeGreaterThan(0);
    await scrubTo(page, 12 * 3600);
    const legend = await page.locator('.view-capacity .ov-legend-item').allTextContents();
    expect(legend).toContain('Email held off capacity');
    expect(legend).not.toContain('Messaging held off capacity');
    await page.locator('.view-capacity').first().screenshot({ path: join(SHOTS, 'capacity-held-off.png') });
    await page.close();
  });

  it('the time charts are read with the keyboard: one Tab stop each, a visible focus ring, arrows move the read-out and it is announced', async () => {
    const page = await site.open('scenario=multichannel-day.yaml', 1400);
    await ready(page);
    await scrubTo(page, 'end');
    // Tab from the playback controls reaches the queue chart, then the capacity chart next.
    await page.focus('#scrubber');
    const focused = () => page.evaluate(() => {
      const el = document.activeElement!;
      return el.closest('.panel-view')?.className.replace('panel-view ', '') + (el.classList.contains('ov-chart') ? ' chart' : ` ${el.tagName}`);
    });
    const seen: string[] = [];
    for (let k = 0; k < 30 && !seen.includes('view-queue chart'); k++) {
      await page.keyboard.press('Tab');
      seen.push(await focused());
    }
    expect(seen).toContain('view-queue chart');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    const chart = page.locator('.view-queue .ov-chart');
    const said = () => chart.locator('[aria-live]').textContent();
    const tooltip = page.locator('.view-queue .ov-tooltip');
    // Focus starts at the time shown (the end), the read-out visible and said.
    expect(await tooltip.isVisible()).toBe(true);
    expect(await said()).toMatch(/^24:00: Messaging .* waiting; .*Email \d+ waiting; Voice \d+ waiting$/);
    // The first point is the run's start (00:00), then a point a minute.
    await page.keyboard.press('Home');
    expect(await said()).toMatch(/^00:00: /);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await said()).toMatch(/^00:02: /);
    await page.keyboard.press('ArrowLeft');
    expect(await said()).toMatch(/^00:01: /);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    expect(await said()).toMatch(/^23:59: /);
    // The page did not scroll under the keys, and the read-out is where hover puts it.
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
    expect(await page.locator('.view-queue .ov-hover').evaluate((l) => (l as SVGLineElement).style.display)).not.toBe('none');
    await page.locator('.view-queue').screenshot({ path: join(SHOTS, 'queue-keyboard.png') });
    // Tab moves on to the next chart; the first one's read-out goes away.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('view-capacity chart');
    expect(await tooltip.isVisible()).toBe(false);
    expect(await page.locator('.view-capacity .ov-chart [aria-live]').textContent()).toMatch(/^24:00: Messaging \d+ of \d+ busy/);
    await page.close();
  });

  it('draws a day in 30-minute buckets (mean and min–max band) where minutes are too dense, every minute where they fit', async () => {
    for (const [width, bucketed] of [[400, true], [1400, false]] as const) {
      const page = await site.open('scenario=multichannel-day.yaml', width);
      await ready(page);
      await scrubTo(page, 'end');
      const label = await page.locator('.view-queue .ov-x-axis .ov-axis-label').textContent();
      const subtitle = await page.locator('.view-queue .ov-subtitle').textContent();
      const bands = await page.locator('.view-queue path.ov-band').evaluateAll((ps) => ps.filter((p) => (p.getAttribute('d') ?? '').length > 10).length);
      if (bucketed) {
        expect(label).toBe('time of day (simulated) · 30-min mean, shaded min–max');
        expect(subtitle).toMatch(/^Tickets in queue, mean per 30 min with the range \(min–max\) shaded, /);
        expect(bands).toBeGreaterThan(0);
      } else {
        expect(label).toBe('time of day (simulated)');
        expect(subtitle).toMatch(/^Tickets in queue at each minute, /);
        expect(bands).toBe(0);
      }
      await page.close();
    }
  });

  it('side by side, matching charts of the two panels share one y scale, as far as either has been shown', async () => {
    const page = await site.open('scenario=recipes/a-surge-messaging-routing.yaml&variant=recipe&compare=baseline', 1400);
    await page.waitForFunction(() => document.querySelectorAll('.panel').length === 2, null, { timeout: 30_000 });
    await ready(page);
    /** The top y tick of every panel of a chart, per page panel. */
    const tops = (view: string) => page.$$eval('.panel', (panels, v) => panels.map((p) =>
      [...p.querySelectorAll(`${v} .ov-y-axis`)].map((axis) => [...axis.querySelectorAll('.tick text')].map((t) => Number(t.textContent)).filter(Number.isFinite).at(-1))), view);
    for (const t of [11 * 3600, 'end'] as const) {
      await scrubTo(page, t);
      const [queueA, queueB] = await tops('.view-queue');
      const [capA, capB] = await tops('.view-capacity');
      expect(queueA!.length).toBe(1);
      expect(queueA, `tickets waiting at ${t}`).toEqual(queueB);
      expect(capA, `capacity at ${t}`).toEqual(capB);
    }
    await page.screenshot({ path: join(SHOTS, 'side-by-side.png'), fullPage: true });
    await page.close();
  });

  it('side by side, the two panels\' wait histograms share their y scale and their bins, channel by channel', async () => {
    // Alone, push answers nearly every email at once (its bar cut, its axis to 5 %) and pull's
    // tallest bar is 25 %; the Monday with and without the weekend's backlog differ in email bins.
    for (const [query, shot] of [['scenario=inbox-pull-vs-push.yaml&variant=push&compare=pull', 'inbox'], ['scenario=monday-backlog.yaml&variant=backlog&compare=empty', 'monday']]) {
      const page = await site.open(query!, 1400);
      await page.waitForFunction(() => document.querySelectorAll('.panel').length === 2, null, { timeout: 30_000 });
      await ready(page);
      /** Per page panel, per channel histogram: its y tick labels and its bin labels. */
      const [a, b] = await page.$$eval('.panel', (panels) => panels.map((p) =>
        [...p.querySelectorAll('.view-wait .ov-hist')].map((h) => ({
          channel: h.querySelector('.ov-panel-title')?.textContent?.split(' · ')[0],
          y: [...h.querySelectorAll('.ov-y .tick text')].map((t) => t.textContent),
          bins: [...h.querySelectorAll('.ov-x .tick text')].map((t) => t.textContent),
        }))));
      expect(a!.map((h) => h.channel)).toEqual(['Messaging', 'Email']);
      expect(b!.map((h) => h.channel)).toEqual(['Messaging', 'Email']);
      for (let i = 0; i < a!.length; i++) {
        expect(a![i]!.y.length).toBeGreaterThan(1);
        expect(a![i]!.y, `${shot}, ${a![i]!.channel}: y ticks`).toEqual(b![i]!.y);
        expect(a![i]!.bins, `${shot}, ${a![i]!.channel}: bins`).toEqual(b![i]!.bins);
      }
      await page.locator('.panels').screenshot({ path: join(SHOTS, `wait-side-by-side-${shot}.png`) });
      await page.close();
    }
  });

  it('the wait histograms put each service-level label beside its threshold line, not across it', async () => {
    const page = await site.open('scenario=multichannel-day.yaml', 1400);
    await ready(page);
    const hists = await page.$$eval('.view-wait .ov-hist', (hs) => hs.map((h) => {
      const line = h.querySelector('.ov-threshold line')!.getBoundingClientRect();
      const labels = [...h.querySelectorAll('.ov-threshold text')].map((t) => t.getBoundingClientRect());
      return { channel: h.querySelector('.ov-panel-title')?.textContent?.split(' · ')[0], x: line.left, labels: labels.map((r) => [r.left, r.right]) };
    }));
    expect(hists.length).toBeGreaterThan(1);
    for (const h of hists) {
      expect(h.labels.length, h.channel).toBe(2);
      for (const [left, right] of h.labels) expect(right! <= h.x + 0.5 || left! >= h.x - 0.5, `${h.channel}: label ${left}-${right}, line at ${h.x}`).toBe(true);
    }
    await page.close();
  });

  it('R6: a channel behind an AI agent: its tile and the flow diagram show what the AI agent resolved', async () => {
    const page = await site.open('scenario=ai-agent-messaging.yaml', 1400);
    await ready(page);
    await scrubTo(page, 'end');
    const resolved = Number(await page.getAttribute('[data-metric="aiAgent.messaging.resolved"]', 'data-mean'));
    const offered = Number(await page.getAttribute('[data-metric="channels.messaging.offered"]', 'data-mean'));
    expect(resolved).toBeGreaterThan(0);
    expect(offered).toBeGreaterThan(0);
    const { labels } = await flowTexts(page);
    const resolvedLabel = labels.find((l) => l.text.startsWith('resolved by the AI agent'));
    expect(resolvedLabel, labels.map((l) => l.text).join(' | ')).toBeDefined();
    await page.close();
  });

  it('raised no page errors', () => {
    expect(site.pageErrors).toEqual([]);
  });
});
