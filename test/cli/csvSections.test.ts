// `run --csv DIR` writes every section of the report: a run whose point is its stranded tickets
// (end-sessions-not-routed) wrote channels, queues, series and windows, and not one of them.

import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { omnisim } from '../support/cli.ts';
import { SMALL_VOICE, runText } from '../support/scenarios.ts';
import { reportCsv } from '../../sim/cli/writeCsv.ts';

/** Messaging whose agents end half the sessions (stranded, R4), email with a first-reply target (R15)
 *  and a backlog carried over, and a trigger whose title holds a comma. */
const SCENARIO = `name: sections
seed: 5
horizon: 4h
replications: 2
channels:
  messaging:
    arrivals: { rate: 30/h }
    conversation:
      mode: exchanges
      exchanges: { distribution: geometric, mean: 2 }
      agentReplyTime: 30s
      customerThinkTime: 30s
      closing: { agentSolves: 0.5, agentEndsSession: 0.5 }
  email:
    arrivals: { rate: 10/h }
    handleTime: 5m
    sla: { firstReply: { normal: 1h } }
agents:
  - { team: all, count: 4, capacity: { messaging: 2, email: 2 } }
initialState:
  email: { queued: 5, age: 1h }
triggers:
  - title: "Tag new, urgent"
    conditions: { all: [{ field: update_type, operator: is, value: Create }] }
    actions: [{ field: set_tags, value: [new] }]
`;

describe('run --csv: every section of the report', () => {
  const report = runText(SCENARIO);
  const files = reportCsv(report);

  it('sessions.csv: what ending sessions did, stranded tickets among them, as the JSON names it', () => {
    const rows = files['sessions.csv']!.trim().split('\n');
    expect(rows[0]).toBe('metric,mean,ci95_low,ci95_high');
    expect(rows.map((r) => r.split(',')[0]).slice(1)).toEqual(Object.keys(report.sessions!));
    const stranded = rows.find((r) => r.startsWith('stranded,'))!.split(',');
    expect(Number(stranded[1])).toBe(report.sessions!.stranded.mean);
    expect(Number(stranded[1])).toBeGreaterThan(0);
  });

  it('triggers.csv: a row per trigger and figure, a title with a comma quoted', () => {
    const rows = files['triggers.csv']!.trim().split('\n');
    expect(rows[0]).toBe('trigger,metric,mean,ci95_low,ci95_high');
    expect(rows[1]).toMatch(/^"Tag new, urgent",fired,\d/);
  });

  it('channels.csv: the first-reply SLA and the work carried over as sla.* and carriedOver.* of their channel', () => {
    const metrics = files['channels.csv']!.split('\n').filter((l) => l.startsWith('email,')).map((l) => l.split(',')[1]);
    expect(metrics).toEqual(expect.arrayContaining(Object.keys(report.sla!.email!).map((m) => `sla.${m}`)));
    expect(metrics).toEqual(expect.arrayContaining(Object.keys(report.carriedOver!.email!).map((m) => `carriedOver.${m}`)));
  });

  it('without messaging or triggers, no sessions.csv or triggers.csv', () => {
    expect(Object.keys(reportCsv(runText(SMALL_VOICE)))).toEqual(['run.csv', 'channels.csv', 'queues.csv', 'series.csv']);
  });

  it('run.csv: which run the folder holds, since no other file names the scenario', () => {
    expect(files['run.csv']).toBe('field,value\nscenario,sections\nvariant,\nseed,5\nreplications,2\nhorizon_seconds,14400\nwarmup_seconds,0\n');
  });
});

describe('run --csv into a folder an earlier run wrote', () => {
  it('names the files this run did not write, rather than leave them to pass for its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'omnisim-stale-csv-'));
    try {
      const scenario = join(dir, 'voice.yaml');
      writeFileSync(scenario, SMALL_VOICE);
      const out = join(dir, 'out');
      await omnisim('run', join(dir, 'voice.yaml'), '--csv', out, '--quiet');
      writeFileSync(join(out, 'sessions.csv'), 'metric,mean,ci95_low,ci95_high\nstranded,338,309,367\n'); // as a messaging run leaves it
      const o = await omnisim('run', scenario, '--csv', out);
      expect(o.code).toBe(0);
      expect(o.err).toContain(`note: ${join(out, 'sessions.csv')} was not written by this run (its report has no such section): it is from an earlier one, left as it was\n`);
      expect(o.err).not.toContain('brands.csv'); // only files that are there
      expect(existsSync(join(out, 'sessions.csv'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
