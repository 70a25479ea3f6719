// The note before a long run: expected tickets (∫λ over the horizon, or the fixed arrival
// times) × replications, and the time that takes at the bench's speed range.

import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectedTickets } from '../../sim/run/runSize.ts';
import { runSizeNote } from '../../sim/cli/formatRunSize.ts';
import { compileFile } from '../support/scenarios.ts';
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
