// The frames the page plays start with the run's start: at time 0 the page shows time 0's state
// (the agents' first statuses, a backlog carried over, nothing arrived or answered yet), not the
// first interval's frame — E1 at d0 00:00 showed 87 calls arrived and all 14 agents on calls.

import { describe, expect, it } from 'vitest';
import { meteredRun } from '../../sim/run/simulate.ts';
import { FrameRecorder } from '../../viz/worker/FrameRecorder.ts';
import { liveFrames } from '../../viz/worker/liveFrames.ts';
import { queueSlots, runMeta } from '../../viz/worker/runMeta.ts';
import { AgentTimeline } from '../../viz/app/AgentTimeline.ts';
import { A_STATUS, AGENT_FIELDS, FLOW_KEYS } from '../../viz/protocol.ts';
import type { RunMeta } from '../../viz/protocol.ts';
import { compileFile } from '../support/scenarios.ts';
import type { CompiledScenario } from '../../sim/engine/compileScenario.ts';

const DAY = 86400;

/** Replication 0 recorded as the worker records it, kept as the page keeps it. */
function played(compiled: CompiledScenario): { meta: RunMeta; timeline: AgentTimeline } {
  const meta = runMeta(compiled, null);
  const live = meteredRun(compiled, 0);
  const recorder = new FrameRecorder(meta.interval, meta.horizon, queueSlots(compiled).index, meta.agents.count);
  recorder.attach(live.engine.bus);
  const timeline = new AgentTimeline();
  for (const batch of liveFrames(live.engine, recorder, meta.horizon, meta.interval)) timeline.append(batch);
  return { meta, timeline };
}

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);

describe('the frame shown at each time', () => {
  const e1 = compileFile('erlang-c-e1.yaml');
  const { meta, timeline } = played({ ...e1, scenario: { ...e1.scenario, horizon: DAY, warmup: 0 } });

  it('at 0 is the start of the run: nothing arrived, nobody on a call, the agents online', () => {
    expect(meta.interval).toBe(60);
    const start = timeline.frame(timeline.indexAt(0));
    expect(start.t).toBe(0);
    expect(sum(start.flow)).toBe(0);
    expect(sum(start.queues)).toBe(0);
    expect(Array.from(start.busy)).toEqual([0, 0, 0]);
    expect(Array.from(start.capacity)).toEqual([0, 0, 14]);
    for (let a = 0; a < 14; a++) expect(start.agents[a * AGENT_FIELDS + A_STATUS], `agent ${a}`).toBe(0);
  });

  it('is the last frame at or before the time: the start until the first interval ends, the horizon\'s at the end', () => {
    expect(timeline.frame(timeline.indexAt(meta.interval - 1)).t).toBe(0);
    expect(timeline.frame(timeline.indexAt(meta.interval)).t).toBe(meta.interval);
    expect(timeline.frame(timeline.indexAt(10 * meta.interval + 30)).t).toBe(10 * meta.interval);
    expect(timeline.frame(timeline.indexAt(DAY)).t).toBe(DAY);
    expect(timeline.frames.length).toBe(DAY / meta.interval + 1);
    // An hour in, calls have come: the start frame is not just an early one.
    expect(sum(timeline.frame(timeline.indexAt(3600)).flow)).toBeGreaterThan(0);
  });

  it('at 0 shows a backlog carried over as waiting, and who is on shift at 00:00 (monday-backlog.yaml)', () => {
    const { meta, timeline } = played(compileFile('monday-backlog.yaml'));
    const start = timeline.frame(timeline.indexAt(0));
    expect(start.t).toBe(0);
    const arrived = FLOW_KEYS.map((k, i) => [k, start.flow[i]!] as const).filter(([k, v]) => k.startsWith('arrived.') && v !== 0);
    expect(arrived).toEqual([]); // carried over, not arrivals
    const waitingEmail = meta.queues.reduce((n, q, i) => n + (q.channel === 'email' ? start.queues[i]! : 0), 0);
    expect(waitingEmail).toBeGreaterThan(170); // 180 emails, less the two the night lead can take
    // The day teams start at 08:00 (offline, code 3); the night lead (the last agent) is online.
    const statuses = Array.from({ length: meta.agents.count }, (_, a) => start.agents[a * AGENT_FIELDS + A_STATUS]);
    expect(statuses).toEqual([...new Array<number>(9).fill(3), 0]);
  });
});
