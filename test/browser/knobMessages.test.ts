// What the knobs say about a value, as a user meets it: a value that only gets a warning is told
// at its field, as a warning (the run goes ahead), not as the file's line the user never wrote;
// the file's own warnings still name its line; a value the field takes but the scenario reader
// refuses is told at its field, as a bad value; and a number field says what is wrong in the
// page's words, not Chromium's ("Value must be greater than or equal to 0.").

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openSite, ready, SHOTS } from './support/site.ts';
import type { Site } from './support/site.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

/** A day whose messaging spike the file puts after the end of the run (line 6). */
const LATE_SPIKE = [
  'name: late-spike', 'seed: 1', 'horizon: 1d', 'replications: 2',
  'channels:', '  messaging:', '    arrivals: { rate: 30/h, spikes: [{ at: "d1 10:00", duration: 30m, multiplier: 2 }] }',
  '    handleTime: { distribution: exponential, mean: 5m }',
  'agents:', '  - { team: chat, count: 4, capacity: { messaging: 2 } }', '',
].join('\n');

/** The same day with its spike on time, and a variant that moves it past the end of the run (line 15). */
const LATE_VARIANT = [
  'name: late-variant', 'seed: 1', 'horizon: 1d', 'replications: 2',
  'channels:', '  messaging:', '    arrivals: { rate: 30/h, spikes: [{ at: "10:00", duration: 30m, multiplier: 2 }] }',
  '    handleTime: { distribution: exponential, mean: 5m }',
  'agents:', '  - { team: chat, count: 4, capacity: { messaging: 2 } }',
  'variants:', '  late:', '    channels:', '      messaging:', '        arrivals: { rate: 30/h, spikes: [{ at: "d1 10:00", duration: 30m, multiplier: 2 }] }', '',
].join('\n');

/** A day with no email (a warning the file gets, line 9) and a variant whose spike is past the end (line 16). */
const SIDE = [
  'name: side', 'seed: 1', 'horizon: 1d', 'replications: 2',
  'channels:', '  messaging:', '    arrivals: { rate: 30/h, spikes: [{ at: "10:00", duration: 30m, multiplier: 2 }] }',
  '    handleTime: 5m', '  email: { arrivals: { rate: 0/h }, handleTime: 5m }',
  'agents:', '  - { team: chat, count: 4, capacity: { messaging: 2, email: 1 } }',
  'variants:', '  late:', '    channels:', '      messaging:', '        arrivals: { rate: 30/h, spikes: [{ at: "d1 10:00", duration: 30m, multiplier: 2 }] }', '',
].join('\n');

const runTitle = (page: Page) => page.textContent('.panel > h2 .panel-run');

/** Applies the knobs and waits for the run they make (the panel names the seed it ran). */
async function applyAndRun(page: Page, seed: string): Promise<void> {
  await page.fill('input[name=seed]', seed);
  await page.click('#knobs button[type=submit]');
  await page.waitForFunction((s) => document.querySelector('.panel > h2 .panel-run')?.textContent === `seed ${s} · 2 replications · changed with the knobs`
    && document.body.dataset['status'] === 'ready', seed, { timeout: 60_000 });
}

describe('what the knobs say about a value', () => {
  it('a spike time past the end of the run is warned of at its field, and the run goes ahead; the file\'s own late spike names its line', async () => {
    // The knob's late spike was told as "late-spike.yaml:7:… channels.messaging.arrivals.spikes[0].at",
    // a line the user had not changed, and the field was not marked.
    const page = await site.open('scenario=erlang-c-e3.yaml');
    await ready(page);
    await page.setInputFiles('#upload', { name: 'late-spike.yaml', mimeType: 'text/yaml', buffer: Buffer.from(LATE_SPIKE) });
    await page.waitForFunction(() => document.querySelector('.panel > h2')?.textContent === 'late-spike.yamlseed 1 · 2 replications' && document.body.dataset['status'] === 'ready', null, { timeout: 60_000 });
    const fileWarning = 'late-spike.yaml:7:40 channels.messaging.arrivals.spikes[0].at: the spike starts at 1d 10h, not before the horizon (1d), so it never happens';
    expect(await page.textContent('#errors')).toContain(fileWarning);
    await page.click('#knobs-toggle');
    const at = page.locator('input[name=spike-at]');
    // Another knob changed: the late spike is still the file's, at its line.
    await applyAndRun(page, '2');
    expect(await page.textContent('#errors')).toContain(fileWarning);
    expect(await page.textContent('#errors')).not.toContain('Knobs:');
    expect(await at.getAttribute('aria-describedby')).toBeNull();
    // The knob moves it later still: now the knob's value is warned of, at its field.
    await page.fill('input[name=spike-at]', 'd1 12:00');
    await applyAndRun(page, '3');
    const said = 'the spike starts at 1d 12h, not before the horizon (1d), so it never happens';
    const banner = await page.textContent('#errors');
    expect(banner).toContain(`Warnings for late-spike.yaml:`);
    expect(banner).toContain(`Knobs: Messaging spike · at: ${said}`);
    expect(banner).not.toContain('late-spike.yaml:7');
    expect(banner).not.toContain('spikes[0].at');
    // At the field: a note it is described by, marked as a warning, not as a bad value.
    expect(await at.getAttribute('aria-invalid')).toBeNull();
    expect(await at.getAttribute('aria-describedby')).toBe('spike-at-warning');
    expect(await page.textContent('#spike-at-warning')).toBe(`Warning: ${said}`);
    expect(await page.locator('#spike-at-problem').count()).toBe(0);
    const style = await at.evaluate((i) => ({ color: getComputedStyle(i).borderTopColor, line: getComputedStyle(i).borderTopStyle }));
    expect(style).toEqual({ color: 'rgb(154, 106, 0)', line: 'dashed' }); // not the bad value's solid rgb(213, 94, 0)
    await page.locator('.knobs').screenshot({ path: join(SHOTS, 'knob-warning.png') });
    // Typing in the field takes its warning away (it was about the value run); the run's banner stays.
    await page.fill('input[name=spike-at]', '10:00');
    expect(await at.getAttribute('aria-describedby')).toBeNull();
    expect(await page.locator('#spike-at-warning').count()).toBe(0);
    // Back inside the run: no warning at all.
    await applyAndRun(page, '4');
    expect(await page.locator('#errors').isVisible()).toBe(false);
    expect(await runTitle(page)).toBe('seed 4 · 2 replications · changed with the knobs');
    await page.close();
  });

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

  it('a team count the scenario reader refuses (fewer agents than its breaks\' waves) is told at the team\'s field, not at the line of the waves', async () => {
    // The field takes 0–100,000 agents, but team early's lunch goes in 4 waves: with 3 agents the
    // run was refused as "agents-breaks-and-reassignment.yaml:66:67 agents[0].breaks[1].waves: …",
    // a line the user had not changed, and no field was marked.
    const page = await site.open('scenario=agents-breaks-and-reassignment.yaml');
    await ready(page);
    await page.click('#knobs-toggle');
    const count = page.locator('input[name=team-0-count]');
    await count.fill('3');
    await page.click('#knobs button[type=submit]');
    await page.waitForSelector('#team-0-count-problem');
    const said = 'the scenario cannot use this value — agents[0].breaks[1].waves: expected a whole number ≤ 3, got 4';
    const banner = await page.textContent('#errors');
    expect(banner).toContain('agents-breaks-and-reassignment.yaml cannot be simulated — 1 problem:');
    expect(banner).toContain(`Knobs: Team early · agents: ${said}`);
    expect(banner).not.toContain('agents-breaks-and-reassignment.yaml:66');
    // At the field, as a bad value: invalid, described by its note, focused.
    expect(await count.getAttribute('aria-invalid')).toBe('true');
    expect(await count.getAttribute('aria-describedby')).toBe('team-0-count-problem');
    expect(await page.textContent('#team-0-count-problem')).toBe(said);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('team-0-count');
    expect(await page.locator('.panel').getAttribute('data-status')).toBe('invalid');
    await page.locator('.knobs').screenshot({ path: join(SHOTS, 'knob-refused.png') });
    // Changed, the field is no longer marked (only a run can tell whether the new value is right).
    await count.fill('4');
    expect(await count.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#team-0-count-problem').count()).toBe(0);
    // Another team made too large for its staggered breaks, with the seed changed too: at that team's field only.
    await page.fill('input[name=team-2-count]', '100');
    await page.fill('input[name=seed]', '8');
    await page.click('#knobs button[type=submit]');
    await page.waitForSelector('#team-2-count-problem');
    expect(await page.textContent('#errors')).toContain('Knobs: Team phones · agents: the scenario cannot use this value — agents[2].breaks[0].stagger: 100 turns 15m apart with 45m breaks take 1d 2h, more than a day');
    expect(await page.locator('input[aria-invalid]').evaluateAll((l) => l.map((i) => i.getAttribute('name')))).toEqual(['team-2-count']);
    // A value it takes: the run goes ahead, the mark and the message go.
    await page.fill('input[name=team-2-count]', '6');
    await page.click('#knobs button[type=submit]');
    await page.waitForFunction(() => document.querySelector('.panel > h2 .panel-run')?.textContent === 'seed 8 · 10 replications · changed with the knobs', null, { timeout: 60_000 });
    expect(await page.locator('input[aria-invalid]').count()).toBe(0);
    expect(await page.locator('#errors').isVisible()).toBe(false);
    await page.close();
  });

  it('a variant\'s own warning is told at the variant\'s line, and at the knob\'s field once the knob brings it', async () => {
    // A variant's warnings were dropped: variant "late" of a file whose spike is on time ran with
    // no word of its own spike past the end of the run.
    const page = await site.open('scenario=erlang-c-e3.yaml');
    await ready(page);
    await page.setInputFiles('#upload', { name: 'late-variant.yaml', mimeType: 'text/yaml', buffer: Buffer.from(LATE_VARIANT) });
    await page.waitForFunction(() => document.querySelector('.panel > h2')?.textContent === 'late-variant.yamlseed 1 · 2 replications' && document.body.dataset['status'] === 'ready', null, { timeout: 60_000 });
    expect(await page.locator('#errors').isVisible()).toBe(false); // the scenario as written: on time
    await page.selectOption('#variant-picker', 'late');
    await page.waitForFunction(() => document.querySelector('.panel > h2')?.textContent === 'late-variant.yaml · lateseed 1 · 2 replications' && document.body.dataset['status'] === 'ready', null, { timeout: 60_000 });
    const fileWarning = 'late-variant.yaml:15:44 variants.late → channels.messaging.arrivals.spikes[0].at: the spike starts at 1d 10h, not before the horizon (1d), so it never happens';
    expect(await page.textContent('#errors')).toContain('Warnings for late-variant.yaml · late:');
    expect(await page.textContent('#errors')).toContain(fileWarning);
    await page.click('#knobs-toggle');
    // Another knob changed: still the file's, at the variant's line.
    await applyAndRun(page, '2');
    expect(await page.textContent('#errors')).toContain(fileWarning);
    expect(await page.textContent('#errors')).not.toContain('Knobs:');
    // The knob moves the variant's spike later still (the knobs change a variant's spike as the scenario's): at the field.
    await page.fill('input[name=spike-at]', 'd1 12:00');
    await applyAndRun(page, '3');
    const said = 'the spike starts at 1d 12h, not before the horizon (1d), so it never happens';
    const banner = await page.textContent('#errors');
    expect(banner).toContain(`Knobs: Messaging spike · at: ${said}`);
    expect(banner).not.toContain('late-variant.yaml:');
    expect(await page.textContent('#spike-at-warning')).toBe(`Warning: ${said}`);
    // Back to the scenario as written with the same knobs: its spike (moved by the knob too) is the knob's; no variant's words.
    await page.selectOption('#variant-picker', '');
    await page.waitForFunction(() => document.querySelector('.panel > h2')?.textContent === 'late-variant.yamlseed 3 · 2 replications · changed with the knobs' && document.body.dataset['status'] === 'ready', null, { timeout: 60_000 });
    expect(await page.textContent('#errors')).toContain(`Knobs: Messaging spike · at: ${said}`);
    expect(await page.textContent('#errors')).not.toContain('variants.late');
    await page.close();
  });

  it('side by side, the banner tells both panels\' warnings, each under its panel\'s name', async () => {
    // It told the warnings of whichever panel reported first: the other panel's were not told.
    const page = await site.open('scenario=erlang-c-e3.yaml');
    await ready(page);
    await page.setInputFiles('#upload', { name: 'side.yaml', mimeType: 'text/yaml', buffer: Buffer.from(SIDE) });
    await page.waitForFunction(() => document.querySelector('.panel > h2')?.textContent === 'side.yamlseed 1 · 2 replications' && document.body.dataset['status'] === 'ready', null, { timeout: 60_000 });
    await page.selectOption('#variant-picker', 'late');
    await page.selectOption('#compare-picker', '(scenario as written)');
    const both = (a: string, b: string) => page.waitForFunction(([x, y]) => {
      const titles = [...document.querySelectorAll('.panel > h2')].map((h) => h.textContent);
      return titles.length === 2 && titles[0] === x && titles[1] === y && document.body.dataset['status'] === 'ready';
    }, [a, b], { timeout: 60_000 });
    await both('side.yaml · lateseed 1 · 2 replications', 'side.yamlseed 1 · 2 replications');
    const email = 'side.yaml:9:24 channels.email.arrivals.rate: the email rate is 0: no email ticket will arrive';
    const late = 'side.yaml:16:44 variants.late → channels.messaging.arrivals.spikes[0].at: the spike starts at 1d 10h, not before the horizon (1d), so it never happens';
    const banner = () => page.locator('#errors').evaluate((box) => [...box.children].filter((e) => e.tagName !== 'BUTTON')
      .map((e) => (e.tagName === 'UL' ? [...e.children].map((li) => `  ${li.textContent}`).join('\n') : e.textContent)).join('\n'));
    expect(await banner()).toBe([
      'Warnings, panel by panel:',
      'Main panel — side.yaml · late:', `  ${late}`, `  ${email}`,
      'Comparison panel — side.yaml:', `  ${email}`,
    ].join('\n'));
    await page.locator('#errors').screenshot({ path: join(SHOTS, 'side-by-side-warnings.png') });
    // The knobs move both panels' spike past the end: each panel tells it, the field once.
    await page.click('#knobs-toggle');
    await page.fill('input[name=spike-at]', 'd1 12:00');
    await page.fill('input[name=seed]', '2');
    await page.click('#knobs button[type=submit]');
    await both('side.yaml · lateseed 2 · 2 replications · changed with the knobs', 'side.yamlseed 2 · 2 replications · changed with the knobs');
    const knob = 'Knobs: Messaging spike · at: the spike starts at 1d 12h, not before the horizon (1d), so it never happens';
    expect(await banner()).toBe([
      'Warnings, panel by panel:',
      'Main panel — side.yaml · late:', `  ${email}`, `  ${knob}`,
      'Comparison panel — side.yaml:', `  ${email}`, `  ${knob}`,
    ].join('\n'));
    expect(await page.textContent('#spike-at-warning')).toBe('Warning: the spike starts at 1d 12h, not before the horizon (1d), so it never happens');
    await page.close();
  });

  it('the run-size note the replications knob brings is brief at the field, in full in the banner', async () => {
    // At the field it was the whole paragraph (about 340 characters), which made the knobs' form a column of text.
    const page = await site.open('scenario=multichannel-day.yaml');
    await ready(page);
    await page.click('#knobs-toggle');
    await page.fill('input[name=replications]', '5000');
    await page.click('#knobs button[type=submit]');
    await page.waitForSelector('#replications-warning');
    const full = 'every replication\'s figures are kept until the report is built: about 1.3 GB for 5,000 replications × 1d, more than a browser tab may have '
      + '(often 2–4 GB), so the page may slow down and stop before the end (a wider report.seriesInterval needs less). The figures appear when every replication has run; '
      + 'fewer replications (the knobs) answer sooner';
    const note = page.locator('#replications-warning');
    expect(await note.textContent()).toBe('Warning: about 1.3 GB of figures, more than a tab may have');
    expect(await note.getAttribute('title')).toBe(full);
    expect(await page.getAttribute('input[name=replications]', 'aria-describedby')).toBe('replications-warning');
    expect(await page.textContent('#errors')).toContain(`Knobs: replications: ${full}`);
    // Two lines at the most under the field.
    const { height, lineHeight } = await note.evaluate((n) => ({ height: n.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(n).lineHeight) || 15 }));
    expect(height).toBeLessThanOrEqual(2 * lineHeight + 1);
    await page.locator('.knobs').screenshot({ path: join(SHOTS, 'knob-run-size.png') });
    await page.close(); // stops the 5,000 replications
  });

  it('raised no page errors', () => {
    expect(site.pageErrors).toEqual([]);
  });
});
