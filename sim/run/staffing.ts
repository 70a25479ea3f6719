// Staffing search (`omnisim staff`): the fewest agents of one team that meet service targets —
// for the whole run (per team), or per slot of the day (a staffing curve). It starts from the
// Erlang estimate of each slot and confirms by simulation, adding agents where the simulated
// figures miss a target (the help desk's real behaviour — offers, sessions, other teams —
// is what the simulation adds to the formula). Shrinkage turns required into scheduled agents.
// Here: the types, the checks of the request, and the search per team; the curve is in
// staffCurve.ts, Erlang's estimates in staffErlang.ts, the simulated figures in staffFigures.ts.

import type { CompiledScenario } from '../engine/compileScenario.ts';
import type { Scenario, TeamConfig } from '../scenario/Scenario.ts';
import type { ChannelName } from '../model/codes.ts';
import { CHANNELS } from '../model/codes.ts';
import { teamCapacity } from '../scenario/channelCapacity.ts';
import { expectedArrivals } from './expectedArrivals.ts';
import { checkedRuns as run } from './staffOccupancy.ts';
import type { RunSummary } from '../metrics/RunMetrics.ts';
import type { Estimate } from '../metrics/Estimate.ts';
import { levelsOffSince } from './levelsOff.ts';
import type { LevelsOff } from './levelsOff.ts';
import { notMet } from './notMet.ts';
import type { NotMet } from './notMet.ts';
import { InputError } from '../InputError.ts';
import { channelRate, checkBrand } from './brandStaffing.ts';
import { abandonGoalNotes } from './abandonGoalNote.ts';
import { slotDays } from './slotDays.ts';
import { formatDuration } from '../scenario/units.ts';
import { erlangAgents, routedRate, stableFloor } from './staffErlang.ts';
import { brandOf, figures, meets, simulatedRow, withStaffing } from './staffFigures.ts';
import { staffCurve } from './staffCurve.ts';

export interface ChannelTarget {
  channel: ChannelName;
  /** Fraction answered within `threshold` seconds. */
  serviceLevel?: { fraction: number; threshold: number };
  /** ASA: the mean wait of answered tickets (the report's asaSeconds), as Erlang's maxAsaSeconds. */
  maxAsaSeconds?: number;
  maxAbandonRate?: number;
  maxOccupancy?: number;
}

export interface StaffingOptions {
  team: string;
  targets: ChannelTarget[];
  /** R7: the targets are for this brand's customers (its figures, not the channel's). */
  brand?: string;
  /** 'team': one number for the whole run; 'interval': a count per slot of the day. */
  by: 'team' | 'interval';
  interval: number;
  shrinkage: number;
  maxIterations: number;
  onProgress?: (message: string) => void;
}

/** Each figure is its mean over the replications with its 95 % interval, as the report gives one:
 *  a planner choosing a headcount needs to know how sure a service level of 80.1 % is. */
export interface SlotFigures {
  serviceLevel: Estimate;
  asaSeconds: Estimate;
  abandonRate: Estimate;
  /** Busy share of the channel's capacity (all teams), over the run or the slot's hours: the work
   *  of the agents that capacity counts, not work finished after a shift's end (runOccupancy). */
  occupancy: Estimate;
  /** Mean units of the channel held by agents off its capacity: finishing after their shift, on a
   *  break, or with no capacity on it (R43). Left out of occupancy. */
  heldOffCapacity: Estimate;
  offered: Estimate;
  /** Tickets whose session ended before an answer, not routed on (R44: a trigger's End session). */
  deflected: Estimate;
}

export interface StaffingRow {
  /** Seconds after midnight (per slot), or 0 for a whole-run answer. */
  from: number;
  to: number;
  arrivalsPerHour: Record<string, number>;
  erlangAgents: number;
  requiredAgents: number;
  scheduledAgents: number;
  /** Simulated figures per target channel at the required staffing. */
  simulated: Record<string, SlotFigures>;
  /** Every target met by the simulated means. */
  met: boolean;
  /** The figures ("voice.serviceLevel") whose mean meets its target but whose 95 % interval
   *  crosses it: more replications to be sure of them (see intervalCrossesTarget). */
  intervalCrossesTarget: string[];
  /** Where a target is missed and `staff` can tell why (notMet.ts); absent otherwise. */
  notMet?: NotMet;
}

export interface StaffingResult {
  scenario: string;
  /** The seed every check ran with (the scenario's, or --seed). */
  seed: number;
  team: string;
  /** R7: the brand whose customers the targets are for, when one was given. */
  brand?: string;
  /** What the simulated figures were checked against (a share as a fraction, times in seconds). */
  targets: ChannelTarget[];
  by: 'team' | 'interval';
  shrinkage: number;
  replications: number;
  iterations: number;
  rows: StaffingRow[];
  notes: string[];
}

/** What an asa= target bounds, said with the result (erlang --target asa= reads it the same way). */
export const ASA_NOTE = 'ASA is the mean wait of answered tickets, from arrival until an agent has the ticket (the report\'s asaSeconds); those who give up are not in it.';

function teamIndex(sc: Scenario, name: string): number {
  const i = sc.teams.findIndex((t) => t.name === name);
  if (i < 0) throw new InputError(`no team "${name}" (teams: ${sc.teams.map((t) => t.name).join(', ')})`);
  return i;
}


/** A target on a channel the team does not take is refused: no number of its agents meets it. */
function checkTargetsTaken(sc: Scenario, team: TeamConfig, targets: readonly ChannelTarget[]): void {
  for (const { channel } of targets) {
    if (teamCapacity(sc, team, channel) > 0) continue;
    const others = sc.teams.filter((t) => teamCapacity(sc, t, channel) > 0).map((t) => t.name);
    throw new InputError(`--target ${channel}: team "${team.name}" takes no ${channel} (its capacity rule "${team.capacityRule}" gives ${channel} 0), ` +
      `so no number of its agents meets a ${channel} target. ` +
      (others.length > 0 ? `Size a team that takes ${channel} (--team ${others.join(' or --team ')}), one run per team.` : `No team takes ${channel}.`));
  }
}

/** Service-level thresholds from the targets override the scenario's (so the figures match). */
function withThresholds(sc: Scenario, targets: ChannelTarget[]): Scenario {
  return {
    ...sc,
    channels: sc.channels.map((c) => {
      const t = targets.find((x) => x.channel === c.channel);
      return t?.serviceLevel ? { ...c, serviceLevelThreshold: t.serviceLevel.threshold } : c;
    }),
  };
}

export function findStaffing(base: CompiledScenario, o: StaffingOptions): StaffingResult {
  const sc = withThresholds(base.scenario, o.targets);
  const team = teamIndex(sc, o.team);
  checkTargetsTaken(sc, sc.teams[team]!, o.targets);
  if (o.brand !== undefined) checkBrand(sc, sc.teams[team]!, o.targets, o.brand);
  const notes: string[] = [];
  if (o.brand !== undefined) notes.push(`The targets are for brand ${o.brand}'s customers (R7): its figures, not the channel's.`);
  if (o.targets.some((t) => t.maxAsaSeconds !== undefined)) notes.push(ASA_NOTE);
  notes.push(...abandonGoalNotes(sc, o.targets));
  const scheduled = (n: number) => Math.ceil(n / (1 - o.shrinkage) - 1e-9);
  if (o.by === 'team') return byTeam(sc, team, o, notes, scheduled);
  return staffCurve(sc, team, o, notes, scheduled);
}

function byTeam(sc: Scenario, team: number, o: StaffingOptions, notes: string[], scheduled: (n: number) => number): StaffingResult {
  // Over the whole run (the floor), and over the slots with arrivals (the Erlang start and the
  // rate shown): a team sized for the hours calls come in, not for a mean the nights and a
  // weekend without any bring down (36/h for a week of 120/h weekdays started Erlang at 4 of 11).
  const runRates = o.targets.map((t) => {
    const ch = sc.channels[CHANNELS.indexOf(t.channel)]!;
    return routedRate(ch, expectedArrivals(ch, sc.startWeekday)(0, sc.horizon) / sc.horizon, o.brand);
  });
  const rates = o.targets.map((t) => {
    const ch = sc.channels[CHANNELS.indexOf(t.channel)]!;
    return routedRate(ch, slotDays(ch, sc.startWeekday, sc.horizon, o.interval).activeRate, o.brand);
  });
  o.targets.forEach((t, j) => {
    if (rates[j]! > runRates[j]! * (1 + 1e-9)) {
      notes.push(`${t.channel}/h is the mean rate over the ${formatDuration(o.interval)} slots with ${t.channel} arrivals, which the Erlang estimate starts from; over the whole run it is ${+(runRates[j]! * 3600).toFixed(1)}/h.`);
    }
  });
  const estimates = o.targets.map((t, j) => erlangAgents(sc, team, t, rates[j]!));
  const erlang = Math.max(1, ...estimates.map((x) => x ?? 1));
  const floor = Math.max(0, ...o.targets.map((t, j) => stableFloor(sc, team, t.channel, channelRate(sc, t, runRates[j]!, o.brand))));
  const start = Math.max(erlang, floor);
  const unreachable = o.targets.filter((_, j) => estimates[j] === null).map((t) => t.channel);
  if (unreachable.length > 0) {
    notes.push(`Erlang's formulas reach no ${unreachable.join(' or ')} target with any team size; the search starts from ${start}` +
      `${start > erlang ? ', the fewest with which the agents keep up with the arrivals' : ''}.`);
  }
  const cache = new Map<number, RunSummary[]>();
  const evaluate = (n: number) => {
    if (!cache.has(n)) {
      cache.set(n, run(withStaffing(sc, team, n, o.interval)));
      o.onProgress?.(`${n} agents simulated`);
    }
    const runs = cache.get(n)!;
    return o.targets.every((t) => meets(figures(runs, t.channel, null, o.brand), t));
  };
  // From the Erlang estimate, step down while it still meets the targets, or up until it does.
  // Down to none if other teams meet the targets without this one (as a slot of a curve can).
  let n = start;
  let unmet: NotMet | undefined;
  if (evaluate(n)) {
    // Never below the floor: there the queue grows without limit, whatever a finite run measures.
    while (n > floor && evaluate(n - 1)) n--;
  } else {
    // Up in doubling steps until a size meets the targets, then halve the gap down to the
    // smallest that does: a few simulations, not one per agent (an estimate far too low, say
    // for a target Erlang cannot reach, used to cost minutes).
    const cap = Math.max(start * 4, start + 200);
    let lo = n, hi = -1;
    // Stop once the agents no longer move the missed figures (levelsOff.ts): no size meets them.
    let levelled: LevelsOff | null = null;
    for (let step = 1; hi < 0 && lo < cap && levelled === null; step *= 2) {
      const next = Math.min(cap, lo + step);
      if (evaluate(next)) hi = next;
      else {
        lo = next;
        levelled = levelsOffSince(o.targets, cache.keys(), next, (m, t) => figures(cache.get(m)!, t.channel, null, o.brand), sc.replications);
      }
    }
    if (hi < 0) {
      n = lo;
      const runs = cache.get(n)!;
      const why = notMet({ sc, team: o.team, ...brandOf(o), targets: o.targets, runs, figuresOf: (t) => figures(runs, t.channel, null, o.brand), levelled, cap });
      notes.push(...why.notes);
      unmet = why.notMet;
    } else {
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (evaluate(mid)) hi = mid;
        else lo = mid;
      }
      n = hi;
    }
  }
  const runs = cache.get(n) ?? run(withStaffing(sc, team, n, o.interval));
  const tried = [...cache.keys()].sort((a, b) => a - b).join(', ');
  notes.push(`Erlang estimate ${erlang}; ${unmet !== undefined ? 'no size tried meets the targets' : `simulation ${n === erlang ? 'confirms it' : `says ${n}`}`} (${tried} tried).`);
  const simulated = simulatedRow(o.targets, (t) => figures(runs, t.channel, null, o.brand));
  return {
    scenario: sc.name, seed: sc.seed, team: o.team, ...brandOf(o), targets: o.targets, by: 'team', shrinkage: o.shrinkage, replications: sc.replications, iterations: cache.size,
    rows: [{
      from: 0, to: sc.horizon,
      arrivalsPerHour: Object.fromEntries(o.targets.map((t, j) => [t.channel, rates[j]! * 3600])),
      erlangAgents: erlang, requiredAgents: n, scheduledAgents: scheduled(n),
      ...simulated,
      met: o.targets.every((t) => meets(simulated.simulated[t.channel]!, t)),
      ...(unmet !== undefined ? { notMet: unmet } : {}),
    }],
    notes,
  };
}
