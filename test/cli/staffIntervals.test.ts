// `omnisim staff` gave its simulated figures as bare means ("88.9%"): a planner choosing between
// 13 and 14 agents could not tell how sure they were. Each is now its mean ± the half-width of
// its 95 % interval, as `run` prints it (and {mean, ci95} in --json, its ends in --csv); a figure
// whose mean meets its target but whose interval crosses it is marked "?" with a footnote, and
// the column heads say the targets.

import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { omnisim } from '../support/cli.ts';
import { SMALL_VOICE, runText } from '../support/scenarios.ts';
import { formatEstimate } from '../../sim/cli/formatEstimate.ts';
import { crossingTargets } from '../../sim/run/intervalCrossesTarget.ts';
import type { SlotFigures, StaffingResult } from '../../sim/run/staffing.ts';
import type { Estimate } from '../../sim/metrics/Estimate.ts';

const dir = mkdtempSync(join(tmpdir(), 'omnisim-staff-ci-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// E1's calls for two hours, six replications: intervals a few points wide.
const SIX = SMALL_VOICE.replace('replications: 2', 'replications: 6');
const small = join(dir, 'small.yaml');
writeFileSync(small, SIX);
const target = ['--target', 'voice:sl=80%/20s'];

describe('omnisim staff: each simulated figure with its 95 % interval', () => {
  it('--json gives {mean, ci95}, the figures `run` reports at the staffing found', async () => {
    const o = await omnisim('staff', small, ...target, '--by', 'team', '--json', '-');
    expect(o.code, o.err).toBe(0);
    const r = JSON.parse(o.out) as StaffingResult;
    const row = r.rows[0]!;
    const report = runText(SIX.replace('count: 14', `count: ${row.requiredAgents}`)).channels['voice']!;
    // To the six significant digits --json writes.
    const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(5e-6 * Math.abs(b));
    const same = (a: Estimate, b: Estimate) => {
      near(a.mean!, b.mean!);
      near(a.ci95![0], b.ci95![0]);
      near(a.ci95![1], b.ci95![1]);
    };
    same(row.simulated['voice']!.serviceLevel, report.serviceLevel);
    same(row.simulated['voice']!.asaSeconds, report.asaSeconds);
    same(row.simulated['voice']!.occupancy, report.occupancy);
    expect(r.targets).toEqual([{ channel: 'voice', serviceLevel: { fraction: 0.8, threshold: 20 } }]);
  });

  it('the table prints them as run does, under heads that say the target', async () => {
    const json = JSON.parse((await omnisim('staff', small, ...target, '--by', 'team', '--json', '-')).out) as StaffingResult;
    const o = await omnisim('staff', small, ...target, '--by', 'team');
    expect(o.code, o.err).toBe(0);
    const [head, , line] = o.out.split('\n').slice(2);
    expect(head!.split(/\s{2,}/).slice(-4)).toEqual(['voice SL ≥ 80% in 20s', 'voice ASA', 'voice abandon', 'voice occupancy']);
    const f = json.rows[0]!.simulated['voice']!;
    const cells = line!.trim().split(/\s{2,}/).slice(-4).map((c) => c.replace(/ \?$/, ''));
    expect(cells).toEqual([formatEstimate(f.serviceLevel, 'percent'), formatEstimate(f.asaSeconds, 'seconds'), formatEstimate(f.abandonRate, 'percent'), formatEstimate(f.occupancy, 'percent')]);
    expect(cells[0]).toMatch(/^\d+\.\d% (± \d+\.\d%|\(\d+\.\d–\d+\.\d%\))$/);
  });

  it('--csv gives each figure\'s interval ends and which figures\' intervals cross their target', async () => {
    const o = await omnisim('staff', small, ...target, '--by', 'team', '--csv', '-');
    expect(o.code, o.err).toBe(0);
    const [head, row] = o.out.trim().split('\n').map((l) => l.split(','));
    const at = (name: string) => row![head!.indexOf(name)];
    expect(head).toContain('voice_service_level_ci95_low');
    expect(Number(at('voice_service_level_ci95_low'))).toBeLessThan(Number(at('voice_service_level')));
    expect(Number(at('voice_service_level_ci95_high'))).toBeGreaterThan(Number(at('voice_service_level')));
    // After it: why a target is not met, where staff can tell (empty here), and from how many agents the figure levelled off.
    expect(head!.slice(-3)).toEqual(['interval_crosses_target', 'not_met_because', 'levels_off_from_agents']);
    expect(row!.slice(-2)).toEqual(['', '']);
  });
});

describe('omnisim staff: a target met by the mean, not surely', () => {
  // Two replications per check: the interval of each slot's service level (t with one degree of
  // freedom) is tens of points wide, and reaches below 80 % where the mean is above it.
  const two = join(dir, 'two.yaml');
  writeFileSync(two, SMALL_VOICE);

  it('is marked "?" and a footnote says more replications are needed; --json lists the figure', async () => {
    const json = JSON.parse((await omnisim('staff', two, ...target, '--interval', '30m', '--json', '-')).out) as StaffingResult;
    const crossing = json.rows.filter((row) => row.intervalCrossesTarget.length > 0);
    expect(crossing.length).toBeGreaterThan(0);
    for (const row of json.rows) {
      const sl = row.simulated['voice']!.serviceLevel;
      const crosses = row.met && sl.mean! >= 0.8 && sl.ci95![0] < 0.8;
      expect(row.intervalCrossesTarget).toEqual(crosses ? ['voice.serviceLevel'] : []);
    }
    const o = await omnisim('staff', two, ...target, '--interval', '30m');
    const marked = o.out.split('\n').filter((l) => /^\d\d:\d\d–/.test(l) && / \?(\s|$)/.test(l));
    expect(marked.length).toBe(crossing.length);
    expect(o.out).toContain('\n? the mean meets the target, but the 95 % interval crosses it: more replications (--replications) to be sure\n');
  });

  it('is not marked when the interval stays on the right side (a footnote only where a mark is)', async () => {
    // 14 agents: 85.7 % ± 4.8 % against 80 %.
    const o = await omnisim('staff', small, ...target, '--by', 'team');
    expect(o.code, o.err).toBe(0);
    expect(o.out).toMatch(/ 85\.7% ± 4\.8% /);
    expect(o.out).not.toContain('?');
  });
});

describe('crossingTargets', () => {
  const e = (mean: number | null, lo: number, hi: number): Estimate => ({ mean, ci95: mean === null ? null : [lo, hi] });
  const f = (o: Partial<SlotFigures>): SlotFigures => ({
    serviceLevel: e(0.9, 0.85, 0.95), asaSeconds: e(10, 8, 12), abandonRate: e(0.03, 0.02, 0.04), occupancy: e(0.8, 0.78, 0.82), heldOffCapacity: e(0, 0, 0), offered: e(100, 90, 110), deflected: e(0, 0, 0), ...o,
  });
  const all = { channel: 'voice' as const, serviceLevel: { fraction: 0.8, threshold: 20 }, maxAsaSeconds: 11, maxAbandonRate: 0.05, maxOccupancy: 0.85 };

  it('names each goal met by its mean whose interval reaches past it: ASA, abandon and occupancy from above, service level from below', () => {
    expect(crossingTargets(f({}), all)).toEqual(['asaSeconds']); // 10s ± 2s against ≤ 11s
    expect(crossingTargets(f({ serviceLevel: e(0.81, 0.79, 0.83), abandonRate: e(0.049, 0.04, 0.058), occupancy: e(0.84, 0.8, 0.88) }), all))
      .toEqual(['serviceLevel', 'asaSeconds', 'abandonRate', 'occupancy']);
  });

  it('leaves out a goal the mean misses (the row is not met: "!"), one without an interval, and a slot with nothing to serve', () => {
    expect(crossingTargets(f({ asaSeconds: e(12, 10, 14) }), all)).toEqual([]);
    expect(crossingTargets(f({ asaSeconds: { mean: 10, ci95: null } }), all)).toEqual([]);
    expect(crossingTargets(f({ offered: e(0, 0, 0) }), all)).toEqual([]);
    expect(crossingTargets(f({}), { channel: 'voice', serviceLevel: { fraction: 0.8, threshold: 20 } })).toEqual([]);
  });
});
