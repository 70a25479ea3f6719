// Every file in scenarios/ is runnable documentation: it validates without errors, runs
// (two short replications), and produces a report with every enabled channel.

import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { runScenario, withRunOptions } from '../../sim/run/runScenario.ts';
import { SCENARIO_DIR, readScenarioFile } from '../support/scenarios.ts';
import { rangeOf } from '../../sim/run/metricUnit.ts';
import { reportEstimates } from '../support/reportEstimates.ts';


// Every scenario file, in scenarios/ and its folders (trigger exports are data, not scenarios).
const files = readdirSync(SCENARIO_DIR, { recursive: true }).map(String)
  .filter((f) => /\.ya?ml$/.test(f) && !f.endsWith('.sweep.yaml')).sort();

describe('scenarios/', () => {
  it('has the reference cases and the multichannel day', () => {
    for (const f of ['erlang-c-e1.yaml', 'erlang-c-e3.yaml', 'erlang-c-e5-chat.yaml', 'erlang-a-a1.yaml', 'multichannel-day.yaml']) {
      expect(files).toContain(f);
    }
  });
  for (const f of files) {
    it(`${f} validates and runs`, () => {
      const text = readFileSync(join(SCENARIO_DIR, f), 'utf8');
      expect(text.trimStart().startsWith('#'), `${f} should open with a comment saying what it shows`).toBe(true);
      const r = parseScenarioText(text, { readFile: (p) => readScenarioFile(join(f, '..', p)) });
      expect(r.errors).toEqual([]);
      const sc = r.compiled!.scenario;
      // Two replications of at most two simulated days keep this a smoke test.
      const short = withRunOptions({ ...r.compiled!, scenario: { ...sc, horizon: Math.min(sc.horizon, 2 * 86400), warmup: Math.min(sc.warmup, 3600) } }, { replications: 2 });
      const report = runScenario(short);
      for (const ch of sc.channels.filter((c) => c.enabled)) {
        expect(report.channels[ch.channel], `${f}: ${ch.channel}`).toBeDefined();
        expect(report.channels[ch.channel]!.offered.mean).toBeGreaterThan(0);
      }
      // Two replications make wide intervals (t = 12.7): each is cut to what its metric can be.
      for (const [path, e] of reportEstimates(report)) {
        const [low, high] = rangeOf(path);
        expect(e.mean!, path).toBeGreaterThanOrEqual(low);
        expect(e.mean!, path).toBeLessThanOrEqual(high);
        if (e.ci95) expect(low <= e.ci95[0] && e.ci95[0] <= e.mean! && e.mean! <= e.ci95[1] && e.ci95[1] <= high, `${path}: ${e.ci95}`).toBe(true);
      }
      // Each variant is a complete scenario that runs too.
      for (const v of r.variants) {
        const vs = v.compiled.scenario;
        runScenario(withRunOptions({ ...v.compiled, scenario: { ...vs, horizon: Math.min(vs.horizon, 86400), warmup: 0 } }, { replications: 1 }));
      }
    });
  }
});
