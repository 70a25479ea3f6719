// `omnisim sweep`'s default columns follow the channels the scenario's points have traffic on: a
// voice-only sweep showed sessions.stranded and sessions.reclassifiedToEmail, two columns of zeros;
// and a channel's abandon rate, whether its customers have patience in some point (a column of
// zeros without).

import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { omnisim } from '../support/cli.ts';
import { SCENARIO_DIR, SMALL_VOICE } from '../support/scenarios.ts';
import { loadSweep } from '../../sim/cli/loadSweep.ts';
import { sweepColumns } from '../../sim/run/sweep/sweepColumns.ts';
import { DEFAULT_SWEEP_METRICS } from '../../sim/run/sweep/readSweep.ts';
import { parseCsv } from '../../sim/traffic/replay/csv.ts';

const dir = mkdtempSync(join(tmpdir(), 'omnisim-sweep-columns-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('omnisim sweep: default columns', () => {
  it('a voice-only scenario: the voice metrics, no messaging, email or session columns; no abandon rate when callers have no patience', async () => {
    writeFileSync(join(dir, 'voice.yaml'), SMALL_VOICE);
    writeFileSync(join(dir, 'voice.sweep.yaml'), 'scenario: voice.yaml\nreplications: 2\ngrid:\n  agents[phones].count: [14, 15]\n');
    const o = await omnisim('sweep', join(dir, 'voice.sweep.yaml'), '--workers', '1', '--csv', '-', '--quiet');
    expect(o.code).toBe(0);
    const head = o.out.split('\n')[0]!.split(',').filter((c) => !c.endsWith('_ci95_low') && !c.endsWith('_ci95_high'));
    // Each row names its sweep (unnamed: its scenario) and scenario, then the point.
    expect(o.out.split('\n')[1]!.split(',').slice(0, 4)).toEqual(['voice.yaml', 'voice.yaml', '0', '14']);
    expect(head).toEqual(['sweep', 'scenario', 'point', 'agents[phones].count', 'channels.voice.serviceLevel', 'channels.voice.asaSeconds', 'channels.voice.occupancy']);
  });

  it('the abandon rate comes back when a grid value gives callers patience, and is then not all zeros', async () => {
    writeFileSync(join(dir, 'patient.sweep.yaml'),
      'scenario: voice.yaml\nreplications: 2\ngrid:\n  agents[phones].count: [11, 14]\n  channels.voice.patience: [{ distribution: exponential, mean: 1m }]\n');
    const o = await omnisim('sweep', join(dir, 'patient.sweep.yaml'), '--workers', '1', '--csv', '-', '--quiet');
    expect(o.code).toBe(0);
    const csv = parseCsv(o.out);
    if ('error' in csv) throw new Error(csv.error);
    // The grid value is JSON with commas in it, quoted: read as CSV, not split at commas.
    const [head, ...rows] = csv.records.map((r) => r.fields);
    expect(rows.map((r) => r.length)).toEqual([head!.length, head!.length]);
    expect(rows[0]![head!.indexOf('channels.voice.patience')]).toBe('{"distribution":"exponential","mean":"1m"}');
    const at = head!.indexOf('channels.voice.abandonRate');
    expect(at).toBeGreaterThan(0);
    // 11 agents for 10 erlangs and a minute's patience: some callers give up.
    expect(Number(rows[0]![at])).toBeGreaterThan(0);
  });

  it('a scenario with messaging keeps the session columns (with every metric present, the default list as it is for messaging and email)', () => {
    writeFileSync(join(dir, 'chat.sweep.yaml'), `scenario: ${join(SCENARIO_DIR, 'end-sessions-routed-as-email.yaml')}\nreplications: 2\ngrid:\n  agents[chat].count: [9, 12]\n`);
    const sweep = loadSweep(join(dir, 'chat.sweep.yaml'), () => {});
    const every = Object.fromEntries(DEFAULT_SWEEP_METRICS.map((m) => [m, { mean: 1, ci95: null }]));
    const result = { sweep: 's', scenario: 's', replications: 2, grid: [], points: [{ index: 0, values: {}, metrics: every }] };
    expect(sweepColumns(sweep, result)).toEqual(DEFAULT_SWEEP_METRICS.filter((m) => !m.startsWith('channels.voice.')));
  });
});
