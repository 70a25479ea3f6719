// The charts as a user meets them: the flow diagram's labels fit a phone-wide window, the time
// charts can be read with the keyboard, and side-by-side panels draw on one y scale.

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

  it('raised no page errors', () => {
    expect(site.pageErrors).toEqual([]);
  });
});
