// `omnisim staff --by interval`: a slot whose forecast has arrivals but whose replications
// happened to have none "met" its targets at any count (nothing to serve, missedGoals.ts), so the
// curve's trim took it down to 0 agents — `staff scenarios/multichannel-day.yaml --target
// voice:sl=80%/20s --replications 5` staffed 04:00–04:30 with 0 phones for 1.5 calls/h, with
// nobody else taking calls. Such a slot now keeps its Erlang estimate, and a note names it.

import { describe, expect, it } from 'vitest';
import { findStaffing } from '../../sim/run/staffing.ts';
import { compileText } from '../support/scenarios.ts';

// Calls all day at 60/h, but at 0.01/h from 03:00 to 04:00: two replications see none there.
// Callers have patience, so keeping up with the arrivals is no floor (staffErlang.ts stableFloor).
const QUIET_HOUR = `name: quiet-hour
seed: 7
horizon: 1d
replications: 2
channels:
  voice:
    arrivals:
      rate: 60/h
      profile: [1, 1, 1, 0.0001, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    handleTime: { distribution: exponential, mean: 180s }
    patience: { distribution: exponential, mean: 3m }
    serviceLevelThreshold: 20s
agents:
  - team: phones
    count: 6
    capacity: { voice: 1 }
`;

describe('staff --by interval: a slot with arrivals forecast but none simulated', () => {
  const r = findStaffing(compileText(QUIET_HOUR), {
    by: 'interval', interval: 3600, shrinkage: 0, maxIterations: 8, team: 'phones',
    targets: [{ channel: 'voice', serviceLevel: { fraction: 0.8, threshold: 20 } }],
  });
  const quiet = r.rows.find((row) => row.from === 3 * 3600)!;

  it('is forecast, with an Erlang estimate of one agent, and nothing to measure in the runs', () => {
    expect(quiet.arrivalsPerHour['voice']).toBeGreaterThan(0);
    expect(quiet.erlangAgents).toBe(1);
    expect(quiet.simulated['voice']!.offered.mean).toBe(0);
  });

  it('keeps its Erlang estimate: one phone agent, not 0 (nobody else takes calls)', () => {
    expect(quiet.requiredAgents).toBe(1);
    // The other slots are trimmed and judged as before.
    expect(r.rows.filter((row) => row !== quiet).every((row) => row.requiredAgents >= 1 && row.met)).toBe(true);
  });

  it('a note names the slot and why it was not judged', () => {
    expect(r.notes).toContain('slot 03:00–04:00: voice arrivals are forecast, but none arrived there in any of the 2 replications, '
      + 'so the simulation cannot judge the staffing; the Erlang estimate is kept. More --replications judge it.');
  });
});
