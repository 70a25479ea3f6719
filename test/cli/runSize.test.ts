// The note before a long run: expected tickets (∫λ over the horizon, or the fixed arrival
// times) × replications, and the time that takes at the bench's speed range.

import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectedTickets } from '../../sim/run/runSize.ts';
import { compareSizeNote, runSizeNote, sweepSizeNote } from '../../sim/cli/formatRunSize.ts';
import { readSweep } from '../../sim/run/sweep/readSweep.ts';
import type { Sweep } from '../../sim/run/sweep/Sweep.ts';
import { compileFile, SMALL_VOICE } from '../support/scenarios.ts';
import { omnisim } from '../support/cli.ts';

const e1 = compileFile('erlang-c-e1.yaml').scenario;

describe('expectedTickets', () => {
  it('is ∫λ over the horizon: E1, 200/h for 30 days = 144,000', () => {
    expect(expectedTickets(e1)).toBeCloseTo(144_000, 6);
  });
  it('follows the profile, the weekdays and the spikes: the multichannel day', () => {
    const day = compileFile('multichannel-day.yaml').scenario;
    // Its report offers 1,325 messaging, 871 email and 499 voice tickets a day on average (20 replications).
    expect(expectedTickets(day)).toBeGreaterThan(2_600);
    expect(expectedTickets(day)).toBeLessThan(2_800);
  });
});

describe('compareSizeNote', () => {
  it('counts every variant × replication (compare started hours of work without a word)', () => {
    const big = { ...e1, horizon: 365 * 86400, replications: 100 };
    expect(compareSizeNote([e1, e1])).toBeNull();
    expect(compareSizeNote([big, big])).toBe('note: about 350 million tickets (2 variants × 100 replications); at the 0.3–2.3 million tickets a second ' +
      '`npm run bench` measures, that takes 3 min to 19 min. Fewer variants or replications, or a shorter horizon, answer sooner; Ctrl-C stops.');
  });
});

describe('runSizeNote', () => {
  it('says nothing for a run of seconds', () => {
    expect(runSizeNote(e1)).toBeNull();
  });
  it('gives the tickets and the time range for a long run', () => {
    const big = { ...e1, horizon: 365 * 86400, replications: 100 };
    // 200/h × 8,760 h × 100 = 175.2 million; 76 s at 2.3 M/s, 584 s at 0.3 M/s.
    expect(runSizeNote(big)).toBe('note: about 175 million tickets (100 replications × 365d); at the 0.3–2.3 million tickets a second ' +
      '`npm run bench` measures, that takes 76 s to 10 min. A shorter horizon or fewer replications answer sooner; Ctrl-C stops.');
  });
});

describe('omnisim validate: a scenario that would run for hours', () => {
  it('is valid, with the note on standard error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'omnisim-size-'));
    const f = join(dir, 'huge.yaml');
    writeFileSync(f, 'name: huge\nhorizon: 365d\nchannels:\n  voice:\n    arrivals: { rate: 10000000/h }\n    handleTime: { distribution: exponential, mean: 1s }\n' +
      'agents:\n  - { team: phones, count: 5000, capacity: { voice: 1 } }\n');
    const o = await omnisim('validate', f);
    expect(o.code).toBe(0);
    expect(o.err).toContain('note: about 87.6 billion tickets (1 replication × 365d); at the 0.3–2.3 million tickets a second');
  });
});

describe('a sweep\'s size: every point × replication', () => {
  const sweepOf = (text: string, scenario = SMALL_VOICE): Sweep => {
    const r = readSweep(text, { read: (p) => (p === 's.yaml' ? scenario : { error: `${p}: no such file` }), relativeToScenario: (_, p) => p });
    if ('errors' in r) throw new Error(JSON.stringify(r.errors));
    return r;
  };

  it('expected tickets of one replication of every point: 200/h over 2h and 4h, on two team sizes = (400 + 800) × 2', () => {
    expect(sweepOf('scenario: s.yaml\ngrid:\n  horizon: [2h, 4h]\n  agents[phones].count: [14, 15]\n').expectedTickets).toBeCloseTo(2400, 6);
    expect(sweepOf('scenario: s.yaml\ngrid:\n  horizon: [2h, 4h]\n').expectedTickets).toBeCloseTo(1200, 6);
  });

  it('a point\'s variant counts: a variant at half the rate', () => {
    const scenario = `${SMALL_VOICE}variants:\n  base: {}\n  quiet: { channels: { voice: { arrivals: { rate: 100/h } } } }\n`;
    expect(sweepOf('scenario: s.yaml\ngrid:\n  variant: [base, quiet]\n  agents[phones].count: [14]\n', scenario).expectedTickets).toBeCloseTo(600, 6);
  });

  it('no note for a quick sweep; for a long one the tickets, its points × replications and the time on one core', () => {
    expect(sweepSizeNote({ expectedTickets: 1e6, replications: 10 }, 18)).toBeNull();
    // 365 d at 200/h = 1.752 M a point; × 6 points × 50 = 526 million: 229 s at 2.3 M/s, 1,752 s at 0.3 M/s.
    expect(sweepSizeNote({ expectedTickets: 6 * 1.752e6, replications: 50 }, 6, 4)).toBe('note: about 526 million tickets (6 points × 50 replications); ' +
      'at the 0.3–2.3 million tickets a second `npm run bench` measures, that takes 4 min to 29 min on one core, shared by 4 workers. ' +
      'Fewer points or replications, or a shorter horizon, answer sooner; Ctrl-C stops.');
  });

  it('omnisim validate on such a sweep file: valid, with the note on standard error (nothing runs)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'omnisim-size-'));
    writeFileSync(join(dir, 's.yaml'), SMALL_VOICE);
    const f = join(dir, 'big.sweep.yaml');
    writeFileSync(f, 'scenario: s.yaml\nreplications: 50\ngrid:\n  horizon: [365d, 300d]\n  warmup: [1d]\n  agents[phones].count: [14, 15, 16]\n');
    const o = await omnisim('validate', f);
    expect(o.code).toBe(0);
    expect(o.err).toBe('note: about 479 million tickets (6 points × 50 replications); at the 0.3–2.3 million tickets a second `npm run bench` measures, ' +
      'that takes 3 min to 27 min on one core. Fewer points or replications, or a shorter horizon, answer sooner; Ctrl-C stops.\n');
    expect(o.out).toContain('6 points × 50 replications = 300 runs');
  });

  it('omnisim sweep says it before the runs start (here a Redis that is not there stops it right after)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'omnisim-size-'));
    writeFileSync(join(dir, 's.yaml'), SMALL_VOICE);
    const f = join(dir, 'big.sweep.yaml');
    writeFileSync(f, 'scenario: s.yaml\nreplications: 50\ngrid:\n  horizon: [365d, 300d]\n  warmup: [1d]\n  agents[phones].count: [14, 15, 16]\n');
    const o = await omnisim('sweep', f, '--redis', 'redis://127.0.0.1:1');
    expect(o.err.split('\n')[0]).toBe('note: about 479 million tickets (6 points × 50 replications); at the 0.3–2.3 million tickets a second `npm run bench` measures, ' +
      'that takes 3 min to 27 min on one core. Fewer points or replications, or a shorter horizon, answer sooner; Ctrl-C stops.');
    expect(o.code).toBe(1);
  });
});
