// The metrics tap (sim/model/EventTap.ts) against the plain fold: simulate() sends the frequent
// events to the tap as numbers; folding every event object through reduceMetrics instead must
// give the same summary, to the last bit — on scenarios that exercise queues, abandonment,
// messaging sessions, windows, carried-over work and several channels.

import { describe, expect, it } from 'vitest';
import { compileFile } from '../support/scenarios.ts';
import { simulate, metricsConfig } from '../../sim/run/simulate.ts';
import { Engine } from '../../sim/engine/Engine.ts';
import { runMetrics } from '../../sim/metrics/RunMetrics.ts';
import type { CompiledScenario } from '../../sim/engine/compileScenario.ts';

function shorter(c: CompiledScenario, days: number): CompiledScenario {
  return { ...c, scenario: { ...c.scenario, horizon: Math.min(c.scenario.horizon, days * 86400), warmup: Math.min(c.scenario.warmup, 3600) } };
}

/** The summary from event objects only: every event type through reduce, no tap. */
function foldedFromObjects(c: CompiledScenario): unknown {
  const engine = new Engine(c, 1);
  const fold = runMetrics(metricsConfig(c));
  let state = fold.initial();
  engine.bus.subscribe((e) => {
    state = fold.reduce(state, e);
  });
  engine.run();
  return fold.summarize(state);
}

describe('metrics tap = the fold over event objects', () => {
  for (const file of ['erlang-a-a1.yaml', 'multichannel-day.yaml', 'monday-backlog.yaml', 'recipes/c-outside-business-hours.yaml', 'end-sessions-routed-as-email.yaml', 'brands.yaml']) {
    it(`${file}: byte-identical summaries`, () => {
      const c = shorter(compileFile(file), 2);
      const tapped = JSON.stringify(simulate(c, 1), (_k, v) => (v instanceof Float64Array ? Array.from(v) : v));
      const folded = JSON.stringify(foldedFromObjects(c), (_k, v) => (v instanceof Float64Array ? Array.from(v) : v));
      expect(tapped.length).toBeGreaterThan(1000);
      expect(tapped).toBe(folded);
    });
  }
  it('brands.yaml with report windows (R7: each brand per window): byte-identical summaries', () => {
    const c = shorter(compileFile('brands.yaml'), 2);
    const windows = [{ name: 'morning', from: 3600, to: 12 * 3600 }, { name: 'afternoon', from: 12 * 3600, to: 86400 }];
    const w = { ...c, scenario: { ...c.scenario, report: { ...c.scenario.report, windows } } };
    const tapped = simulate(w, 1);
    expect(Object.keys(tapped.brandWindows!)).toEqual(['morning', 'afternoon']);
    expect(tapped.brandWindows!['afternoon']!['beta']!.messaging!.answered).toBeGreaterThan(0);
    const json = (x: unknown) => JSON.stringify(x, (_k, v) => (v instanceof Float64Array ? Array.from(v) : v));
    expect(json(tapped)).toBe(json(foldedFromObjects(w)));
  });
});
