// What the page keeps of the agents grows with what changes, not with agents × frames (a
// 100,000-agent day of full snapshots was 2.3 GB). Counted in stored numbers, not timed: the
// first keyframe, the changes, and keyframes worth at most 1/KEY_EVERY of the changes.

import { describe, expect, it } from 'vitest';
import { FrameRecorder } from '../../viz/worker/FrameRecorder.ts';
import { KEY_EVERY } from '../../viz/worker/AgentNumbers.ts';
import type { StreamedFrame } from '../../viz/protocol.ts';
import type { AgentStatusName } from '../../sim/model/codes.ts';
import { changesBetween } from '../support/agentSnapshots.ts';
import { recordBoth, scaledCentre } from '../support/recordFrames.ts';
import { compileFile } from '../support/scenarios.ts';

/** Agent numbers the frames hold: keyframes' and changes' (pairs: two numbers per change). */
const stored = (frames: readonly StreamedFrame[]) => frames.reduce((n, f) => n + (f.agentKey?.length ?? 0) + f.agentChanges.length, 0);

/**
 * n agents online, `hours` of one-minute frames, and `changes` status changes one a minute after
 * the first frame (change k: agent k mod n goes away, or back online): each is one number of one frame.
 */
function idleRun(n: number, hours: number, changes: number): StreamedFrame[] {
  const horizon = hours * 3600;
  const r = new FrameRecorder(60, horizon, new Map(), n);
  const agents = Array.from({ length: n }, (_, a) => ({ agent: a, name: `a${a}`, team: 't', groups: [], capacity: { messaging: 1, email: 1, voice: 0 }, status: 'online' as AgentStatusName }));
  r.listener({ type: 'RunStarted', t: 0, horizon, warmup: 0, agents, queues: [] });
  for (let k = 0; k < changes; k++) {
    const away = Math.floor(k / n) % 2 === 0;
    r.listener({ type: 'AgentStatusChanged', t: k * 60 + 90, agent: k % n, from: away ? 'online' : 'away', to: away ? 'away' : 'online' });
  }
  r.flushUntil(horizon);
  return r.take();
}

describe('the memory of frames', () => {
  it('holds one keyframe, then two numbers per change: frames without changes cost no agent numbers', () => {
    expect(stored(idleRun(1000, 24, 100))).toBe(1000 * 4 + 2 * 100);
    // Ten times the frames, the same changes: the same numbers (full snapshots: ten times as many).
    expect(stored(idleRun(1000, 240, 100))).toBe(1000 * 4 + 2 * 100);
    // Twice the changes: two more numbers each.
    expect(stored(idleRun(1000, 24, 200))).toBe(1000 * 4 + 2 * 200);
    // Ten times the agents, the same changes: only the first keyframe is larger.
    expect(stored(idleRun(10_000, 24, 100))).toBe(10_000 * 4 + 2 * 100);
  });

  it('makes another keyframe once the changes since the last add up to KEY_EVERY keyframes', () => {
    const n = 50, frames = idleRun(n, 24, n); // every agent changes once: 2n numbers of changes
    expect(frames.filter((f) => f.agentKey).length).toBe(1);
    expect(2 * n).toBeLessThan(KEY_EVERY * 4 * n);
    const many = idleRun(8, 24, 8 * 4 * KEY_EVERY); // more changes than agents: keyframes again
    expect(many.filter((f) => f.agentKey).length).toBeGreaterThan(1);
  });

  for (const [name, compile] of [
    ['agents-breaks-and-reassignment.yaml', () => compileFile('agents-breaks-and-reassignment.yaml')],
    ['large-centre-day.yaml × 25 (5,000 agents, 10 h)', () => scaledCentre(25, 10)],
  ] as const) {
    it(`${name}: at most the first keyframe and (1 + 1/KEY_EVERY) × the changes, far below agents × frames`, () => {
      const { batches, reference, agents } = recordBoth(compile());
      const frames = batches.flat();
      const changes = changesBetween(reference.frames);
      expect(changes).toBeGreaterThan(0);
      const slots = agents * 4;
      expect(stored(frames)).toBeLessThanOrEqual(slots + 2 * changes * (1 + 1 / KEY_EVERY));
      // The same frames as full snapshots (what the page kept before).
      expect(stored(frames)).toBeLessThan((slots * frames.length) / 10);
    }, 120_000);
  }
});
