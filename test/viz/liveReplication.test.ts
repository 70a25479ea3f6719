// The page plays replication 0 live (from its start, stepped an hour at a time, with the frame
// recorder reading every event) and counts that same run toward the report instead of running it again. That is
// only right if stepping and an extra reader leave the run unchanged: the summary must equal
// the one `omnisim run` computes for replication 0.

import { describe, expect, it } from 'vitest';
import { meteredRun, simulate } from '../../sim/run/simulate.ts';
import { FrameRecorder } from '../../viz/worker/FrameRecorder.ts';
import { liveFrames } from '../../viz/worker/liveFrames.ts';
import { queueSlots, runMeta } from '../../viz/worker/runMeta.ts';
import { compileFile } from '../support/scenarios.ts';
import type { CompiledScenario } from '../../sim/engine/compileScenario.ts';

const shortened = (c: CompiledScenario, horizon: number): CompiledScenario => ({ ...c, scenario: { ...c.scenario, horizon, warmup: Math.min(c.scenario.warmup, horizon / 4) } });

/** The path of the first value that differs (JSON-wise), or '' when the two are equal. */
function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return JSON.stringify(a) === JSON.stringify(b) ? '' : `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d !== '') return d;
  }
  return '';
}

function playedLive(compiled: CompiledScenario): { summary: unknown; frames: number } {
  const sc = compiled.scenario;
  const meta = runMeta(compiled, null);
  const live = meteredRun(compiled, 0);
  const recorder = new FrameRecorder(meta.interval, sc.horizon, queueSlots(compiled).index, meta.agents.count);
  recorder.attach(live.engine.bus);
  let frames = 0;
  for (const batch of liveFrames(live.engine, recorder, sc.horizon, meta.interval)) frames += batch.length;
  return { summary: live.summarize(), frames };
}

describe('the live replication counts toward the report', () => {
  for (const [name, horizon] of [['multichannel-day.yaml', 86400], ['recipes/a-surge-messaging-routing.yaml', 43200], ['erlang-c-e1.yaml', 3 * 86400 + 1000]] as const) {
    it(`${name}: the live run's summary equals simulate()'s for replication 0`, () => {
      const compiled = shortened(compileFile(name), horizon);
      const { summary, frames } = playedLive(compiled);
      expect(frames).toBeGreaterThan(10);
      expect(firstDifference(summary, simulate(compiled, 0))).toBe('');
    });
  }

  it('differs from another replication (the comparison can fail)', () => {
    const compiled = shortened(compileFile('erlang-c-e1.yaml'), 86400);
    expect(firstDifference(playedLive(compiled).summary, simulate(compiled, 1))).not.toBe('');
  });
});
