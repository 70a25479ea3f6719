// `omnisim validate` on a sweep file reads it as a sweep: every grid point is compiled and a
// problem is told at its file:line:col, as `omnisim sweep` would tell it, without running.

import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { omnisim } from '../support/cli.ts';
import { SCENARIO_DIR } from '../support/scenarios.ts';

const dir = mkdtempSync(join(tmpdir(), 'omnisim-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const day = join(SCENARIO_DIR, 'multichannel-day.yaml');

describe('omnisim validate: a sweep file', () => {
  it('a valid sweep: its points, replications and runs', async () => {
    const o = await omnisim('validate', join(SCENARIO_DIR, 'sweeps', 'chat-staffing.sweep.yaml'));
    expect(o.code).toBe(0);
    expect(o.out).toBe(`${join(SCENARIO_DIR, 'sweeps', 'chat-staffing.sweep.yaml')}: ok — sweep "chat staffing vs spike size" of ` +
      '../end-sessions-routed-as-email.yaml: 18 points × 10 replications = 180 runs; its metrics are checked against the results when it runs\n');
  });

  it('a bad grid value: at the value, saying what it breaks in the scenario (not "unknown key grid")', async () => {
    const f = join(dir, 'bad.sweep.yaml');
    writeFileSync(f, `scenario: ${day}\nreplications: 2\ngrid:\n  agents[chat].count: [10, -1]\n`);
    const o = await omnisim('validate', f);
    expect(o.code).toBe(1);
    expect(o.err).toBe(`omnisim: ${f}: 1 problem\n  ${f}:4:28 grid.agents[chat].count[1]: with -1, the scenario's agents[0].count: expected a whole number ≥ 0, got -1\n`);
  });

  it('a warning a grid value gives alone but no point gives is not told (every point sets a warm-up)', async () => {
    const small = join(dir, 'small.yaml');
    writeFileSync(small, 'horizon: 2h\nchannels:\n  voice:\n    arrivals: { rate: 200/h }\n    handleTime: 180s\nagents:\n  - { team: phones, count: 14, capacity: { voice: 1 } }\n');
    const f = join(dir, 'warm.sweep.yaml');
    writeFileSync(f, 'scenario: small.yaml\nreplications: 2\ngrid:\n  horizon: [2h, 8d]\n  warmup: [1h, 90m]\n');
    const o = await omnisim('validate', f);
    expect(o.code).toBe(0);
    expect(o.err).toBe(''); // it said: grid.horizon[1]: with "8d", the scenario's warmup: a long run without warm-up …
    // Without a name or metrics: neither the scenario's path as the sweep's name nor metrics to check.
    expect(o.out).toBe(`${f}: ok — sweep of small.yaml: 4 points × 2 replications = 8 runs\n`);
  });

  it('a file without a grid is still read as a scenario', async () => {
    const f = join(dir, 'plain.yaml');
    writeFileSync(f, 'name: x\nchannels: [1]\n');
    const o = await omnisim('validate', f);
    expect(o.code).toBe(1);
    expect(o.err).toContain(`${f}:2:1 channels: expected a mapping`);
  });
});
