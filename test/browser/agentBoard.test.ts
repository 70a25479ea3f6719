// The agent board as a user meets it: cards for a team of tens, one cell per agent for a team of
// thousands (cards for 100,000 agents froze the page for 11 s and drew a board 870,000 px tall).
// Either way the team lines add up to the summary, and hovering an agent names it.

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openSite, ready, scrubTo, SHOTS } from './support/site.ts';
import type { Site } from './support/site.ts';
import { densityLayout } from '../../viz/views/densityLayout.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

/** 22,000 agents in three teams for two hours; the early team's shift ends at 01:00. */
const LARGE = `name: twenty-two-thousand
seed: 5
horizon: 2h
replications: 1
channels:
  messaging:
    arrivals: { rate: 6000/h }
    handleTime: { distribution: exponential, mean: 10m }
  voice:
    arrivals: { rate: 3000/h }
    handleTime: { distribution: exponential, mean: 5m }
agents:
  - { team: chat, count: 12000, capacity: { messaging: 3 } }
  - { team: phones, count: 8000, capacity: { voice: 1 } }
  - { team: early, count: 2000, capacity: { messaging: 2, voice: 1 }, shift: { every day: "00:00-01:00" } }
`;

/** The numbers of "<label> x of y" (or "x <label>") in a text, as [x, y] or [x]. */
function numbers(text: string, pattern: RegExp): number[] {
  const m = text.match(pattern);
  return m ? m.slice(1).map(Number) : [];
}

/** The board's summary and team lines: messaging used, calls and offline agents add up. */
async function expectTeamsAddUp(page: Page): Promise<void> {
  const summary = (await page.textContent('.view-agents .ov-board-summary'))!;
  const lines = await page.locator('.view-agents .ov-density-head').allTextContents();
  expect(lines.length).toBeGreaterThan(1);
  const sum = (pattern: RegExp) => lines.reduce((s, l) => s + (numbers(l, pattern)[0] ?? 0), 0);
  expect(sum(/messaging (\d+) of/), summary).toBe(numbers(summary, /messaging: (\d+) of/)[0]);
  expect(sum(/(\d+) on calls/), summary).toBe(numbers(summary, /(\d+) on calls/)[0]);
  expect(sum(/(\d+) offline/), summary).toBe(numbers(summary, /(\d+) offline/)[0]);
  expect(sum(/(\d+) online/), summary).toBe(numbers(summary, /(\d+) online/)[0]);
}

describe('the agent board', () => {
  it('shows 22,000 agents as one cell each, a screen tall, the teams adding up to the summary; hovering a cell names its agent', async () => {
    const page = await site.open('scenario=erlang-c-e3.yaml', 1400);
    await ready(page);
    await page.setInputFiles('#upload', { name: 'large.yaml', mimeType: 'text/yaml', buffer: Buffer.from(LARGE) });
    await page.waitForFunction(() => document.querySelector('.panel > h2')?.textContent?.startsWith('large.yaml'));
    await ready(page);
    await scrubTo(page, 5400); // 01:30: the early team has gone offline
    const board = page.locator('.view-agents');
    expect(await board.locator('.ov-board-summary').textContent()).toMatch(/^22000 agents: 20000 online, 0 away, 0 transfers only, 2000 offline · messaging: \d+ of 36000 slots in use · \d+ on calls/);
    // Cells, not cards, and no choice of cards at this size: the note says why.
    expect(await board.locator('.ov-board-strips').count()).toBe(0);
    expect(await board.locator('.ov-density canvas').count()).toBe(3);
    expect(await board.locator('.ov-board-modes').isHidden()).toBe(true);
    expect(await board.locator('.ov-board-note').textContent()).toContain('cards are drawn for up to 1000 agents');
    const height = await board.evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThan(900);
    await expectTeamsAddUp(page);
    expect(await board.locator('.ov-density-head').nth(2).textContent()).toContain('early · 2000 agents · capacity 2 messaging / 0 email / 1 voice · 0 online, 2000 offline');
    // The phones team's cell in row 2, column 4 is phones-(cols + 4).
    const width = await board.locator('.ov-board').evaluate((el) => Math.floor(el.getBoundingClientRect().width));
    const { pitch, cols } = densityLayout([12000, 8000, 2000], width);
    expect(pitch).toBeLessThan(12);
    await board.locator('.ov-density canvas').nth(1).scrollIntoViewIfNeeded();
    const box = (await board.locator('.ov-density canvas').nth(1).boundingBox())!;
    expect(box.height).toBe(Math.ceil(8000 / cols) * pitch - (pitch >= 4 ? 1 : 0));
    await page.mouse.move(box.x + 3 * pitch + 1, box.y + pitch + 1);
    await page.waitForSelector('.view-agents .ov-tooltip:not([hidden])');
    expect(await board.locator('.ov-tooltip-title').textContent()).toBe(`phones-${cols + 4}`);
    expect(await board.locator('.ov-tooltip').textContent()).toMatch(/teamphones.*status(online|offline)/);
    await board.screenshot({ path: join(SHOTS, 'agent-board-22000.png') });
    // Scrubbed away (back, forward, to the horizon) and back again, the board shows the same
    // numbers and cells: the page rebuilds each frame from the changes the frames carry.
    const shown = () => board.evaluate((el) => {
      let sum = 0;
      for (const c of el.querySelectorAll<HTMLCanvasElement>('.ov-density canvas')) {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        for (let i = 0; i < d.length; i += 4) sum = (sum * 31 + d[i]! + 7 * d[i + 1]! + 13 * d[i + 2]!) % 1_000_000_007;
      }
      return [el.querySelector('.ov-board-summary')!.textContent, ...[...el.querySelectorAll('.ov-density-head')].map((h) => h.textContent), String(sum)].join('\n');
    });
    const at5400 = await shown();
    const seen = new Set<string>();
    for (const t of ['end', 600, 3000, 7000, 60] as const) {
      await scrubTo(page, t);
      seen.add(await shown());
    }
    expect(seen.size).toBeGreaterThan(1); // other times show other numbers
    await scrubTo(page, 5400);
    expect(await shown()).toBe(at5400);
    // How long the board blocks the page is measured by test/bench/vizFps.ts and the scaling
    // counts in test/viz/boardScaling.test.ts, not by a timed assertion here.
    await page.close();
  });

  it('shows a team of tens as cards, and as one cell per agent at the user\'s choice, with the same numbers', async () => {
    const page = await site.open('scenario=multichannel-day.yaml', 1400);
    await ready(page);
    await scrubTo(page, 10.5 * 3600);
    const board = page.locator('.view-agents');
    expect(await board.locator('.ov-board-strips canvas').count()).toBeGreaterThan(0);
    expect(await board.locator('.ov-board-modes button[aria-pressed=true]').textContent()).toBe('Cards');
    const summary = await board.locator('.ov-board-summary').textContent();
    await board.locator('.ov-board-modes button[data-mode=cells]').click();
    expect(await board.locator('.ov-board-strips').count()).toBe(0);
    expect(await board.locator('.ov-density canvas').count()).toBe(3);
    expect(await board.locator('.ov-board-summary').textContent()).toBe(summary);
    await expectTeamsAddUp(page);
    // The second cell is the second agent; 12-px cells for 22 agents.
    await board.locator('.ov-density canvas').first().scrollIntoViewIfNeeded();
    const box = (await board.locator('.ov-density canvas').first().boundingBox())!;
    expect(box.height).toBe(11);
    await page.mouse.move(box.x + 12 + 5, box.y + 5);
    await page.waitForSelector('.view-agents .ov-tooltip:not([hidden])');
    expect(await board.locator('.ov-tooltip-title').textContent()).toBe('chat-2');
    await board.screenshot({ path: join(SHOTS, 'agent-board-cells.png') });
    // And back to cards, every one drawn again though the playback is paused (a card's
    // online glyph is green: 22 cards, about 80 green pixels each).
    await board.locator('.ov-board-modes button[data-mode=cards]').click();
    await page.waitForFunction(() => {
      let green = 0;
      for (const c of document.querySelectorAll<HTMLCanvasElement>('.view-agents canvas')) {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        for (let i = 0; i < d.length; i += 4) if (d[i + 1]! > d[i]! + 80 && d[i + 1]! > d[i + 2]! + 20) green++;
      }
      return green > 22 * 40;
    }, null, { timeout: 10_000 });
    await page.close();
  });

  it('raised no page errors', () => {
    expect(site.pageErrors).toEqual([]);
  });
});
