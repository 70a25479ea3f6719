// The built site (dist/) served on loopback and opened in headless Chromium, for the tests that
// drive the page: open(query) loads index.html?query and records the page's errors.

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, chromiumAvailable } from './browser.ts';
import { serve } from './serve.ts';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const DIST = join(ROOT, 'dist');
export const SHOTS = join(ROOT, 'test-results');

export interface Site {
  open(query: string, width?: number): Promise<Page>;
  /** Errors any opened page raised (uncaught exceptions). */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

export async function openSite(): Promise<Site> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npx vite build` first (npm test does)');
  if (!chromiumAvailable()) throw new Error('Chromium is missing: apt-get install -y --no-install-recommends chromium (npm test does)');
  mkdirSync(SHOTS, { recursive: true });
  const server = await serve(DIST);
  const { context, close } = await launch();
  const pageErrors: string[] = [];
  return {
    pageErrors,
    async open(query, width) {
      const page = await context.newPage();
      page.on('pageerror', (e) => pageErrors.push(e.message));
      if (width !== undefined) await page.setViewportSize({ width, height: 1000 });
      await page.goto(`${server.url}index.html?${query}`);
      return page;
    },
    async close() {
      await close();
      await server.close();
    },
  };
}

/** Waits until every panel has simulated and drawn its report. */
export async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-status=ready]', { timeout: 120_000 });
}

/**
 * Moves the playback to simulated time t (within what has streamed), as the scrubber does, and
 * waits until the page has drawn it (the views render on the next animation frame).
 */
export async function scrubTo(page: Page, t: number | 'end'): Promise<void> {
  await page.locator('#scrubber').evaluate((el: HTMLInputElement, to) => {
    el.value = to === 'end' ? el.max : String(to);
    el.dispatchEvent(new Event('input'));
  }, t);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * Waits until `panels` panels have their run's meta (the seed in each title), then reads the
 * text of each panel's `selector` as shown (null: hidden or absent).
 */
export async function panelTexts(page: Page, panels: number, selector: string): Promise<(string | null)[]> {
  await page.waitForFunction((n) => {
    const ps = document.querySelectorAll('.panel');
    return ps.length === n && [...ps].every((p) => (p.querySelector('.panel-run')?.textContent ?? '') !== '');
  }, panels, { timeout: 60_000 });
  return page.locator('.panel').evaluateAll((ps, sel) => ps.map((p) => {
    const e = p.querySelector<HTMLElement>(sel);
    return e && !e.hidden && e.offsetHeight > 0 ? e.textContent : null;
  }), selector);
}
