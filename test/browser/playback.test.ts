// The playback clock and the time it shows, as a user meets them: at 0 the page shows the start
// of the run (it showed the state a frame later: E1 at d0 00:00 had 87 calls arrived and every
// agent on a call), and the clock writes the time as the charts' axis and cursor do (a one-day
// run ended at "d1 00:00" under an axis that ends at 24:00).

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

/** The flow diagram's counts as it says them to screen readers ("Ticket flow: Voice 87, answered 84, …"). */
const flowSaid = (page: Page) => page.locator('.view-flow [aria-label^="Ticket flow"]').getAttribute('aria-label');
const boardSummary = (page: Page) => page.textContent('.view-agents .ov-board-summary');
/** The queue chart's read-out at its first point (Home), as it is announced. */
async function firstQueueReadout(page: Page): Promise<string> {
  await page.focus('.view-queue .ov-chart');
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.querySelector('.view-queue .ov-sr-only')?.textContent !== '');
  return (await page.textContent('.view-queue .ov-sr-only'))!;
}

describe('the playback clock and time 0', () => {
  it('at 0 shows the start of the run: nothing arrived, nobody on a call (E1, frames 22 minutes apart)', async () => {
    const page = await site.open('scenario=erlang-c-e1.yaml');
    await ready(page);
    await scrubTo(page, 1320);
    expect(await flowSaid(page)).not.toMatch(/Voice 0,/);
    expect(await boardSummary(page)).not.toContain('· 0 on calls');
    await scrubTo(page, 0);
    expect(await page.textContent('#clock')).toBe('d0 00:00');
    expect(await flowSaid(page)).toMatch(/^Ticket flow: Voice 0, answered 0,/);
    expect(await boardSummary(page)).toContain('14 online, 0 away, 0 transfers only, 0 offline · 0 on calls, 0 in wrap-up');
    await page.screenshot({ path: join(SHOTS, 'playback-at-0.png'), fullPage: true });
    await page.close();
  });

  it('at 0 shows a backlog carried over as waiting at 00:00, and the day teams not yet on shift (monday-backlog.yaml)', async () => {
    const page = await site.open('scenario=monday-backlog.yaml');
    await ready(page);
    await scrubTo(page, 0);
    const said = await firstQueueReadout(page);
    expect(said).toMatch(/^00:00: /);
    expect(Number(/Email (\d+) waiting/.exec(said)?.[1])).toBeGreaterThan(170);
    expect(await boardSummary(page)).toContain('10 agents: 1 online, 0 away, 0 transfers only, 9 offline');
    await page.close();
  });

  it('says the time as the charts do: 02:00 and, at the end of a one-day run, 24:00 where the axis ends', async () => {
    const page = await site.open('scenario=multichannel-day.yaml');
    await ready(page);
    await scrubTo(page, 7200);
    expect(await page.textContent('#clock')).toBe('02:00');
    expect(await page.textContent('.view-queue .ov-cursor-text')).toBe('02:00');
    await scrubTo(page, 'end');
    expect(await page.textContent('#clock')).toBe('24:00');
    expect(await page.textContent('.view-queue .ov-cursor-text')).toBe('24:00');
    const ticks = await page.locator('.view-queue .ov-x-axis .tick text').allTextContents();
    expect(ticks.at(-1)).toBe('24:00');
    await page.locator('.controls').screenshot({ path: join(SHOTS, 'playback-clock-24h.png') });
    await page.close();
  });

  it('in a run of several days, says the day and the time, as the cursor does (d30 00:00 at the end of E1)', async () => {
    const page = await site.open('scenario=erlang-c-e1.yaml');
    await ready(page);
    await scrubTo(page, 13 * 86400 + 13 * 3600); // the scrubber steps by frames (1320 s): d13 12:52
    expect(await page.textContent('#clock')).toBe('d13 12:52');
    expect(await page.textContent('.view-queue .ov-cursor-text')).toBe('d13 12:52');
    await scrubTo(page, 'end');
    expect(await page.textContent('#clock')).toBe('d30 00:00');
    expect(await page.textContent('.view-queue .ov-cursor-text')).toBe('d30 00:00');
    await page.close();
  });

  it('raised no page errors', () => {
    expect(site.pageErrors).toEqual([]);
  });
});
