// What the knobs say about a value, as a user meets it: a number field says what is wrong in the
// page's words, not Chromium's ("Value must be greater than or equal to 0.").

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { openSite, ready, SHOTS } from './support/site.ts';
import type { Site } from './support/site.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

describe('what the knobs say about a value', () => {
  it('a bad number is told in the page\'s words at its field and above, with the field marked and focused', async () => {
    const page = await site.open('scenario=multichannel-day.yaml');
    await ready(page);
    await page.click('#knobs-toggle');
    const cases = [
      ['team-0-count', '-3', 'Team chat · agents', 'expected a whole number from 0 to 100,000, got "-3"'],
      ['seed', '2.5', 'seed', 'expected a whole number from 0 to 9,007,199,254,740,991, got "2.5"'],
      ['spike-multiplier', '-1', 'Messaging spike · × rate', 'expected a number of 0 or more, got "-1"'],
    ] as const;
    for (const [name, typed, label, said] of cases) {
      await page.fill(`input[name=${name}]`, typed);
      await page.click('#knobs button[type=submit]');
      await page.waitForSelector(`#${name}-problem`);
      expect(await page.textContent(`#${name}-problem`), name).toBe(said);
      expect(await page.getAttribute(`input[name=${name}]`, 'aria-invalid'), name).toBe('true');
      expect(await page.getAttribute(`input[name=${name}]`, 'aria-describedby'), name).toBe(`${name}-problem`);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name')), name).toBe(name);
      expect(await page.textContent('#errors'), name).toContain(`Knobs: ${label}: ${said}`);
      expect(await page.textContent('#errors'), name).not.toMatch(/Please|Value must/);
      await page.fill(`input[name=${name}]`, name === 'seed' ? '2026' : name === 'spike-multiplier' ? '3' : '12');
      expect(await page.locator(`#${name}-problem`).count(), name).toBe(0);
    }
    // What the browser cannot read as a number (its value is then '') is not called empty.
    await page.fill('input[name=team-0-count]', '');
    await page.focus('input[name=team-0-count]');
    await page.keyboard.type('1e');
    await page.click('#knobs button[type=submit]');
    await page.waitForSelector('#team-0-count-problem');
    expect(await page.textContent('#team-0-count-problem')).toBe('expected a whole number from 0 to 100,000 (what is typed is not a number)');
    await page.fill('input[name=team-0-count]', '12');
    // Several at once: each at its field, all in the banner.
    await page.fill('input[name=team-1-count]', '100001');
    await page.fill('input[name=seed]', '-1');
    await page.click('#knobs button[type=submit]');
    await page.waitForSelector('#seed-problem');
    const banner = await page.textContent('#errors');
    expect(banner).toContain('Knobs: 2 values cannot be used:');
    expect(banner).toContain('Team phones · agents: expected a whole number from 0 to 100,000, got "100001"');
    expect(banner).toContain('seed: expected a whole number from 0 to 9,007,199,254,740,991, got "-1"');
    await page.locator('.knobs').screenshot({ path: join(SHOTS, 'knob-bad-numbers.png') });
    await page.close();
  });

  it('raised no page errors', () => {
    expect(site.pageErrors).toEqual([]);
  });
});
