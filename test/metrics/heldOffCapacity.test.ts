// The work agents hold off a channel's capacity, which occupancy leaves out and the report gives
// apart as heldOffCapacity: an agent finishing a call after going offline, and an agent with no
// email capacity holding an email-routed ticket (R43) — an exact trace of a tiny hand-made run.

import { describe, expect, it } from 'vitest';
import { runMetrics } from '../../sim/metrics/RunMetrics.ts';
import type { MetricsConfig } from '../../sim/metrics/RunMetrics.ts';
import type { SimEvent } from '../../sim/model/events.ts';

const agent = (id: number, capacity: { messaging: number; email: number; voice: number }) =>
  ({ agent: id, name: `a${id}`, team: 't', groups: [], capacity, status: 'online' as const });

const config: MetricsConfig = { horizon: 100, warmup: 0, thresholds: [20, 3600, 20], seriesInterval: 40, windows: [], sessions: false, triggers: [] };

function summary(events: SimEvent[]) {
  const fold = runMetrics(config);
  let s = fold.initial();
  for (const e of events) s = fold.reduce(s, e);
  return fold.summarize(s);
}

describe('work held off capacity', () => {
  const s = summary([
    { type: 'RunStarted', t: 0, horizon: 100, warmup: 0, agents: [agent(0, { messaging: 0, email: 0, voice: 1 }), agent(1, { messaging: 3, email: 0, voice: 0 })], queues: [] },
    { type: 'CapacityChanged', t: 10, agent: 0, channel: 'voice', used: 1 }, // on shift: its own capacity's work
    { type: 'AgentStatusChanged', t: 20, agent: 0, from: 'online', to: 'offline' }, // shift ends: finishing the call
    { type: 'CapacityChanged', t: 30, agent: 1, channel: 'email', used: 1 }, // a chat agent keeps a session routed as email
    { type: 'CapacityChanged', t: 50, agent: 0, channel: 'voice', used: 0 },
    { type: 'AgentStatusChanged', t: 60, agent: 0, from: 'offline', to: 'online' }, // back, holding nothing
    { type: 'CapacityChanged', t: 70, agent: 0, channel: 'voice', used: 1 },
    { type: 'RunEnded', t: 100, waiting: [] },
  ] as SimEvent[]);

  it('counts what an offline agent still holds and what an agent holds on a channel it has no capacity for; not what an online agent holds', () => {
    // voice: 1 held off on [20, 50); email: 1 on [30, 100]. Buckets [0,40) [40,80) [80,100].
    expect(Array.from(s.series.channels.voice.heldOff)).toEqual([0.5, 0.25, 0]);
    expect(Array.from(s.series.channels.email.heldOff)).toEqual([0.25, 1, 1]);
    expect(Array.from(s.series.channels.messaging.heldOff)).toEqual([0, 0, 0]);
    expect([s.channels.voice.heldOffCapacity, s.channels.email.heldOffCapacity, s.channels.messaging.heldOffCapacity]).toEqual([0.3, 0.7, 0]);
  });

  it('occupancy is the counted agents\' work over their capacity; busy keeps all the work', () => {
    const v = s.channels.voice;
    // voice busy: 1 on [10, 50) and [70, 100] = 70; counted: [10, 20) and [70, 100] = 40.
    // capacity: 1 on [0, 20) and [60, 100] = 60.
    expect(v.meanBusy).toBe(0.7);
    expect(v.meanCapacity).toBe(0.6);
    expect(v.occupancy).toBeCloseTo(40 / 60, 12);
    expect(s.channels.email.occupancy).toBeNaN(); // no email capacity at all
  });
});
