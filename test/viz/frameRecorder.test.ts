// The frames the page plays back: one per interval, and always one at the horizon, so that
// playback of a run whose horizon is not a whole number of intervals reaches its end.

import { describe, expect, it } from 'vitest';
import { FrameRecorder } from '../../viz/worker/FrameRecorder.ts';
import type { AgentStatusName } from '../../sim/model/codes.ts';

const frameTimes = (interval: number, horizon: number, steps: number[]) => {
  const r = new FrameRecorder(interval, horizon, new Map(), 0);
  for (const t of steps) r.flushUntil(t);
  return r.take().map((f) => f.t);
};

describe('FrameRecorder', () => {
  it('ends with a frame at the horizon when it is not a whole number of intervals (E1: 30 d at 1320 s)', () => {
    const times = frameTimes(1320, 2_592_000, [3600, 2_592_000]);
    expect(times.length).toBe(1964); // 1963 whole intervals, then the horizon
    expect(times.at(-2)).toBe(1963 * 1320);
    expect(times.at(-1)).toBe(2_592_000);
  });

  it('makes no extra frame when the horizon is a whole number of intervals', () => {
    expect(frameTimes(600, 3600, [1800, 3600, 3600])).toEqual([600, 1200, 1800, 2400, 3000, 3600]);
  });

  it('makes the horizon frame once, however often it is flushed', () => {
    expect(frameTimes(1000, 2500, [2500, 2500, 2600])).toEqual([1000, 2000, 2500]);
  });

  it('keeps each channel\'s available capacity right through status changes (online counts everywhere, away for email only)', () => {
    const statuses: AgentStatusName[] = ['online', 'away', 'transfers-only', 'offline'];
    const caps = [{ messaging: 3, email: 2, voice: 0 }, { messaging: 0, email: 4, voice: 1 }, { messaging: 1, email: 8, voice: 1 }];
    const n = 30;
    const r = new FrameRecorder(60, 3600, new Map(), n);
    const agents = Array.from({ length: n }, (_, a) => ({ agent: a, name: `a${a}`, team: 't', groups: [], capacity: caps[a % 3]!, status: statuses[a % 4]! }));
    r.listener({ type: 'RunStarted', t: 0, horizon: 3600, warmup: 0, agents, queues: [] });
    const now = agents.map((a) => a.status);
    const expected = () => [0, 1, 2].map((c) => now.reduce((sum, st, a) => {
      const cap = [caps[a % 3]!.messaging, caps[a % 3]!.email, caps[a % 3]!.voice][c]!;
      return sum + (st === 'online' || (st === 'away' && c === 1) ? cap : 0);
    }, 0));
    const wanted: number[][] = [];
    // A status change every 30 s, by a fixed pattern over agents and statuses.
    for (let k = 1; k < 110; k++) {
      const a = (k * 7) % n, to = statuses[(k * 3 + a) % 4]!;
      if (k % 2 === 0) wanted.push(expected()); // the frame at k·30 s shows the capacity before this change
      r.listener({ type: 'AgentStatusChanged', t: k * 30, agent: a, from: now[a]!, to });
      now[a] = to;
    }
    const frames = r.take();
    expect(frames.length).toBe(wanted.length);
    expect(frames.map((f) => Array.from(f.capacity))).toEqual(wanted);
  });

  it('counts the work held off capacity as the report does: a call finished after the shift, an email held with no email capacity', () => {
    const r = new FrameRecorder(60, 600, new Map(), 2);
    const agent = (a: number, capacity: { messaging: number; email: number; voice: number }) =>
      ({ agent: a, name: `a${a}`, team: 't', groups: [], capacity, status: 'online' as const });
    r.listener({ type: 'RunStarted', t: 0, horizon: 600, warmup: 0, agents: [agent(0, { messaging: 0, email: 0, voice: 1 }), agent(1, { messaging: 3, email: 0, voice: 0 })], queues: [] });
    r.listener({ type: 'CapacityChanged', t: 10, agent: 0, channel: 'voice', used: 1 }); // on shift: counted
    r.listener({ type: 'AgentStatusChanged', t: 70, agent: 0, from: 'online', to: 'offline' }); // the call goes on
    r.listener({ type: 'CapacityChanged', t: 130, agent: 1, channel: 'email', used: 1 }); // R43: no email capacity
    r.listener({ type: 'CapacityChanged', t: 190, agent: 0, channel: 'voice', used: 0 });
    r.listener({ type: 'AgentStatusChanged', t: 250, agent: 0, from: 'offline', to: 'online' });
    r.listener({ type: 'CapacityChanged', t: 310, agent: 0, channel: 'voice', used: 1 }); // back on shift: counted
    r.flushUntil(360);
    const frames = r.take();
    // Frames at 60 … 360 s: [messaging, email, voice].
    expect(frames.map((f) => Array.from(f.busy))).toEqual([[0, 0, 1], [0, 0, 1], [0, 1, 1], [0, 1, 0], [0, 1, 0], [0, 1, 1]]);
    expect(frames.map((f) => Array.from(f.heldOff))).toEqual([[0, 0, 0], [0, 0, 1], [0, 1, 1], [0, 1, 0], [0, 1, 0], [0, 1, 0]]);
  });
});
