// When `omnisim staff` stops adding agents that cannot help. By team, the search climbs from
// the Erlang estimate in doubling steps until a size meets every target; some targets no size
// meets — deflected customers (R44) or customers who arrive when nobody is on shift cap the
// service level — and the search climbed to its cap (recipe C: 202 agents at 0.42 % occupancy
// for a service level stuck at 62 % against 80 %) and showed that as the answer.
//
// The rule. After a size `to` misses, take the largest size `from` tried with 2·from ≤ to (the
// agents at least doubled). The search stops — no team size meets the targets — when every
// figure that misses its target at `to` is a service level, an ASA or an abandon rate, and:
//  1. the channel's occupancy at `to` is at most LOW_OCCUPANCY: the agents are idle half their
//     time or more, so they are not what keeps the customers waiting (an overloaded team's
//     service level sits near 0 for a few sizes, then jumps). No occupancy at all — no agent on
//     shift at any time of the run — counts as idle;
//  2. the doubling moved the figure by no more than the half-width of its 95 % interval at
//     `to` (with one replication, no interval: not at all): it did not measurably move;
//  3. the figure is still short of its target by more than twice what the doubling gained: at
//     low occupancy each doubling gains less than the one before (about half as much, in the
//     service level of a backlog waiting for the next shift), so all the doublings still to
//     come would not close the gap. With two replications the interval is wide (its t factor is
//     12.7) and (2) alone would stop a target that creeps up to being met; (3) keeps searching;
//  4. for a share (service level, abandon rate), that gap is wider than what one customer's
//     outcome moves the mean by (1 / the customers offered over all the replications): a figure
//     one customer's luck brings to its target is no sign that agents cannot. A slot of a curve
//     offers a handful (a voice slot of 10 calls a replication read 8.3 % abandoned against 5 %
//     over two replications, one caller, the same at 5 agents as at 10 on common random numbers,
//     and met it at 11); a whole run offers hundreds, where this never decides.
// A missed occupancy target never levels off (more agents always lower the occupancy), and a
// figure with no value (no customer answered) cannot be judged: the search goes on. Everything
// is read from the replications' means and intervals, so the same seed gives the same stop.
//
// By interval (a staffing curve, slotClimb.ts), each slot that misses is judged the same way, by
// its own figures at the counts that slot was tried at: the curve adds a slot one agent a round
// (5 % above 20), so the rule can first judge it once its count has doubled.

import type { ChannelName } from '../model/codes.ts';
import type { Estimate } from '../metrics/Estimate.ts';
import type { ChannelTarget, SlotFigures } from './staffing.ts';
import { missedGoals } from './missedGoals.ts';

/** The highest occupancy at which a figure the agents no longer move counts as levelled off. */
export const LOW_OCCUPANCY = 0.5;

/** The figures that can level off short of a target. */
export type LevellingFigure = 'serviceLevel' | 'asaSeconds' | 'abandonRate';

export interface LevelledFigure {
  channel: ChannelName;
  figure: LevellingFigure;
  /** The target: a share for serviceLevel and abandonRate, seconds for asaSeconds. */
  target: number;
  /** The figure at `from` agents and at `to`. */
  atFrom: Estimate;
  atTo: Estimate;
  /** The channel's occupancy at `to`. */
  occupancy: Estimate;
}

/** The doubling after which the search stopped, and the figures it did not move. */
export interface LevelsOff {
  from: number;
  to: number;
  figures: LevelledFigure[];
}

/** The half-width of an interval (its wider side: an interval cut at 0 % or 100 % is lopsided); 0 without one. */
export function halfWidth(e: Estimate): number {
  return e.mean === null || e.ci95 === null ? 0 : Math.max(e.mean - e.ci95[0], e.ci95[1] - e.mean);
}

/** The size to compare `to` with: the largest tried with at least twice as few agents, or null. */
export function doublingFrom(tried: Iterable<number>, to: number): number | null {
  let from: number | null = null;
  for (const n of tried) if (n > 0 && 2 * n <= to && (from === null || n > from)) from = n;
  return from;
}

/**
 * After `to` agents missed: whether the missed targets levelled off since the largest size tried
 * with at most half as many (the rule above), with the figures that did; null when no such size
 * was tried or the search should go on. `omnisim staff` asks it of the team (--by team) and of
 * each slot of a curve (--by interval, the sizes that slot was tried at).
 */
export function levelsOffSince(targets: readonly ChannelTarget[], tried: Iterable<number>, to: number, figuresAt: (n: number, t: ChannelTarget) => SlotFigures, replications: number): LevelsOff | null {
  const from = doublingFrom(tried, to);
  return from === null ? null : levelsOff(targets, from, to, figuresAt, replications);
}

/**
 * Whether the targets missed at `to` agents levelled off since `from` (the rule above), with the
 * figures that did; null when the search should go on. The figures are means over `replications`.
 */
export function levelsOff(targets: readonly ChannelTarget[], from: number, to: number, figuresAt: (n: number, t: ChannelTarget) => SlotFigures, replications: number): LevelsOff | null {
  const figures: LevelledFigure[] = [];
  for (const t of targets) {
    const a = figuresAt(from, t), b = figuresAt(to, t);
    for (const { figure, target, higherIsBetter } of missedGoals(b, t)) {
      if (figure === 'occupancy') return null;
      // No occupancy: no agent took the channel at any time of the run, whatever their number.
      const x = a[figure].mean, y = b[figure].mean, occupancy = b.occupancy.mean ?? 0;
      if (x === null || y === null || !(occupancy <= LOW_OCCUPANCY)) return null;
      const gained = higherIsBetter ? y - x : x - y;
      const gap = higherIsBetter ? target - y : y - target;
      if (Math.abs(gained) > halfWidth(b[figure])) return null;
      if (!(gap > 2 * Math.max(0, gained))) return null;
      if (figure !== 'asaSeconds' && !(gap > 1 / (replications * (b.offered.mean ?? 0)))) return null;
      figures.push({ channel: t.channel, figure, target, atFrom: a[figure], atTo: b[figure], occupancy: b.occupancy });
    }
  }
  return figures.length > 0 ? { from, to, figures } : null;
}
