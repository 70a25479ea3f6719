// `omnisim staff` as a user meets it: what an asa= target means, which slots a curve lists, and
// flags that do not go together.

import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { omnisim } from '../support/cli.ts';
import { SMALL_VOICE, runText } from '../support/scenarios.ts';
import { formatStaffing } from '../../sim/cli/formatStaffing.ts';

const dir = mkdtempSync(join(tmpdir(), 'omnisim-staff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** A figure every replication gave alike: a mean with an interval of no width. */
const alike = (x: number | null) => ({ mean: x, ci95: x === null ? null : [x, x] as [number, number] });
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('omnisim staff --target CHANNEL:asa=…', () => {
  it('is the ASA of answered tickets, as erlang --target asa= reads it: the Erlang A estimate and a note say so', async () => {
    // Callers hang up after 1 min on average: 9 agents give an ASA of 10.4s (E[Wq] 12.8s).
    const patient = file('patience.yaml', SMALL_VOICE.replace('    handleTime', '    patience: { distribution: exponential, mean: 60s }\n    handleTime'));
    const o = await omnisim('staff', patient, '--target', 'voice:asa=11s', '--by', 'team', '--json', '-');
    expect(o.code).toBe(0);
    const r = JSON.parse(o.out) as { rows: { erlangAgents: number }[]; notes: string[] };
    expect(r.rows[0]!.erlangAgents).toBe(9); // E[Wq] ≤ 11s would need 10
    expect(r.notes[0]).toBe('ASA is the mean wait of answered tickets, from arrival until an agent has the ticket (the report\'s asaSeconds); those who give up are not in it.');
    const erlang = await omnisim('erlang', '--rate', '200/h', '--aht', '180s', '--patience', '60s', '--target', 'asa=11s');
    expect(erlang.out).toMatch(/^Minimum staffing for ASA ≤ 11s \(mean wait of answered tickets\): 9 agents/);
  });

  it('--help says what asa is', async () => {
    const o = await omnisim('staff', '--help');
    expect(o.out.replace(/\s+/g, ' ')).toContain('asa is the ASA, the mean wait of answered tickets (the report\'s asaSeconds)');
  });
});

describe('omnisim staff --by interval on a run shorter than a day', () => {
  it('lists only the slots the run covers (a 1h45m run: four 30-min slots, the last one 15 min), and their agent-hours', async () => {
    const short = file('short.yaml', SMALL_VOICE.replace('horizon: 2h', 'horizon: 1h45m'));
    const o = await omnisim('staff', short, '--target', 'voice:sl=80%/20s', '--by', 'interval', '--csv', '-');
    expect(o.code).toBe(0);
    const rows = o.out.trim().split('\n').slice(1).map((line) => line.split(',').slice(0, 2).map(Number));
    expect(rows).toEqual([[0, 1800], [1800, 3600], [3600, 5400], [5400, 6300]]); // it listed 48 slots, to 24:00
    const table = await omnisim('staff', short, '--target', 'voice:sl=80%/20s', '--by', 'interval');
    expect(table.out).toMatch(/^01:30–01:45 /m);
    expect(table.out).not.toMatch(/^01:45–/m);
    expect(table.out).toMatch(/^agent-hours over the 1h 45m the run covers: [\d.]+ required, [\d.]+ scheduled$/m);
  });
});

describe('omnisim staff --interval', () => {
  const small = () => file('small.yaml', SMALL_VOICE);

  it('with --by team is refused (it was ignored without a word)', async () => {
    const o = await omnisim('staff', small(), '--target', 'voice:sl=80%/20s', '--by', 'team', '--interval', '1h');
    expect([o.code, o.out, o.err]).toEqual([1, '', 'omnisim: --interval 1h with --by team: a slot length is for a staffing curve (--by interval); ' +
      '--by team answers one number for the whole run. Leave out --interval, or give --by interval\n']);
  });

  it('alone asks for a curve, even when arrivals are flat (it gave one number for the run)', async () => {
    const o = await omnisim('staff', small(), '--target', 'voice:sl=80%/20s', '--interval', '1h', '--json', '-');
    expect(o.code).toBe(0);
    const r = JSON.parse(o.out) as { by: string; rows: { from: number; to: number }[] };
    expect(r.by).toBe('interval');
    expect(r.rows.map((row) => [row.from, row.to])).toEqual([[0, 3600], [3600, 7200]]);
  });

  it('that does not divide the day is refused by name', async () => {
    const o = await omnisim('staff', small(), '--target', 'voice:sl=80%/20s', '--interval', '7m');
    expect([o.code, o.err]).toEqual([1, 'omnisim: --interval: expected a slot length that divides the day into whole slots, e.g. 15m, 30m or 1h; got "7m"\n']);
  });
});

describe('omnisim staff: a slot with nothing to measure', () => {
  it('shows "—" and a footnote says why, only when a "—" is shown', () => {
    const figures = (sl: number | null) => ({ serviceLevel: alike(sl), asaSeconds: alike(sl === null ? null : 4), abandonRate: alike(sl === null ? null : 0), occupancy: alike(0.5), heldOffCapacity: alike(0), offered: alike(sl === null ? 0 : 10), deflected: alike(0) });
    const row = (from: number, sl: number | null) => ({
      from, to: from + 1800, arrivalsPerHour: { voice: sl === null ? 0 : 20 }, erlangAgents: 1, requiredAgents: 1, scheduledAgents: 1, simulated: { voice: figures(sl) }, met: true, intervalCrossesTarget: [],
    });
    const result = (rows: ReturnType<typeof row>[]) => ({ scenario: 's', seed: 1, team: 'phones', targets: [], by: 'interval' as const, shrinkage: 0, replications: 2, iterations: 1, rows, notes: [] });
    const night = formatStaffing(result([row(0, null), row(1800, 0.9)]));
    expect(night).toMatch(/00:00–00:30 +0\.0 +1 +1 +1 +— +— +— +50\.0%\n/);
    expect(night).toContain('— no figure: nothing to measure it by in that slot in any replication\n' +
      '  service level: no ticket answered, abandoned, ended unanswered or still waiting past the threshold at the end\n' +
      '  ASA: no ticket answered\n' +
      '  abandon rate: no ticket answered, abandoned or ended unanswered\n');
    expect(formatStaffing(result([row(1800, 0.9)]))).not.toContain('no figure');
  });
});

describe('omnisim staff: shares as run prints them', () => {
  it('an occupancy that rounds to zero reads "0.0%", not "-0.0%" (busy less the work held off capacity can land a rounding below 0)', () => {
    const figures = { serviceLevel: alike(0.0004), asaSeconds: alike(4), abandonRate: alike(-1e-17), occupancy: alike(-1e-17), heldOffCapacity: alike(1), offered: alike(10), deflected: alike(0) };
    const row = { from: 0, to: 1800, arrivalsPerHour: { voice: 20 }, erlangAgents: 1, requiredAgents: 1, scheduledAgents: 1, simulated: { voice: figures }, met: true, intervalCrossesTarget: [] };
    const text = formatStaffing({ scenario: 's', seed: 1, team: 'phones', targets: [], by: 'interval', shrinkage: 0, replications: 2, iterations: 1, rows: [row], notes: [] });
    expect(text).toMatch(/00:00–00:30 +20\.0 +1 +1 +1 +0\.040% +4s +0\.0% +0\.0%\n/);
  });
});

describe('omnisim staff --brand (R7): targets for one brand\'s customers', () => {
  // Acme's own team serves only acme; the generalists serve both, so beta's customers wait for them.
  const TWO_BRANDS = `name: two brands
seed: 5
horizon: 8h
warmup: 30m
replications: 4
channels:
  voice:
    arrivals: { rate: 150/h }
    handleTime: { distribution: exponential, mean: 180s }
    serviceLevelThreshold: 20s
    brands: { acme: 70%, beta: 30% }
agents:
  - { team: acme-team, count: 7, capacity: { voice: 1 }, brands: [acme] }
  - { team: generalists, count: 2, capacity: { voice: 1 } }
`;
  const two = file('two-brands.yaml', TWO_BRANDS);
  const sized = (n: number) => runText(TWO_BRANDS.replace('count: 2, capacity', `count: ${n}, capacity`));

  it('sizes the team for the brand\'s service level: the brand meets it with that many, not with one fewer', async () => {
    const o = await omnisim('staff', two, '--target', 'voice:sl=80%/20s', '--brand', 'beta', '--by', 'team', '--json', '-');
    expect(o.code, o.err).toBe(0);
    const r = JSON.parse(o.out) as { team: string; brand: string; rows: { requiredAgents: number; simulated: { voice: { serviceLevel: { mean: number } } } }[]; notes: string[] };
    expect(r.team).toBe('generalists'); // the default team is one that takes beta's tickets
    expect(r.brand).toBe('beta');
    const n = r.rows[0]!.requiredAgents;
    const at = sized(n).brands!['beta']!.voice!.serviceLevel.mean!;
    expect(at).toBeGreaterThanOrEqual(0.8);
    expect(r.rows[0]!.simulated.voice.serviceLevel.mean).toBeCloseTo(at, 4); // the figure shown is the brand's, as `run` gives it
    expect(sized(n - 1).brands!['beta']!.voice!.serviceLevel.mean!).toBeLessThan(0.8);
    expect(r.notes.some((x) => x.includes("brand beta's customers"))).toBe(true);
  });

  it('a curve per slot reads the brand\'s figures in each slot', async () => {
    const o = await omnisim('staff', two, '--target', 'voice:sl=80%/20s', '--brand', 'beta', '--interval', '2h', '--json', '-');
    expect(o.code, o.err).toBe(0);
    const r = JSON.parse(o.out) as { rows: { met: boolean; simulated: { voice: { serviceLevel: { mean: number }; offered: { mean: number } } } }[] };
    expect(r.rows.length).toBe(4);
    for (const row of r.rows) {
      expect(row.met).toBe(true);
      expect(row.simulated.voice.serviceLevel.mean).toBeGreaterThanOrEqual(0.8);
      expect(row.simulated.voice.offered.mean).toBeLessThan(150 * 2 * 0.5); // beta's ≈ 30 % of a slot's ≈ 300 calls, not the channel's
    }
  });

  it('refuses a brand the scenario does not have, a team that does not take it, and an occupancy target', async () => {
    const unknown = await omnisim('staff', two, '--target', 'voice:sl=80%/20s', '--brand', 'gamma');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('--brand: no brand "gamma" (brands: acme, beta)');
    const wrongTeam = await omnisim('staff', two, '--target', 'voice:sl=80%/20s', '--brand', 'beta', '--team', 'acme-team');
    expect(wrongTeam.code).toBe(1);
    expect(wrongTeam.err).toContain('team "acme-team" takes only acme, so no number of its agents serves beta\'s customers. Size a team that takes beta (--team generalists).');
    const occupancy = await omnisim('staff', two, '--target', 'voice:occupancy=85%', '--brand', 'beta');
    expect(occupancy.code).toBe(1);
    expect(occupancy.err).toContain('occupancy is not a brand\'s');
    const noBrands = await omnisim('staff', file('plain.yaml', SMALL_VOICE), '--target', 'voice:sl=80%/20s', '--brand', 'beta');
    expect(noBrands.code).toBe(1);
    expect(noBrands.err).toContain('--brand: no brand "beta": the scenario has no brands');
    for (const o of [unknown, wrongTeam, occupancy, noBrands]) expect(o.err).not.toMatch(/\n\s+at /);
  });
});
