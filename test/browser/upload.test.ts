// Uploading a scenario with the files it refers to: the trigger export and the ticket CSV are
// chosen together with it in one dialog, and the page runs them — the user's files, never the
// page's bundled files of the same path. A file left out is named with the line and path that
// refer to it, and what to do; so are several scenarios at once and files the scenario never uses.

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openSite, ready, ROOT, SHOTS } from './support/site.ts';
import type { Site } from './support/site.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { runScenario } from '../../sim/run/runScenario.ts';
import type { Report } from '../../sim/run/Report.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

/** The bundled imported-triggers.yaml, as a user would keep a copy: 3 replications for speed. */
const SCENARIO = readFileSync(join(ROOT, 'scenarios', 'imported-triggers.yaml'), 'utf8').replace(/^replications: \d+$/m, 'replications: 3');
/** The user's own export at the path the scenario names (triggers/zendesk-export.json): one
 *  trigger routing every new email to support (R2: with the auto-routing tag), where the
 *  bundled file's sends billing email to the billing group at high priority. */
const THEIR_EXPORT = JSON.stringify({ triggers: [{ id: 1, title: 'Mine: all new email to support', active: true, position: 1,
  conditions: { all: [{ field: 'via_id', operator: 'is', value: 4 }, { field: 'update_type', operator: 'is', value: 'Create' }], any: [] },
  actions: [{ field: 'group_id', value: '360005' }, { field: 'current_tags', value: 'auto-routing' }] }] });

const payload = (name: string, text: string) => ({ name, mimeType: name.endsWith('.csv') ? 'text/csv' : name.endsWith('.json') ? 'application/json' : 'text/yaml', buffer: Buffer.from(text) });

/** `omnisim run` on the scenario with these files beside it (by the paths it writes). */
function cliReport(source: string, files: Record<string, string>): Report {
  const r = parseScenarioText(source, { readFile: (p) => files[p] ?? { error: `${p}: no such file` } });
  if (!r.compiled) throw new Error(JSON.stringify(r.errors));
  return runScenario(r.compiled);
}

const mean = (page: Page, metric: string) => page.getAttribute(`[data-metric="${metric}"]`, 'data-mean').then(Number);

describe('uploading a scenario with its files', () => {
  it('a scenario alone whose export is missing says which file, where the scenario refers to it, and to choose it with the scenario', async () => {
    const page = await site.open('scenario=erlang-c-e3.yaml');
    await ready(page);
    await page.setInputFiles('#upload', [payload('my-triggers.yaml', SCENARIO)]);
    await page.waitForSelector('body[data-status=invalid]', { timeout: 60_000 });
    const text = (await page.textContent('#errors'))!;
    expect(text).toContain('my-triggers.yaml cannot be simulated — 1 problem:');
    expect(text).toContain('my-triggers.yaml:25:5 triggers[0].import: triggers/zendesk-export.json was not uploaded with my-triggers.yaml: '
      + 'select zendesk-export.json together with my-triggers.yaml in the upload dialog (choose all the files at once; chosen now: my-triggers.yaml). '
      + 'The page\'s own scenarios/triggers/zendesk-export.json is not used for an uploaded scenario');
    await page.screenshot({ path: join(SHOTS, 'upload-missing-file.png') });
    await page.close();
  });

  it('chosen together, the scenario runs with the user\'s export (not the bundled file of that path), with the figures `omnisim run` gives on those files', async () => {
    const page = await site.open('scenario=erlang-c-e3.yaml');
    await ready(page);
    await page.setInputFiles('#upload', [payload('zendesk-export.json', THEIR_EXPORT), payload('my-triggers.yaml', SCENARIO)]);
    await page.waitForFunction(() => document.querySelector('.panel > h2')?.textContent?.startsWith('my-triggers.yaml') && document.body.dataset['status'] === 'ready', null, { timeout: 120_000 });
    const theirs = cliReport(SCENARIO, { 'triggers/zendesk-export.json': THEIR_EXPORT });
    const bundled = cliReport(SCENARIO, { 'triggers/zendesk-export.json': readFileSync(join(ROOT, 'scenarios', 'triggers', 'zendesk-export.json'), 'utf8') });
    for (const m of ['channels.email.asaSeconds', 'channels.email.waitProbability', 'channels.messaging.serviceLevel']) {
      const [c, k] = m.split('.').slice(1) as ['email' | 'messaging', 'asaSeconds'];
      expect(await mean(page, m), m).toBe(theirs.channels[c]![k].mean);
    }
    // The bundled export gives other figures: the page did not use it.
    expect(await mean(page, 'channels.email.asaSeconds')).not.toBe(bundled.channels.email!.asaSeconds.mean);
    expect(await page.locator('#errors').isVisible()).toBe(false);
    await page.screenshot({ path: join(SHOTS, 'upload-two-files.png'), fullPage: true });
    await page.close();
  });

  it('a replayed ticket CSV is read from the chosen file; a chosen file the scenario never refers to is pointed out', async () => {
    const scenario = 'name: my-day\nseed: 4\nhorizon: 1d\nreplications: 2\nchannels:\n  email:\n    arrivals: { replay: exports/tuesday.csv }\n    handleTime: 6m\n'
      + 'agents:\n  - { team: a, count: 2, capacity: { email: 2 } }\n';
    const csv = 'created_at,via,priority\n2024-03-05T09:00:00,web,high\n2024-03-05T09:10:00,email,\n2024-03-05T12:30:00,api,low\n';
    const page = await site.open('scenario=erlang-c-e3.yaml');
    await ready(page);
    await page.setInputFiles('#upload', [payload('my-day.yaml', scenario), payload('tuesday.csv', csv), payload('notes.csv', 'a,b\n')]);
    await page.waitForFunction(() => document.querySelector('.panel > h2')?.textContent?.startsWith('my-day.yaml') && document.body.dataset['status'] === 'ready', null, { timeout: 60_000 });
    expect(await mean(page, 'channels.email.offered')).toBe(3);
    expect(await mean(page, 'channels.email.asaSeconds')).toBe(cliReport(scenario, { 'exports/tuesday.csv': csv }).channels.email!.asaSeconds.mean);
    expect(await page.textContent('#errors')).toContain('chosen with the scenario, but it refers to no file named notes.csv, so that file is not used');
    await page.close();
  });

  it('two scenarios at once, or none, are told as such and nothing of the page is lost', async () => {
    const page = await site.open('scenario=erlang-c-e3.yaml');
    await ready(page);
    await page.setInputFiles('#upload', [payload('a.yaml', SCENARIO), payload('b.yaml', SCENARIO)]);
    await page.waitForFunction(() => document.getElementById('errors')!.textContent!.includes('each a scenario'));
    expect(await page.textContent('#errors')).toContain('Upload: a.yaml and b.yaml are each a scenario: upload one scenario at a time');
    expect(await page.textContent('.panel > h2')).toContain('erlang-c-e3.yaml'); // still shown
    await page.setInputFiles('#upload', [payload('zendesk-export.json', THEIR_EXPORT), payload('day.csv', 'created_at,via\n')]);
    await page.waitForFunction(() => document.getElementById('errors')!.textContent!.includes('none of the chosen files'));
    // Two files that cannot be read are both named.
    await page.setInputFiles('#upload', [{ name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from([0xff, 0xfe, 0x61, 0]) }, { name: 'b.yaml', mimeType: 'text/yaml', buffer: Buffer.from([0x89, 0x50, 0, 0]) }]);
    await page.waitForFunction(() => document.getElementById('errors')!.textContent!.includes('2 of the chosen files cannot be read'));
    const text = (await page.textContent('#errors'))!;
    expect(text).toContain('a.csv is UTF-16 text');
    expect(text).toContain('b.yaml is not a text file');
    await page.close();
  });

  it('raised no page errors', () => {
    expect(site.pageErrors).toEqual([]);
  });
});
