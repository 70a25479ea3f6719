// `omnisim staff` reads its targets and shrinkage strictly (a goal given twice was half-read:
// the later one replaced, or was measured at, the earlier's threshold), and its agent-hours
// add up the columns the table shows.

import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { omnisim } from '../support/cli.ts';
import { SMALL_VOICE } from '../support/scenarios.ts';
import { formatStaffing } from '../../sim/cli/formatStaffing.ts';

const dir = mkdtempSync(join(tmpdir(), 'omnisim-staff-targets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const small = join(dir, 'small.yaml');
writeFileSync(small, SMALL_VOICE);

describe('omnisim staff: targets and shrinkage that cannot be read are refused before anything runs', () => {
  it.each([
    [['--target', 'voice:sl=80%/20s,sl=90%/20s'], '--target voice:sl: given twice; give each goal once per channel'],
    [['--target', 'voice:sl=80%/20s', 'voice:sl=90%/30s'], '--target voice:sl: given twice; give each goal once per channel'],
    [['--target', 'voice:sl=80%/20s/10s'], '--target voice:sl: expected a share and, after one /, its threshold, e.g. sl=80%/60s; got "80%/20s/10s"'],
    [['--target', 'voice:sl=80%/'], '--target voice:sl: expected a share and, after one /, its threshold, e.g. sl=80%/60s; got "80%/"'],
    [['--target', 'voice:occupancy=0%'], '--target voice:occupancy: an occupancy of 0% cannot be reached while tickets arrive'],
    // Goals no number of agents meets, refused as erlang --target refuses them (a run could "meet" one by luck).
    [['--target', 'voice:sl=100%/20s'], '--target voice:sl: a service level of 100% cannot be reached: with random arrivals some customers always wait past the threshold (aim lower, e.g. 99%)'],
    [['--target', 'voice:sl=1'], '--target voice:sl: a service level of 100% cannot be reached: with random arrivals some customers always wait past the threshold (aim lower, e.g. 99%)'],
    [['--target', 'voice:abandon=5%,asa=0s'], '--target voice:asa: an ASA of 0 cannot be reached: with random arrivals some answered customers always wait (give a small ASA, e.g. 1s)'],
    [['--target', 'voice:abandon=1e-1'], '--target voice:abandon: expected a percentage such as 80% (or 0.8), got "1e-1"'],
    [['--target', 'voice:sl=80%/20s', '--shrinkage', '0x1'], '--shrinkage: expected a percentage such as 80% (or 0.8), got "0x1"'],
  ])('%j', async (flags, message) => {
    const o = await omnisim('staff', small, ...flags);
    expect([o.code, o.out, o.err]).toEqual([1, '', `omnisim: ${message}\n`]);
  });

  it('abandon=0% is refused while customers give up (patience), kept without: there it asks for agents who keep up', async () => {
    const patient = join(dir, 'patience.yaml');
    writeFileSync(patient, SMALL_VOICE.replace('    handleTime:', '    patience: { distribution: exponential, mean: 2m }\n    handleTime:'));
    const o = await omnisim('staff', patient, '--target', 'voice:abandon=0%');
    expect([o.code, o.out, o.err]).toEqual([1, '', 'omnisim: --target voice:abandon: an abandon rate of 0% cannot be reached while customers have a finite patience (give a small rate, e.g. 1%)\n']);
    const kept = await omnisim('staff', small, '--target', 'voice:abandon=0%', '--by', 'team', '--json', '-');
    expect(kept.code).toBe(0);
    expect(JSON.parse(kept.out).rows[0].requiredAgents).toBeGreaterThanOrEqual(11); // 10 Erlangs: the fewest who keep up
  });

  it('abandon= on a channel whose customers never give up says, under the table, that it asks only for the agents who keep up', async () => {
    const noPatience = await omnisim('staff', small, '--target', 'voice:abandon=5%', '--by', 'team');
    expect(noPatience.code).toBe(0);
    expect(noPatience.out).toContain('note: The voice abandon=5% target holds at any staffing: voice customers never give up in this scenario ' +
      '(it has no channels.voice.patience), so the abandon rate is 0 and the goal asks only for the agents who keep up with the arrivals. ' +
      'Give channels.voice.patience to model customers who hang up.\n');
    const patient = join(dir, 'patience5.yaml');
    writeFileSync(patient, SMALL_VOICE.replace('    handleTime:', '    patience: { distribution: exponential, mean: 2m }\n    handleTime:'));
    const withPatience = await omnisim('staff', patient, '--target', 'voice:abandon=5%', '--by', 'team', '--json', '-');
    expect(withPatience.code).toBe(0);
    expect(JSON.parse(withPatience.out).notes.filter((n: string) => n.includes('abandon='))).toEqual([]);
  });

  it('two targets on one channel with different goals are both kept', async () => {
    const o = await omnisim('staff', small, '--target', 'voice:sl=80%/20s', 'voice:abandon=5%', '--by', 'team', '--json', '-');
    expect(o.code).toBe(0);
  });
});

describe('omnisim staff: agent-hours', () => {
  const at = (x: number) => ({ mean: x, ci95: [x, x] as [number, number] });
  it('scheduled hours are the sum of the scheduled column (whole agents), not required hours / (1 − shrinkage)', () => {
    const row = (from: number, required: number, scheduled: number) => ({
      from, to: from + 1800, arrivalsPerHour: { voice: 20 }, erlangAgents: required, requiredAgents: required, scheduledAgents: scheduled,
      simulated: { voice: { serviceLevel: at(0.9), asaSeconds: at(4), abandonRate: at(0), occupancy: at(0.5), heldOffCapacity: at(0), offered: at(10), deflected: at(0) } }, met: true, intervalCrossesTarget: [],
    });
    // At 30 % shrinkage 1 and 3 required agents are 2 and 5 scheduled: 3.5 hours, not 2 / 0.7 = 2.9.
    const text = formatStaffing({ scenario: 's', seed: 1, team: 'phones', targets: [], by: 'interval', shrinkage: 0.3, replications: 2, iterations: 1, rows: [row(0, 1, 2), row(1800, 3, 5)], notes: [] });
    expect(text).toContain('agent-hours over the 1h the run covers: 2.0 required, 3.5 scheduled\n');
  });
});

describe('omnisim staff: the first line', () => {
  const result = (replications: number, iterations: number) => ({ scenario: 's', seed: 1, team: 'phones', targets: [], by: 'team' as const, shrinkage: 0, replications, iterations, rows: [], notes: [] });
  it('counts in words that agree with the number, and warns of checks on one replication', () => {
    expect(formatStaffing(result(1, 1))).toMatch(/^s · seed 1 · team phones · by team · 1 replication per check · 1 simulation round\n\nnote: one replication per check: each check is one random day, not an average \(give --replications 10 or more\)\n/);
    expect(formatStaffing(result(10, 3))).toMatch(/^s · seed 1 · team phones · by team · 10 replications per check · 3 simulation rounds\n\n[^n]/);
  });
});

describe('omnisim staff --seed', () => {
  it('checks on other random days, and the result says with which seed (staff had no --seed)', async () => {
    const o = await omnisim('staff', small, '--target', 'voice:sl=80%/20s', '--by', 'team', '--seed', '7', '--json', '-');
    expect(o.code).toBe(0);
    expect((JSON.parse(o.out) as { seed: number }).seed).toBe(7);
    const bad = await omnisim('staff', small, '--target', 'voice:sl=80%/20s', '--seed', '-1');
    expect([bad.code, bad.err]).toEqual([1, 'omnisim: --seed: expected a whole number ≥ 0, got "-1"\n']);
  });
});

describe('omnisim staff: targets not met', () => {
  it('exit 1 after the result is written, as erlang does (it exited 0 with a "!" in the table)', async () => {
    // Nobody is on shift in the two hours simulated: no team size answers anyone.
    const closed = join(dir, 'closed.yaml');
    writeFileSync(closed, SMALL_VOICE.replace('    capacity: { voice: 1 }', '    capacity: { voice: 1 }\n    shift: { mon-sun: "08:00-09:00" }')
      .replace('    handleTime', '    patience: 1m\n    handleTime'));
    const o = await omnisim('staff', closed, '--target', 'voice:sl=80%/20s', '--by', 'team', '--csv', '-');
    expect(o.code).toBe(1);
    expect(o.out.split('\n')[1]).toMatch(/,false,,offShift,\d+$/); // the result is written first
    expect(o.err).toContain('agents[0].shift: team "phones" is never on shift during the run'); // validate would have said so
    // It stops once more agents do not move the figure, and says why (it climbed to the cap).
    expect(o.err).toMatch(/\nomnisim: no team size meets every target: more agents do not move the voice service level \(voice customers arrive when no agent is on shift\); see the notes\n$/);
  });
});
