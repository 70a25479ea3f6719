// Work carried over from before the run (initialState) in the live flow diagram: those tickets
// did not arrive in the run, so their answers, abandons and solves are not outcomes of the run's
// arrivals either — as in the report, whose answered leaves them out. Before, monday-backlog at
// 00:00 showed "answered 2" of 0 arrived, and the bands did not add up.

import { describe, expect, it } from 'vitest';
import { Engine } from '../../sim/engine/Engine.ts';
import { FrameRecorder } from '../../viz/worker/FrameRecorder.ts';
import { liveFrames } from '../../viz/worker/liveFrames.ts';
import { flowFromReport } from '../../viz/views/flowDiagram.ts';
import { FLOW_KEYS } from '../../viz/protocol.ts';
import type { FlowKey } from '../../viz/protocol.ts';
import { compileFile } from '../support/scenarios.ts';
import { runScenario } from '../../sim/run/runScenario.ts';

const at = (flow: ArrayLike<number>, k: FlowKey) => flow[FLOW_KEYS.indexOf(k)]!;

describe('the live flow diagram with a carried-over backlog (monday-backlog)', () => {
  const c = compileFile('monday-backlog.yaml');
  const compiled = { ...c, scenario: { ...c.scenario, replications: 1 } };
  const e = new Engine(compiled, 0);
  const recorder = new FrameRecorder(600, e.horizon, new Map(), e.agents.length);
  recorder.attach(e.bus);
  const frames = [...liveFrames(e, recorder, e.horizon, 600)].flat();

  it('at every frame, no channel has more outcomes than arrivals', () => {
    expect(frames.length).toBeGreaterThan(100);
    for (const f of frames) {
      for (const ch of ['messaging', 'email', 'voice'] as const) {
        const outcomes = at(f.flow, `answered.${ch}`) + at(f.flow, `abandoned.${ch}`);
        expect(outcomes, `${ch} at ${f.t}`).toBeLessThanOrEqual(at(f.flow, `arrived.${ch}`));
        expect(at(f.flow, `solved.${ch}`), `${ch} solved at ${f.t}`).toBeLessThanOrEqual(at(f.flow, `arrived.${ch}`));
      }
    }
  });

  it('at the end it counts what the report of the same run counts', () => {
    const report = flowFromReport(runScenario(compiled));
    const live = frames.at(-1)!.flow;
    for (const k of ['arrived.email', 'answered.email', 'arrived.voice', 'answered.voice', 'abandoned.voice'] as FlowKey[]) {
      expect(at(live, k), k).toBe(at(report, k));
    }
  });
});
