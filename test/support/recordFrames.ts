// Replication 0 of a scenario recorded as the page's worker records it, with the frame recorder's
// old full snapshots beside it (agentSnapshots.ts), for the tests of the frames' encoding.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { meteredRun } from '../../sim/run/simulate.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import type { CompiledScenario } from '../../sim/engine/compileScenario.ts';
import { FrameRecorder } from '../../viz/worker/FrameRecorder.ts';
import { queueSlots, runMeta } from '../../viz/worker/runMeta.ts';
import type { StreamedFrame } from '../../viz/protocol.ts';
import { SCENARIO_DIR } from './scenarios.ts';
import { AgentSnapshots } from './agentSnapshots.ts';

/** large-centre-day.yaml with team sizes and arrival rates × k, over `hours` (the shifts start at 07:00 and 08:00). */
export function scaledCentre(k: number, hours: number): CompiledScenario {
  const text = readFileSync(join(SCENARIO_DIR, 'large-centre-day.yaml'), 'utf8')
    .replace(/count: (\d+)/g, (_, c: string) => `count: ${Number(c) * k}`)
    .replace(/rate: (\d+)\/h/g, (_, r: string) => `rate: ${Number(r) * k}/h`)
    .replace(/^horizon: .*/m, `horizon: ${hours}h`);
  const r = parseScenarioText(text);
  if (!r.compiled) throw new Error(JSON.stringify(r.errors));
  return r.compiled;
}

/** Replication 0 as the worker streams it (an hour at a time), with the old snapshots beside it. */
export function recordBoth(compiled: CompiledScenario): { batches: StreamedFrame[][]; reference: AgentSnapshots; agents: number } {
  const sc = compiled.scenario;
  const meta = runMeta(compiled, null);
  const live = meteredRun(compiled, 0);
  const recorder = new FrameRecorder(meta.interval, sc.horizon, queueSlots(compiled).index, meta.agents.count);
  const reference = new AgentSnapshots(meta.interval, sc.horizon, meta.agents.count);
  recorder.attach(live.engine.bus);
  reference.attach(live.engine.bus);
  const batches: StreamedFrame[][] = [];
  for (let t = 3600; ; t += 3600) {
    live.engine.runUntil(Math.min(t, sc.horizon));
    recorder.flushUntil(Math.min(t, sc.horizon));
    reference.flushUntil(Math.min(t, sc.horizon));
    batches.push(recorder.take());
    if (t >= sc.horizon) break;
  }
  return { batches, reference, agents: meta.agents.count };
}
