// The climb of a staffing curve (`omnisim staff --by interval`): simulate the curve, add agents
// to every slot that misses a target, and again, up to --max-iterations rounds. A slot no count
// meets — its customers deflected (R44), its tickets routed to nobody — kept the search going
// for every round it had (recipe C's nights: 1 agent to 9 in eight rounds, one more a round for
// as many rounds as --max-iterations allowed), and was shown at its last count with no word on
// why. Now each slot that misses is judged every round by levelsOff.ts's rule, as --by team is,
// against the counts that slot was tried at; the search stops once every slot that misses has
// levelled off: doubling its agents no longer moves the figures it misses.
//
// Until then the curve climbs as it always did, levelled slots too. Slots interact — a slot's
// agents take over its neighbours' backlog — so holding a levelled slot's count while the others
// climb would change their path, and the counts of slots that meet their targets (recipe G at
// abandon=5% and two replications: its 05:00–06:00 slots met at 2 agents where the climb gives
// 3). As it is, a slot that can be met gets exactly the count it had; and a slot judged levelled
// off in one round is judged again in the next, on its latest figures (its neighbours' agents
// move them too), so the search stops on the figures the result shows.

import type { RunSummary } from '../metrics/RunMetrics.ts';
import type { ChannelTarget, SlotFigures } from './staffing.ts';
import { missedGoals } from './missedGoals.ts';
import { levelsOffSince } from './levelsOff.ts';
import type { LevelsOff } from './levelsOff.ts';

export interface SlotClimbOptions {
  targets: readonly ChannelTarget[];
  maxIterations: number;
  /** The replications each round's figures are means over. */
  replications: number;
  /** The replications of the scenario with the team staffed by the curve `counts`. */
  simulate: (counts: number[]) => RunSummary[];
  /** A slot's figures for a target's channel in those replications. */
  figuresOf: (runs: RunSummary[], slot: number, t: ChannelTarget) => SlotFigures;
  onProgress?: (message: string) => void;
}

export interface SlotClimb {
  counts: number[];
  /** The replications at `counts`. */
  runs: RunSummary[];
  /** Simulations run. */
  iterations: number;
  /** The slots missing a target at `counts`. */
  failing: number[];
  /** Of them, those that levelled off at `counts`, with the doubling that did not move their missed figures. */
  levelled: Map<number, LevelsOff>;
}

/** The curve from `start`, each slot that misses one agent more a round (5 % above 20), until every
 *  slot meets its targets or has levelled off, or the rounds run out. */
export function climbSlots(start: readonly number[], o: SlotClimbOptions): SlotClimb {
  let counts = [...start];
  let runs: RunSummary[] = [];
  let failing: number[] = [];
  let levelled = new Map<number, LevelsOff>();
  // Per slot, its figures at each count it missed at: what the rule compares.
  const tried = start.map(() => new Map<number, Map<ChannelTarget, SlotFigures>>());
  let iterations = 0;
  while (iterations < o.maxIterations) {
    runs = o.simulate(counts);
    iterations++;
    failing = [];
    levelled = new Map();
    for (let i = 0; i < counts.length; i++) {
      const figures = new Map(o.targets.map((t) => [t, o.figuresOf(runs, i, t)]));
      if (o.targets.every((t) => missedGoals(figures.get(t)!, t).length === 0)) continue;
      failing.push(i);
      tried[i]!.set(counts[i]!, figures);
      const l = levelsOffSince(o.targets, tried[i]!.keys(), counts[i]!, (n, t) => tried[i]!.get(n)!.get(t)!, o.replications);
      if (l !== null) levelled.set(i, l);
    }
    o.onProgress?.(`iteration ${iterations}: ${failing.length} slot${failing.length === 1 ? '' : 's'} below target` +
      (levelled.size > 0 ? ` (${levelled.size} levelled off)` : ''));
    // Not after the last round: the counts shown are those simulated.
    if (levelled.size === failing.length || iterations === o.maxIterations) break;
    counts = counts.map((n, i) => (failing.includes(i) ? n + Math.max(1, Math.ceil(n * 0.05)) : n));
  }
  return { counts, runs, iterations, failing, levelled };
}
