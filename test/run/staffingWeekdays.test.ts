// `omnisim staff` on a week whose days differ. The curve (--by interval) is one count per slot,
// the same every day; a slot's rate, Erlang figure and occupancy used to be averaged over every
// day of the run, weekend included: 120 calls an hour on weekdays read 85.7/h, Erlang started
// short, and the occupancy counted the curve's agents idling on Saturday and Sunday. --by team
// started Erlang from the run's mean rate, nights and weekend included.

import { describe, expect, it } from 'vitest';
import { findStaffing } from '../../sim/run/staffing.ts';
import { minimumAgents } from '../../sim/analytic/staffing.ts';
import { compileText } from '../support/scenarios.ts';
import { formatStaffing } from '../../sim/cli/formatStaffing.ts';

const week = compileText(`
name: a week of calls
seed: 9
horizon: 7d
replications: 2
channels:
  voice:
    arrivals: { rate: 120/h, weekdays: { fri: 0.5, sat: 0, sun: 0 } }
    handleTime: { distribution: exponential, mean: 180s }
    serviceLevelThreshold: 20s
agents:
  - { team: phones, count: 12, capacity: { voice: 1 } }
`);

describe('staffing per slot over a week whose days differ', () => {
  const r = findStaffing(week, {
    by: 'interval', interval: 6 * 3600, shrinkage: 0, maxIterations: 4, team: 'phones',
    targets: [{ channel: 'voice', serviceLevel: { fraction: 0.8, threshold: 20 } }],
  });

  it('a slot\'s rate is its mean over the days with calls in it: (4 × 120 + 60) / 5 = 108/h, not 77.1/h over all seven', () => {
    expect(r.rows.map((row) => Number(row.arrivalsPerHour['voice']!.toFixed(6)))).toEqual([108, 108, 108, 108]);
    const erlang = minimumAgents({ arrivalRatePerSecond: 108 / 3600, meanHandleSeconds: 180, thresholdSeconds: 20 }, { serviceLevel: 0.8 }).agents;
    expect(r.rows.map((row) => row.erlangAgents)).toEqual([erlang, erlang, erlang, erlang]);
  });

  it('occupancy leaves out the days without calls, where the curve\'s agents idle (it read ≈ 5/7 of this)', () => {
    for (const row of r.rows) {
      // 5.4 Erlangs carried on the weekdays by the slot's agents.
      expect(row.simulated['voice']!.occupancy.mean!).toBeCloseTo(5.4 / row.requiredAgents, 1);
    }
  });

  it('the notes say the days differ, how, and what the pooled figures hide', () => {
    expect(r.notes.join('\n')).toContain('voice arrivals differ from day to day (00:00–06:00: 60/h to 120/h; none on Saturday, Sunday in slots that have them on other days).');
    expect(formatStaffing(r)).toContain('To size one day of the week, run a one-day scenario that starts on it (start: { weekday: monday }).');
  });
});

describe('staffing per slot when every day is alike', () => {
  it('says nothing of days', () => {
    const days = compileText(`name: alike\nseed: 2\nhorizon: 3d\nreplications: 1\nchannels:\n  voice:\n    arrivals: { rate: 60/h, profile: { "00:00": 0.5, "12:00": 1 } }\n` +
      `    handleTime: 3m\nagents:\n  - { team: phones, count: 6, capacity: { voice: 1 } }\n`);
    const r = findStaffing(days, { by: 'interval', interval: 12 * 3600, shrinkage: 0, maxIterations: 2, team: 'phones',
      targets: [{ channel: 'voice', serviceLevel: { fraction: 0.8, threshold: 20 } }] });
    expect(r.rows.map((row) => Number(row.arrivalsPerHour['voice']!.toFixed(6)))).toEqual([30, 60]);
    expect(r.notes.some((n) => n.includes('day to day'))).toBe(false);
  });
});

describe('staffing per team over a week whose days differ', () => {
  it('Erlang starts from the rate of the slots with calls (108/h), not the run\'s mean (77.1/h), and a note gives both', () => {
    const r = findStaffing(week, {
      by: 'team', interval: 1800, shrinkage: 0, maxIterations: 4, team: 'phones',
      targets: [{ channel: 'voice', serviceLevel: { fraction: 0.8, threshold: 20 } }],
    });
    const row = r.rows[0]!;
    expect(Number(row.arrivalsPerHour['voice']!.toFixed(6))).toBe(108);
    expect(row.erlangAgents).toBe(minimumAgents({ arrivalRatePerSecond: 108 / 3600, meanHandleSeconds: 180, thresholdSeconds: 20 }, { serviceLevel: 0.8 }).agents);
    expect(r.notes).toContain('voice/h is the mean rate over the 30m slots with voice arrivals, which the Erlang estimate starts from; over the whole run it is 77.1/h.');
  });
});
