// Headless Chromium for the browser tests: Debian's chromium driven by playwright-core, in a
// fresh profile, with the flags that keep it off the network (the machine has none).

import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env['OMNISIM_CHROMIUM'] ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export async function launch(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'omnisim-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    viewport: { width: 1400, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * For the developer aids (scripts/screenshot.ts, viz/dev/*): serves `dir`, opens `path` in
 * headless Chromium at `width`, echoing the page's console and errors. close() stops both.
 */
export async function openServed(dir: string, path: string, width: number): Promise<{ page: import('playwright-core').Page; close: () => Promise<void> }> {
  const { serve } = await import('./serve.ts');
  const server = await serve(dir);
  const { context, close } = await launch();
  const page = await context.newPage();
  page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.setViewportSize({ width, height: 1000 });
  await page.goto(server.url + path);
  return {
    page,
    close: async () => {
      await close();
      await server.close();
    },
  };
}
