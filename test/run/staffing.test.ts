// The staffing search (`omnisim staff`, issue 6): per team, it agrees with Erlang C on E1 (14
// agents for 80/20, reference-values.md) and confirms it by simulation; per slot, a curve
// close to each slot's Erlang figure in which every slot meets its target; shrinkage turns
// required into scheduled agents; occupancy targets are honoured.

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { findStaffing } from '../../sim/run/staffing.ts';
import type { StaffingOptions } from '../../sim/run/staffing.ts';
import { minimumAgents } from '../../sim/analytic/staffing.ts';
import { withRunOptions } from '../../sim/run/runScenario.ts';
import { compileFile, compileText, SCENARIO_DIR } from '../support/scenarios.ts';
import { omnisim } from '../support/cli.ts';
import { formatStaffing } from '../../sim/cli/formatStaffing.ts';

const base = { by: 'team', interval: 1800, shrinkage: 0, maxIterations: 8 } as const;
const SL_80_20: StaffingOptions['targets'] = [{ channel: 'voice', serviceLevel: { fraction: 0.8, threshold: 20 } }];

describe('staffing per team', () => {
  const e1 = withRunOptions(compileFile('erlang-c-e1.yaml'), { replications: 6 });

  it('E1, 80/20: 14 agents, as Erlang C says; the simulation confirms it (13 misses, SL(14) ≈ 0.8884)', () => {
    const r = findStaffing(e1, { ...base, team: 'phones', targets: SL_80_20 });
    const row = r.rows[0]!;
    expect([row.erlangAgents, row.requiredAgents, row.met]).toEqual([14, 14, true]);
    expect(row.simulated['voice']!.serviceLevel.mean).toBeGreaterThan(0.875);
    expect(row.simulated['voice']!.serviceLevel.mean).toBeLessThan(0.9);
    expect(r.notes[0]).toBe('Erlang estimate 14; simulation confirms it (13, 14 tried).');
  });

  it('an occupancy target: 17 agents keep occupancy ≤ 60 % (10/17 = 0.588 < 0.6 < 10/16)', () => {
    const r = findStaffing(e1, { ...base, team: 'phones', targets: [{ channel: 'voice', maxOccupancy: 0.6 }] });
    expect(r.rows[0]!.requiredAgents).toBe(17);
    expect(r.rows[0]!.simulated['voice']!.occupancy.mean).toBeCloseTo(10 / 17, 2);
  });

  it('a target Erlang cannot reach (SL 100 %): said in a note, and the search finds the smallest team in a few simulations', () => {
    const small = compileText(`name: st\nseed: 3\nhorizon: 8h\nreplications: 4\nchannels:\n  voice:\n    arrivals: { rate: 200/h }\n    handleTime: 3m\n` +
      `agents:\n  - { team: phones, count: 14, capacity: { voice: 1 } }\n`);
    const targets: StaffingOptions['targets'] = [{ channel: 'voice', serviceLevel: { fraction: 1, threshold: 20 } }];
    const r = findStaffing(small, { ...base, team: 'phones', targets });
    const n = r.rows[0]!.requiredAgents;
    expect(r.notes[0]).toBe("Erlang's formulas reach no voice target with any team size; the search starts from 11, the fewest with which the agents keep up with the arrivals.");
    expect(r.rows[0]!.met).toBe(true);
    // n meets the target and n − 1 does not (both were simulated), in far fewer rounds than n.
    const tried = r.notes[1]!.match(/\(([\d, ]+) tried\)/)![1]!.split(', ').map(Number);
    expect(tried).toContain(n - 1);
    expect(findStaffing(withRunOptions(small, {}), { ...base, team: 'phones', targets }).rows[0]!.requiredAgents).toBe(n);
    expect(r.iterations).toBeLessThan(n / 2);
  });

  it('shrinkage: scheduled = ⌈required / (1 − shrinkage)⌉ (14 at 30 % → 20)', () => {
    const r = findStaffing(e1, { ...base, team: 'phones', targets: SL_80_20, shrinkage: 0.3 });
    expect([r.rows[0]!.requiredAgents, r.rows[0]!.scheduledAgents]).toEqual([14, 20]);
  });
});

describe('staffing per team when other teams meet the target alone', () => {
  it('answers 0 agents of the team, as a slot of a curve can (it stopped at 1)', () => {
    const twoTeams = compileText(`
name: backup team
seed: 5
horizon: 4h
replications: 2
channels:
  voice:
    arrivals: { rate: 100/h }
    handleTime: { distribution: exponential, mean: 180s }
    serviceLevelThreshold: 20s
agents:
  - { team: phones, count: 12, capacity: { voice: 1 } }
  - { team: backup, count: 3, capacity: { voice: 1 } }
`);
    const r = findStaffing(twoTeams, { ...base, team: 'backup', targets: SL_80_20 });
    expect([r.rows[0]!.requiredAgents, r.rows[0]!.met]).toEqual([0, true]);
  });
});

describe('staffing per slot (a curve)', () => {
  // One voice team, 100 calls/h at night and 400/h from 08:00 to 20:00; AHT 3 min.
  const day = compileText(`
name: two-level day
seed: 7
horizon: 5d
replications: 4
channels:
  voice:
    arrivals: { rate: 100/h, profile: { "00:00": 1, "08:00": 4, "20:00": 1 } }
    handleTime: { distribution: exponential, mean: 180s }
    serviceLevelThreshold: 20s
agents:
  - { team: phones, count: 30, capacity: { voice: 1 } }
`);
  const r = findStaffing(day, { ...base, by: 'interval', interval: 7200, team: 'phones', targets: SL_80_20 });
  const erlangAt = (perHour: number) => minimumAgents({ arrivalRatePerSecond: perHour / 3600, meanHandleSeconds: 180, thresholdSeconds: 20 }, { serviceLevel: 0.8 }).agents;

  it('has a row per two-hour slot with the slot\'s arrival rate and its Erlang C figure', () => {
    expect(r.rows.map((row) => Number(row.arrivalsPerHour['voice']!.toFixed(6)))).toEqual([100, 100, 100, 100, 400, 400, 400, 400, 400, 400, 100, 100]);
    expect(r.rows.map((row) => row.erlangAgents)).toEqual(r.rows.map((row) => erlangAt(row.arrivalsPerHour['voice']!)));
  });

  it('every slot meets 80/20 in simulation, within one agent of its Erlang figure', () => {
    expect(r.rows.every((row) => row.met && row.simulated['voice']!.serviceLevel.mean! >= 0.8)).toBe(true);
    for (const row of r.rows) expect(Math.abs(row.requiredAgents - row.erlangAgents)).toBeLessThanOrEqual(1);
  });
});

describe('staffing per slot over a horizon that is not whole days', () => {
  // 36 h: the slots after 12:00 are run once (day 0), the others twice. A slot's rate is its
  // mean over the times the run covers, not over two whole days (which halved the afternoon).
  const dayAndHalf = compileText(`
name: a day and a half
seed: 3
horizon: 36h
replications: 1
channels:
  voice:
    arrivals: { rate: 120/h, profile: { "00:00": 0.5, "08:00": 1.0, "20:00": 0.5 } }
    handleTime: { distribution: exponential, mean: 180s }
    serviceLevelThreshold: 20s
agents:
  - { team: phones, count: 10, capacity: { voice: 1 } }
`);

  it('each slot shows the rate of its hours of the day, and its Erlang figure for that rate', () => {
    const r = findStaffing(dayAndHalf, { ...base, by: 'interval', interval: 4 * 3600, maxIterations: 1, team: 'phones', targets: SL_80_20 });
    expect(r.rows.map((row) => Number(row.arrivalsPerHour['voice']!.toFixed(6)))).toEqual([60, 60, 120, 120, 120, 60]);
    expect(r.rows[3]!.erlangAgents).toBe(r.rows[2]!.erlangAgents);
  });
});

describe('staffing per slot when the curve drops', () => {
  // 120 calls an hour of 10 minutes, then 6: at 00:30 most of the ~22 agents go off shift and
  // finish their calls (R5), which the 4 agents left on shift do not carry.
  const drop = compileText(`name: curve drop\nseed: 5\nhorizon: 1h\nreplications: 4\nchannels:\n  voice:\n` +
    `    arrivals: { rate: 120/h, profile: { "00:00": 1.0, "00:30": 0.05 } }\n    handleTime: { distribution: exponential, mean: 10m }\n` +
    `agents:\n  - { team: phones, count: 30, capacity: { voice: 1 } }\n`);
  const r = findStaffing(drop, { ...base, by: 'interval', team: 'phones', targets: SL_80_20 });

  it('occupancy is of the agents on shift: within 100 % after the drop (it read 156 %), the calls finished after shift end given apart', () => {
    const [before, after] = r.rows.map((row) => row.simulated['voice']!);
    expect(r.rows.map((row) => row.requiredAgents)).toEqual([22, 4]);
    expect(after!.occupancy.mean).toBeLessThanOrEqual(1);
    expect(after!.heldOffCapacity.mean).toBeGreaterThan(2); // calls still held by agents off shift, on average
    expect(before!.heldOffCapacity.mean).toBe(0);
  });

  it('the table says what occupancy leaves out', () => {
    expect(formatStaffing(r)).toMatch(/note: occupancy is the work of the agents on shift who take the channel, over their capacity\. .* on average up to \d+\.\d voice tickets at a time in a slot/);
  });
});

describe('staffing a replayed day', () => {
  it('each slot\'s rate is its replayed tickets (it read 0/h: the rate function knows nothing of replayed times), and staff draws a curve for it', async () => {
    const replay = withRunOptions(compileFile('replay-sample-day.yaml'), { replications: 2 });
    const voice = replay.scenario.channels.find((c) => c.channel === 'voice')!.arrivals.times!;
    const r = findStaffing(replay, { ...base, by: 'interval', team: 'phones', targets: SL_80_20 });
    expect(r.rows.reduce((n, row) => n + row.arrivalsPerHour['voice']! / 2, 0)).toBeCloseTo(voice.length, 9);
    const tenThirty = voice.filter((t) => t >= 37800 && t < 39600).length;
    expect(r.rows[21]!.arrivalsPerHour['voice']).toBeCloseTo(tenThirty * 2, 9);
    expect(voice.length).toBeGreaterThan(50);
    const o = await omnisim('staff', join(SCENARIO_DIR, 'replay-sample-day.yaml'), '--target', 'voice:sl=80%/20s', '--replications', '2', '--json', '-');
    expect(JSON.parse(o.out).by).toBe('interval');
  });
});

describe('omnisim staff', () => {
  it('--json - prints the result; a bad target says what is wrong', async () => {
    const ok = await omnisim('staff', join(SCENARIO_DIR, 'erlang-c-e1.yaml'), '--target', 'voice:sl=80%/20s', '--replications', '4', '--json', '-');
    expect(ok.code).toBe(0);
    const json = JSON.parse(ok.out) as { rows: { requiredAgents: number }[] };
    expect(json.rows[0]!.requiredAgents).toBe(14);
    const bad = await omnisim('staff', join(SCENARIO_DIR, 'erlang-c-e1.yaml'), '--target', 'voice:sl=180%');
    expect([bad.code, bad.err.trim()]).toEqual([1, 'omnisim: --target voice:sl: expected a percentage such as 80% (or 0.8), got "180%"']);
    const none = await omnisim('staff', join(SCENARIO_DIR, 'erlang-c-e1.yaml'), '--target', 'messaging:sl=80%');
    expect(none.err.trim()).toBe('omnisim: --target: the scenario has no messaging traffic');
  }, 60_000);
});
