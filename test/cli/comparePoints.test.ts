// `omnisim compare` gives the difference of two shares in percentage points: recipe C's messaging
// service level, 62.0 % against 61.5 %, printed "-0.5% ± 0.8%", which reads as a relative change
// of half a percent. Every share — a channel's, a window's, a brand's in a window (R7), an SLA's
// or AI agent's share — now reads "-0.5 pp", and --json and --csv name each metric's unit.

import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { omnisim } from '../support/cli.ts';
import { unitOf } from '../../sim/run/metricUnit.ts';
import type { Comparison } from '../../sim/run/compare.ts';

// Every kind of share a report has: a channel's, a spike's windows, two brands (R7) and theirs in
// each window, an SLA's breached share and the AI agent's resolved share.
const SHARES = `name: shares
seed: 5
horizon: 4h
warmup: 0s
replications: 3
channels:
  messaging:
    arrivals: { rate: 60/h, spikes: [{ at: 1h, duration: 30m, multiplier: 3 }] }
    handleTime: { distribution: exponential, mean: 6m }
    patience: { distribution: exponential, mean: 3m }
    aiAgent: { resolves: 20%, handleTime: { distribution: exponential, mean: 2m } }
    brands: { acme: 70%, beta: 30% }
    sla:
      firstReply: { urgent: 1m, high: 1m, normal: 2m }
agents:
  - { team: chat, count: 3, capacity: { messaging: 2 } }
variants:
  few: {}
  more:
    agents:
      - { team: chat, count: 4, capacity: { messaging: 2 } }
`;
const dir = mkdtempSync(join(tmpdir(), 'omnisim-points-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'shares.yaml');
writeFileSync(file, SHARES);
const args = [file];

describe('omnisim compare: differences of shares', () => {
  it('are in percentage points in the table, every share metric (channel, window, brand in a window, SLA, AI agent); the figures stay in %', async () => {
    const o = await omnisim('compare', ...args, '--all');
    expect(o.code, o.err).toBe(0);
    const lines = o.out.split('\n');
    const head = lines.findIndex((l) => l.startsWith('metric'));
    const variants = lines[head]!.split(/\s{2,}/).filter((h) => !h.includes(' − ')).length - 1;
    const rows = lines.slice(head + 2).filter((l) => /^\S+\.\w+ /.test(l)).map((l) => l.trim().split(/\s{2,}/));
    const shares = rows.filter((r) => unitOf(r[0]!) === 'percent');
    expect(shares.map((r) => r[0])).toEqual(expect.arrayContaining(['channels.messaging.waitProbability', 'channels.messaging.serviceLevel', 'channels.messaging.abandonRate',
      'channels.messaging.occupancy', 'windows.during spike.messaging.serviceLevel', 'brands.beta.messaging.abandonRate', 'windows.during spike.brands.beta.messaging.abandonRate',
      'sla.messaging.breachedShare', 'aiAgent.messaging.resolvedShare']));
    for (const r of shares) {
      for (const figure of r.slice(1, 1 + variants)) expect(figure, r[0]).toMatch(/%/);
      for (const diff of r.slice(1 + variants)) {
        expect(diff, r[0]).not.toMatch(/%/);
        expect(diff, r[0]).toMatch(/^(—|[+-]?\d+\.\d+ pp( ± \d+\.\d+ pp)?( \*)?( ¹)?)$/);
      }
    }
    // Other units are as they were: a wait's difference in seconds, a count's bare.
    const asa = rows.find((r) => r[0] === 'channels.messaging.asaSeconds')!;
    expect(asa.slice(1 + variants).every((d) => /s( \*)?$/.test(d))).toBe(true);
    expect(o.out).toContain(' · pp: percentage points, the difference of two shares (61.5 % against 62.0 % is -0.5 pp), not a relative change');
  });

  it('--json gives each metric\'s unit: a share and its difference are fractions of 1 (0.01 = 1 percentage point)', async () => {
    const o = await omnisim('compare', ...args, '--json', '-');
    expect(o.code, o.err).toBe(0);
    const c = JSON.parse(o.out) as Comparison;
    expect(Object.keys(c.units)).toEqual(c.metrics);
    expect(c.units['channels.messaging.serviceLevel']).toBe('share');
    expect(c.units['windows.during spike.brands.beta.messaging.serviceLevel']).toBe('share');
    expect(c.units['sla.messaging.breachedShare']).toBe('share');
    expect(c.units['channels.messaging.asaSeconds']).toBe('seconds');
    expect(c.units['channels.messaging.throughputPerHour']).toBe('perHour');
    expect(c.units['channels.messaging.offered']).toBe('count');
    const m = 'channels.messaging.serviceLevel';
    const d = c.differences[0]!;
    const v = c.variants.find((x) => x.name === d.name)!;
    expect(d.values[m]!.mean!).toBeCloseTo(v.values[m]!.mean! - c.variants[0]!.values[m]!.mean!, 5);
  });

  it('--csv ends each row with the metric\'s unit', async () => {
    const o = await omnisim('compare', ...args, '--csv', '-');
    expect(o.code, o.err).toBe(0);
    const [head, ...rows] = o.out.trim().split('\n');
    expect(head!.split(',').at(-1)).toBe('unit');
    const sl = rows.find((r) => r.includes(',channels.messaging.serviceLevel,'))!;
    expect(sl.split(',').at(-1)).toBe('share');
    const asa = rows.find((r) => r.includes(',channels.messaging.asaSeconds,'))!;
    expect(asa.split(',').at(-1)).toBe('seconds');
  });
});
