// The work agents hold off a channel's capacity, which `omnisim staff` leaves out of occupancy:
// an agent finishing a call after going offline, and an agent with no email capacity holding an
// email-routed ticket (R43) — an exact trace of a tiny hand-made run.

import { describe, expect, it } from 'vitest';
import { WorkOffCapacity } from '../../sim/run/workOffCapacity.ts';
import type { SimEvent } from '../../sim/model/events.ts';

const agent = (id: number, capacity: { messaging: number; email: number; voice: number }) =>
  ({ agent: id, name: `a${id}`, team: 't', groups: [], capacity, status: 'online' as const });

describe('WorkOffCapacity', () => {
  it('counts what an offline agent still holds and what an agent holds on a channel it has no capacity for; not what an online agent holds', () => {
    const w = new WorkOffCapacity(0, 40, 100);
    const events = [
      { type: 'RunStarted', t: 0, horizon: 100, warmup: 0, agents: [agent(0, { messaging: 0, email: 0, voice: 1 }), agent(1, { messaging: 3, email: 0, voice: 0 })], queues: [] },
      { type: 'CapacityChanged', t: 10, agent: 0, channel: 'voice', used: 1 }, // on shift: its own capacity's work
      { type: 'AgentStatusChanged', t: 20, agent: 0, from: 'online', to: 'offline' }, // shift ends: finishing the call
      { type: 'CapacityChanged', t: 30, agent: 1, channel: 'email', used: 1 }, // a chat agent keeps a session routed as email
      { type: 'CapacityChanged', t: 50, agent: 0, channel: 'voice', used: 0 },
      { type: 'RunEnded', t: 100 },
    ] as SimEvent[];
    for (const e of events) w.listener(e);
    const s = w.summary(100);
    // voice: 1 held on [20, 50); email: 1 on [30, 100]. Buckets [0,40) [40,80) [80,100].
    expect(Array.from(s.buckets.voice)).toEqual([0.5, 0.25, 0]);
    expect(Array.from(s.buckets.email)).toEqual([0.25, 1, 1]);
    expect(Array.from(s.buckets.messaging)).toEqual([0, 0, 0]);
    expect([s.mean.voice, s.mean.email, s.mean.messaging]).toEqual([0.3, 0.7, 0]);
  });
});
