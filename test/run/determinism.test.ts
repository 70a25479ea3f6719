// Same seed, same bytes: the JSON report is a pure function of the scenario and its seed.

import { describe, it, expect } from 'vitest';
import { compileFile, runFile } from '../support/scenarios.ts';
import { simulate } from '../../sim/run/simulate.ts';
import { reportJson } from '../../sim/run/Report.ts';

describe('determinism', () => {
  it('the same seed gives a byte-identical JSON report', () => {
    const a = reportJson(runFile('multichannel-day.yaml', { replications: 3 }));
    const b = reportJson(runFile('multichannel-day.yaml', { replications: 3 }));
    expect(a.length).toBeGreaterThan(1000);
    expect(a === b).toBe(true);
  });
  it('another seed gives another report', () => {
    const a = reportJson(runFile('multichannel-day.yaml', { replications: 2, seed: 1 }));
    const b = reportJson(runFile('multichannel-day.yaml', { replications: 2, seed: 2 }));
    expect(a === b).toBe(false);
  });
  it('replication r is the same whether run alone or after others (disjoint streams)', () => {
    const compiled = compileFile('multichannel-day.yaml');
    const alone = simulate(compiled, 3);
    simulate(compiled, 0);
    simulate(compiled, 1);
    const after = simulate(compiled, 3);
    expect(JSON.stringify(after.channels)).toBe(JSON.stringify(alone.channels));
    expect(JSON.stringify(simulate(compiled, 2).channels)).not.toBe(JSON.stringify(alone.channels));
  });
});
