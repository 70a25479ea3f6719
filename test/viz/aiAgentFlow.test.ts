// R6 in the flow diagram: the live recorder and the report give the same counts — every
// arrival, the AI agent's resolutions and the tickets it still holds beside the routed outcomes.

import { describe, expect, it } from 'vitest';
import { Engine } from '../../sim/engine/Engine.ts';
import { FrameRecorder } from '../../viz/worker/FrameRecorder.ts';
import { flowFromReport } from '../../viz/views/flowDiagram.ts';
import { FLOW_KEYS } from '../../viz/protocol.ts';
import type { FlowKey } from '../../viz/protocol.ts';
import { compileText } from '../support/scenarios.ts';
import { runScenario } from '../../sim/run/runScenario.ts';

const SCENARIO = `name: ai
seed: 9
horizon: 3h
replications: 1
channels:
  voice:
    arrivals: { rate: 90/h }
    aiAgent: { share: 80%, resolves: 40%, handleTime: 5m }
    handleTime: 4m
agents:
  - { team: phones, count: 5, capacity: { voice: 1 } }
`;

const at = (flow: ArrayLike<number>, k: FlowKey) => flow[FLOW_KEYS.indexOf(k)]!;

describe('R6: the AI agent in the flow diagram', () => {
  const compiled = compileText(SCENARIO);
  const e = new Engine(compiled, 0);
  const recorder = new FrameRecorder(600, e.horizon, new Map(), e.agents.length);
  recorder.attach(e.bus);
  e.run();
  recorder.flushUntil(e.horizon);
  const live = recorder.take().at(-1)!.flow;
  const report = flowFromReport(runScenario(compiled));

  it('R6: the live frames count every arrival, the resolutions and the tickets the AI agent still holds', () => {
    expect(at(live, 'aiResolved.voice')).toBeGreaterThan(0);
    expect(at(live, 'withAi.voice')).toBeGreaterThanOrEqual(0);
    expect(at(live, 'answered.voice') + at(live, 'aiResolved.voice') + at(live, 'withAi.voice')).toBeLessThanOrEqual(at(live, 'arrived.voice'));
  });

  it('R6: the report of the same run gives the same counts', () => {
    for (const k of ['arrived.voice', 'answered.voice', 'abandoned.voice', 'aiResolved.voice', 'withAi.voice'] as FlowKey[]) {
      expect(at(report, k), k).toBe(at(live, k));
    }
  });
});
