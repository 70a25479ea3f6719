// The staffing search never answers a team too small to keep up with the arrivals when no
// customer gives up: there the queue grows without limit, nobody abandons and every agent is
// busy, so a finite run "met" abandon ≤ 0 % or occupancy ≤ 100 % with half the agents needed.

import { describe, expect, it } from 'vitest';
import { findStaffing } from '../../sim/run/staffing.ts';
import { compileText } from '../support/scenarios.ts';

const base = { by: 'team', interval: 1800, shrinkage: 0, maxIterations: 8 } as const;

// E1 (10 Erlangs of calls, nobody hangs up) over 8 hours, and a backup team of 3.
const e1 = (patience = '') => compileText(`name: e1
seed: 4
horizon: 8h
replications: 3
channels:
  voice:
    arrivals: { rate: 200/h }
    handleTime: 3m${patience}
agents:
  - { team: phones, count: 14, capacity: { voice: 1 } }
  - { team: backup, count: 3, capacity: { voice: 1 } }
`);

describe('staffing without patience: never below the load', () => {
  it.each([
    ['abandon ≤ 0 %', { maxAbandonRate: 0 }],
    ['occupancy ≤ 100 %', { maxOccupancy: 1 }],
  ])('%s: 8 phones (with the 3 backups, 11 > 10 Erlangs), not fewer (it answered 0: 3 backups with a queue growing all day)', (_, goal) => {
    const r = findStaffing(e1(), { ...base, team: 'phones', targets: [{ channel: 'voice', ...goal }] });
    expect([r.rows[0]!.requiredAgents, r.rows[0]!.met]).toEqual([8, true]);
  });

  it('per slot too: each slot keeps up with its own arrivals (it answered 0 and 3)', () => {
    const day = compileText(`name: day
seed: 2
horizon: 1d
replications: 2
channels:
  voice:
    arrivals: { rate: 100/h, profile: { "00:00": 0.5, "12:00": 2 } }
    handleTime: 3m
agents:
  - { team: phones, count: 10, capacity: { voice: 1 } }
`);
    const r = findStaffing(day, { ...base, by: 'interval', interval: 43200, team: 'phones', targets: [{ channel: 'voice', maxAbandonRate: 0 }] });
    // 50/h × 3 min = 2.5 Erlangs, then 200/h × 3 min = 10.
    expect(r.rows.map((row) => row.requiredAgents)).toEqual([3, 11]);
  });

  it('with patience the queue cannot grow without limit, and fewer agents may meet a loose target', () => {
    const r = findStaffing(e1('\n    patience: 1m'), { ...base, team: 'phones', targets: [{ channel: 'voice', maxOccupancy: 1 }] });
    expect(r.rows[0]!.requiredAgents).toBe(0);
  });
});
