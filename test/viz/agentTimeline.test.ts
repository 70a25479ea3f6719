// Frames carry only the agents' numbers that changed (viz/worker/AgentNumbers.ts), and the page
// rebuilds a frame whole when it shows it (viz/app/AgentTimeline.ts). Every frame of real runs,
// shown in any order — forwards, backwards, jumping about, the horizon — must have exactly the
// numbers the recorder used to copy into every frame (test/support/agentSnapshots.ts).

import { describe, expect, it } from 'vitest';
import { AgentTimeline } from '../../viz/app/AgentTimeline.ts';
import { compileFile } from '../support/scenarios.ts';
import type { AgentSnapshots } from '../support/agentSnapshots.ts';
import { recordBoth, scaledCentre } from '../support/recordFrames.ts';

/** The first frame index, in `order`, whose rebuilt numbers differ from the reference (-1: none). */
function firstWrong(timeline: AgentTimeline, reference: AgentSnapshots, order: number[]): number {
  for (const i of order) {
    const f = timeline.frame(i), want = reference.frames[i]!;
    if (f.t !== want.t || f.agents.length !== want.agents.length || f.agents.some((v, k) => v !== want.agents[k])) return i;
  }
  return -1;
}

describe('frames rebuilt from the changes they carry', () => {
  const cases = [
    ['agents-breaks-and-reassignment.yaml (breaks, shifts, disconnections)', () => compileFile('agents-breaks-and-reassignment.yaml')],
    ['large-centre-day.yaml × 25: 5,000 agents, 00:00-10:00 (shift starts)', () => scaledCentre(25, 10)],
  ] as const;
  for (const [name, compile] of cases) {
    it(`${name}: every frame, in any order, equals a full snapshot`, () => {
      const { batches, reference, agents } = recordBoth(compile());
      const frames = batches.flat();
      expect(frames.length).toBe(reference.frames.length);
      // The run changes statuses and loads, and has keyframes after the first: both ways of
      // rebuilding (from a keyframe, on from the frame shown last) are exercised.
      expect(reference.frames.some((f) => f.agents.some((v, k) => k % 4 === 3 && v !== 0))).toBe(true);
      expect(frames.filter((f) => f.agentKey !== null).length).toBeGreaterThan(1);
      expect(frames[0]!.agentKey?.length).toBe(agents * 4);

      // Streamed in batches, shown as it comes (playback at the end of what has come).
      const live = new AgentTimeline();
      let wrong = -1;
      for (const b of batches) {
        live.append(b);
        wrong = Math.max(wrong, firstWrong(live, reference, [live.frames.length - 1]));
      }
      expect(wrong).toBe(-1);
      const n = frames.length;
      const forwards = Array.from({ length: n }, (_, i) => i);
      expect(firstWrong(live, reference, forwards)).toBe(-1);
      expect(firstWrong(live, reference, forwards.slice().reverse())).toBe(-1);
      // Scrubbing: jumps of every size, back and forth, each frame twice in a row now and then.
      let s = 12345;
      const jumps = Array.from({ length: 400 }, () => (s = (s * 1103515245 + 12345) % 2 ** 31) % n);
      expect(firstWrong(live, reference, jumps.flatMap((i, k) => (k % 7 === 0 ? [i, i] : [i])))).toBe(-1);
      expect(firstWrong(live, reference, [n - 1, 0, n - 1, Math.floor(n / 2), n - 1])).toBe(-1);
    }, 120_000);
  }

  it('hands the views their own copy, and the same frame object when the frame shown does not change', () => {
    const { batches } = recordBoth(compileFile('agents-breaks-and-reassignment.yaml'));
    const timeline = new AgentTimeline();
    timeline.append(batches.flat());
    const a = timeline.frame(600);
    const kept = a.agents.slice();
    expect(timeline.frame(600)).toBe(a);
    timeline.frame(601);
    timeline.frame(10);
    expect(Array.from(a.agents)).toEqual(Array.from(kept));
  });

  it('says so, rather than show wrong numbers, when a frame has no keyframe before it', () => {
    const timeline = new AgentTimeline();
    const f = { t: 60, queues: new Int32Array(0), flow: new Int32Array(0), busy: new Int32Array(3), capacity: new Int32Array(3), heldOff: new Int32Array(3) };
    timeline.append([{ ...f, agentKey: null, agentChanges: Int32Array.of(3, 1) }]);
    expect(() => timeline.frame(0)).toThrow(/no keyframe before it/);
  });
});
