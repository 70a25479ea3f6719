// The climb of a staffing curve (sim/run/slotClimb.ts) on made-up figures, no simulation: a slot
// that can be met climbs exactly as it did before the levelling-off rule, a slot that cannot
// climbs with it until the rule says so, and the search stops once every slot that misses has
// levelled off. And the note that names such slots (sim/run/slotsNotMet.ts).

import { describe, expect, it } from 'vitest';
import { climbSlots } from '../../sim/run/slotClimb.ts';
import { slotNotMetNotes } from '../../sim/run/slotsNotMet.ts';
import type { ChannelTarget, SlotFigures, StaffingRow } from '../../sim/run/staffing.ts';
import type { RunSummary } from '../../sim/metrics/RunMetrics.ts';
import type { Estimate } from '../../sim/metrics/Estimate.ts';

const e = (mean: number, half = 0): Estimate => ({ mean, ci95: [mean - half, mean + half] });
const fig = (serviceLevel: number, occupancy: number, offered = 100): SlotFigures => ({
  serviceLevel: e(serviceLevel, 0.02), occupancy: e(occupancy), asaSeconds: e(5), abandonRate: e(0), heldOffCapacity: e(0), offered: e(offered), deflected: e(0),
});
const target: ChannelTarget = { channel: 'messaging', serviceLevel: { fraction: 0.8, threshold: 60 } };

/** A curve whose slot figures are functions of the slot's count; each "run" carries the counts simulated. */
function climb(start: number[], slots: ((n: number) => SlotFigures)[], maxIterations = 8) {
  const simulated: number[][] = [];
  const r = climbSlots(start, {
    targets: [target], maxIterations, replications: 2,
    simulate: (counts) => {
      simulated.push([...counts]);
      return [{ counts } as unknown as RunSummary];
    },
    figuresOf: (runs, slot) => slots[slot]!((runs[0] as unknown as { counts: number[] }).counts[slot]!),
  });
  return { ...r, simulated };
}

// Met at 4 agents (20 % a head), busy: the agents are what it lacks.
const reachable = (n: number) => fig(Math.min(1, 0.2 * n), 2 / n);
// 50 % at any count, the agents idle: customers no agent serves.
const capped = () => fig(0.5, 0.1);

describe('the climb of a curve', () => {
  it('a slot that can be met gets the count it always got; the one that cannot climbs with it, and the search stops when it has levelled off', () => {
    const r = climb([1, 1, 1], [reachable, capped, () => fig(0.9, 0.6)]);
    expect(r.simulated).toEqual([[1, 1, 1], [2, 2, 1], [3, 3, 1], [4, 4, 1]]);
    expect([r.counts, r.iterations, r.failing]).toEqual([[4, 4, 1], 4, [1]]);
    expect([...r.levelled.keys()]).toEqual([1]);
    expect(r.levelled.get(1)!).toMatchObject({ from: 2, to: 4 });
  });

  it('stops at the first doubling when nothing else misses (a slot from 3 agents: compared with itself at 3, at 6)', () => {
    const r = climb([3], [capped]);
    expect(r.simulated.map((c) => c[0])).toEqual([3, 4, 5, 6]);
    expect(r.levelled.get(0)).toMatchObject({ from: 3, to: 6 });
  });

  it('goes on to --max-iterations while a figure still moves with the agents, or the agents are busy', () => {
    const creeping = (n: number) => fig(0.4 + 0.03 * n, 0.3);
    const busy = () => fig(0.5, 0.9);
    const r = climb([1, 1], [creeping, busy], 6);
    // The counts of the last round, not one more that was never simulated (as the search gave before).
    expect([r.iterations, r.counts, r.failing, r.levelled.size]).toEqual([6, [6, 6], [0, 1], 0]);
  });

  it('a slot whose levelled figure its neighbours then move is judged again, on its latest figures', () => {
    let round = 0;
    const neighbourly = (n: number) => fig(round++ < 2 ? 0.5 : 0.5 + 0.05 * n, 0.1);
    const r = climb([1, 1], [reachable, neighbourly], 5);
    expect(r.simulated.map((c) => c[1])).toEqual([1, 2, 3, 4, 5]); // levelled off at 2, not at 3 and after
    expect([r.failing, r.levelled.size]).toEqual([[1], 0]);
  });
});

describe('the note on slots that levelled off', () => {
  const row = (hour: number, sl: number, from: number, to: number): StaffingRow => ({
    from: hour * 3600, to: (hour + 1) * 3600, arrivalsPerHour: { messaging: 20 }, erlangAgents: from, requiredAgents: to, scheduledAgents: to,
    simulated: { messaging: fig(sl, 0.2, 20) }, met: false, intervalCrossesTarget: [],
    notMet: { because: ['moreAgentsDoNotMoveIt'], levelsOff: { from, to, figures: [{ channel: 'messaging', figure: 'serviceLevel', target: 0.8, atFrom: e(sl), atTo: e(sl), occupancy: e(0.2) }] } },
  });

  it('groups the slots by figure and cause, names them by span, and gives the range of what they level off at', () => {
    const rows = [row(17, 0.61, 2, 4), row(18, 0.64, 3, 6), row(20, 0.62, 2, 4)];
    const [note, ...more] = slotNotMetNotes(rows, [target], () => 0);
    expect(more).toEqual([]);
    expect(note).toBe('slots 17:00–19:00, 20:00–21:00: the messaging service level levels off at 61.0–64.0%, short of its target (≥ 80%): ' +
      '61.0–64.0% with 2–3 agents, 61.0–64.0% with 4–6 at 20.0% occupancy. Doubling a slot\'s agents moved it by no more than the half-width of its ' +
      '95 % interval, with the agents idle half the time or more: more agents do not help there (marked !). Deflected customers (R44) do not account ' +
      'for it, and the curve has agents on shift whenever these slots\' customers arrive. `omnisim run` with the curve as the team\'s staffing shows where their customers wait.');
  });

  it('points at a ticket still waiting at the end, from the first slot\'s start', () => {
    const [note] = slotNotMetNotes([row(17, 0.61, 2, 4)], [target], () => 5);
    expect(note).toMatch(/^slot 17:00–18:00: .* 5 of 20 messaging customers per replication who arrived in it are still waiting past the threshold when the run ends: `omnisim trace --find not-routed --after 17:00`/);
  });
});
