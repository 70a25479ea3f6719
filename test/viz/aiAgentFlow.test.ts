// R6 in the flow diagram: the live recorder and the report give the same counts — every
// arrival, the AI agent's resolutions and the tickets it still holds beside the routed outcomes.
// And what its subtitle says it counts (live, the warm-up's tickets too).

import { describe, expect, it } from 'vitest';
import { Engine } from '../../sim/engine/Engine.ts';
import { FrameRecorder } from '../../viz/worker/FrameRecorder.ts';
import { flowFromReport, flowSubtitle } from '../../viz/views/flowDiagram.ts';
import { runMeta } from '../../viz/worker/runMeta.ts';
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

const compiled = compileText(SCENARIO);

describe('R6: the AI agent in the flow diagram', () => {
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

describe('the flow diagram says what it counts', () => {
  it('live, with a warm-up: the warm-up\'s tickets are in it (the tiles leave them out, so its counts can pass "offered")', () => {
    expect(flowSubtitle({ meta: { channels: ['voice'], warmup: 86400 }, flow: [] }))
      .toBe('Cumulative counts of the first replication up to the time shown, the 1d warm-up included (the tiles leave it out). Hover a band for its share.');
  });

  it('live, without a warm-up, and from a report (means after warm-up)', () => {
    expect(flowSubtitle({ meta: { channels: ['voice'], warmup: 0 }, flow: [] })).toBe('Cumulative counts of the first replication up to the time shown. Hover a band for its share.');
    expect(flowSubtitle({ report: runScenario(compiled) })).toBe('Mean counts per replication over 1 replication (tickets created after warm-up). Hover a band for its share.');
  });

  it('the worker tells the page the scenario\'s warm-up', () => {
    expect(runMeta(compileText(SCENARIO.replace('horizon: 3h', 'horizon: 3h\nwarmup: 30m')), null).warmup).toBe(1800);
  });
});
