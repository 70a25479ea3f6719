// R7: the report's figures per brand count each ticket exactly as the channel figures do, so
// over a channel's brands they add up to the channel's — in every replication, whatever else the
// scenario does: messaging sessions ended unanswered (deflected) or routed as email, an AI
// agent that resolves some tickets and escalates others, follow-ups, warm-up, work carried over.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { SCENARIO_DIR, compileText } from '../support/scenarios.ts';
import { simulate } from '../../sim/run/simulate.ts';
import type { RunSummary } from '../../sim/metrics/RunMetrics.ts';
import type { ChannelName } from '../../sim/model/codes.ts';

const COUNTS = ['offered', 'answered', 'abandoned', 'deflected', 'unansweredAtEnd', 'missedAtEnd'] as const;

/** A scenario file of scenarios/ with two brands on each channel (60/40) and one more, on messaging only, and a 2 h warm-up. */
function branded(file: string): string {
  const sc = parse(readFileSync(join(SCENARIO_DIR, file), 'utf8')) as Record<string, Record<string, Record<string, unknown>>>;
  for (const [name, ch] of Object.entries(sc['channels']!)) {
    ch['brands'] = name === 'messaging' ? { north: '50%', south: '30%', west: '20%' } : { north: '60%', south: '40%' };
  }
  (sc as Record<string, unknown>)['warmup'] = '2h';
  (sc as Record<string, unknown>)['replications'] = 2;
  // Windows: one across the end of the warm-up (its answers per hour count warm-up tickets too).
  (sc as Record<string, unknown>)['report'] = { windows: [{ name: 'first', to: '5h' }, { name: 'rest', from: '5h' }] };
  return stringify(sc);
}

const WINDOW_COUNTS = [...COUNTS, 'throughputPerHour'] as const;

/** Each window's brand figures added up over the brands, per channel. */
function brandWindowSums(r: RunSummary, window: string, channel: ChannelName): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const k of WINDOW_COUNTS) sums[k] = Object.values(r.brandWindows![window]!).reduce((s, b) => s + (b[channel]?.[k] ?? 0), 0);
  return sums;
}

function brandSums(r: RunSummary, channel: ChannelName): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const k of COUNTS) sums[k] = Object.values(r.brands!).reduce((s, b) => s + (b[channel]?.[k] ?? 0), 0);
  return sums;
}

describe('R7: brand figures add up to the channel figures', () => {
  for (const file of [
    'recipes/c-outside-business-hours.yaml', 'recipes/a-surge-messaging-routing.yaml', 'end-sessions-routed-as-email.yaml', 'ai-agent-messaging.yaml',
    'monday-backlog.yaml', 'multichannel-day.yaml',
  ]) {
    it(file, () => {
      const compiled = compileText(branded(file));
      for (let rep = 0; rep < 2; rep++) {
        const r = simulate(compiled, rep);
        const channels = compiled.scenario.channels.filter((c) => c.enabled).map((c) => c.channel);
        expect(Object.keys(r.brands!)).toEqual(['north', 'south', 'west']);
        expect(Object.keys(r.brands!['west']!)).toEqual(channels.filter((c) => c === 'messaging'));
        for (const c of channels) {
          const own = Object.fromEntries(COUNTS.map((k) => [k, r.channels[c][k]]));
          expect(brandSums(r, c), `${file} · ${c} · replication ${rep}`).toEqual(own);
          expect(r.channels[c].offered, 'something to count').toBeGreaterThan(0);
          for (const w of ['first', 'rest']) {
            const ownW = Object.fromEntries(WINDOW_COUNTS.map((k) => [k, r.windows[w]![c][k]]));
            const sums = brandWindowSums(r, w, c);
            // Work carried over from before the run has no brand: its answers are in the channel's only.
            if (compiled.scenario.initialState.length === 0) expect(sums.throughputPerHour, `${file} · ${w} · ${c}`).toBeCloseTo(ownW.throughputPerHour!, 9);
            else expect(sums.throughputPerHour).toBeLessThanOrEqual(ownW.throughputPerHour! + 1e-9);
            expect({ ...sums, throughputPerHour: 0 }, `${file} · ${w} · ${c} · replication ${rep}`).toEqual({ ...ownW, throughputPerHour: 0 });
          }
          expect(r.windows['rest']![c].offered, 'something in the window').toBeGreaterThan(0);
        }
      }
    });
  }
});

describe('R7: brand figures', () => {
  const TEXT = `horizon: 4h
channels:
  voice:
    arrivals: { rate: 120/h }
    handleTime: { distribution: exponential, mean: 180s }
    patience: { distribution: exponential, mean: 60s }
    brands: { acme: 70%, beta: 30% }
agents:
  - { team: acme-team, count: 6, capacity: { voice: 1 }, brands: [acme] }
  - { team: beta-team, count: 1, capacity: { voice: 1 }, brands: [beta] }
`;
  it('a brand served by one agent waits and abandons more than the brand served by six', () => {
    const r = simulate(compileText(TEXT), 0).brands!;
    const acme = r['acme']!.voice!;
    const beta = r['beta']!.voice!;
    expect(beta.abandonRate).toBeGreaterThan(2 * acme.abandonRate);
    expect(beta.serviceLevel).toBeLessThan(acme.serviceLevel);
    expect(beta.throughputPerHour).toBeCloseTo(beta.answered / 4, 10);
  });
  it('a scenario without brands has no brand figures', () => {
    const r = simulate(compileText(TEXT.replace(/, brands: \[\w+\]/g, '').replace(/ +brands: .*\n/g, '')), 0);
    expect(r.brands).toBeUndefined();
  });
  it('the report shows a brand only on the channels it has tickets on', () => {
    const text = `horizon: 2h
channels:
  messaging:
    arrivals: { rate: 30/h }
    handleTime: { distribution: exponential, mean: 5m }
    brands: { acme: 100% }
  email:
    arrivals: { rate: 30/h }
    handleTime: { distribution: exponential, mean: 5m }
    brands: { acme: 0%, beta: 100% }
agents:
  - { team: all, count: 4, capacity: { messaging: 2, email: 2 } }
`;
    const r = simulate(compileText(text), 0).brands!;
    expect(Object.keys(r)).toEqual(['acme', 'beta']);
    expect(Object.keys(r['acme']!)).toEqual(['messaging']);
    expect(Object.keys(r['beta']!)).toEqual(['email']);
  });
});
