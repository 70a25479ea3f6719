// Staffing search (`omnisim staff`): the fewest agents of one team that meet service targets —
// for the whole run (per team), or per slot of the day (a staffing curve). It starts from the
// Erlang estimate of each slot and confirms by simulation, adding agents where the simulated
// figures miss a target (the help desk's real behaviour — offers, sessions, other teams —
// is what the simulation adds to the formula). Shrinkage turns required into scheduled agents.

import type { CompiledScenario } from '../engine/compileScenario.ts';
import { compileScenario } from '../engine/compileScenario.ts';
import type { Scenario, TeamConfig } from '../scenario/Scenario.ts';
import type { ChannelName } from '../model/codes.ts';
import { CHANNELS } from '../model/codes.ts';
import { minimumAgents } from '../analytic/staffing.ts';
import { makeDistribution } from '../kernel/distributions/makeDistribution.ts';
import { makeCount } from '../kernel/distributions/CountDistribution.ts';
import { humanShare } from '../scenario/AiAgentConfig.ts';
import { channelCapacity, teamCapacity } from '../scenario/channelCapacity.ts';
import { unboundedHolding } from '../scenario/unboundedHolding.ts';
import { expectedArrivals } from './expectedArrivals.ts';
import { checkedRuns as run, occupancyOf } from './staffOccupancy.ts';
import type { Slot } from './staffOccupancy.ts';
import type { RunSummary } from '../metrics/RunMetrics.ts';
import { estimate } from '../metrics/Estimate.ts';
import type { Estimate } from '../metrics/Estimate.ts';
import { rangeOf } from './metricUnit.ts';
import { crossingTargets } from './intervalCrossesTarget.ts';
import { missedGoals } from './missedGoals.ts';
import { climbSlots } from './slotClimb.ts';
import { slotNotMet, slotNotMetNotes } from './slotsNotMet.ts';
import { customersOf, meanMissedAtEnd } from './customersOf.ts';
import { levelsOffSince } from './levelsOff.ts';
import type { LevelsOff } from './levelsOff.ts';
import { notMet } from './notMet.ts';
import type { NotMet } from './notMet.ts';
import { InputError } from '../InputError.ts';
import { brandShare, channelRate, checkBrand } from './brandStaffing.ts';
import { abandonGoalNotes } from './abandonGoalNote.ts';
import { dayVariationNote, slotDays } from './slotDays.ts';
import { formatDuration } from '../scenario/units.ts';

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

/** The scenario with the team staffed as given (a count, or a curve), recompiled. */
function withStaffing(sc: Scenario, team: number, staffing: number | number[], interval: number, windows?: Scenario['report']['windows']): CompiledScenario {
  const teams = sc.teams.map((t, i): TeamConfig => {
    if (i !== team) return t;
    if (typeof staffing === 'number') return { ...t, count: staffing, staffing: null };
    return { ...t, count: Math.max(0, ...staffing), shift: null, staffing: { interval, counts: staffing } };
  });
  // Per slot: report windows by creation time, and series buckets one slot long (occupancy).
  const next: Scenario = { ...sc, teams, report: windows === undefined ? sc.report : { ...sc.report, windows, seriesInterval: interval } };
  const c = compileScenario(next);
  if (c.problems.length > 0) throw new InputError(c.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return c.compiled;
}

/** Mean work per ticket of a channel, in seconds (a conversation's length for exchanges). */
function meanWork(sc: Scenario, channel: ChannelName): number {
  const c = sc.channels[CHANNELS.indexOf(channel)]!;
  if (channel === 'messaging' && c.conversation.mode === 'exchanges') {
    const conv = c.conversation;
    const n = makeCount(conv.exchanges).mean;
    return n * makeDistribution(conv.agentReplyTime).mean + (n - 1) * makeDistribution(conv.customerThinkTime).mean;
  }
  return makeDistribution(c.handleTime).mean + (c.wrapUp ? makeDistribution(c.wrapUp).mean : 0);
}

/** Erlang's minimum agents of the team for a channel at a rate (the team alone serving it); null
 *  when no number of agents reaches the target by the formulas (say, a service level of 100 %). */
function erlangAgents(sc: Scenario, team: number, target: ChannelTarget, ratePerSecond: number): number | null {
  if (ratePerSecond <= 0) return 0;
  const k = teamCapacity(sc, sc.teams[team]!, target.channel);
  if (k <= 0) return 0;
  const c = sc.channels[CHANNELS.indexOf(target.channel)]!;
  const patience = c.patience && c.patience.distribution === 'exponential' ? makeDistribution(c.patience).mean : undefined;
  try {
    return minimumAgents(
      {
        arrivalRatePerSecond: ratePerSecond, meanHandleSeconds: meanWork(sc, target.channel), concurrency: k,
        thresholdSeconds: target.serviceLevel?.threshold ?? c.serviceLevelThreshold, ...(patience ? { patienceSeconds: patience } : {}),
      },
      {
        ...(target.serviceLevel ? { serviceLevel: target.serviceLevel.fraction } : {}),
        ...(target.maxAsaSeconds !== undefined ? { maxAsaSeconds: target.maxAsaSeconds } : {}),
        ...(target.maxAbandonRate !== undefined ? { maxAbandonRate: target.maxAbandonRate } : {}),
        ...(target.maxOccupancy !== undefined ? { maxOccupancy: target.maxOccupancy } : {}),
      },
    ).agents;
  } catch {
    return null;
  }
}

/**
 * The fewest agents of the team with which all the agents together hold more than the channel's
 * load at `ratePerSecond` (the other teams at full count: the most they can help). Below it, with
 * no customer giving up, the queue grows without limit: nobody abandons and every agent is busy,
 * so a finite run "meets" an abandon or occupancy target that no real day would. 0 where such a
 * queue need not grow (patience, email, exchanges, replay; see unboundedHolding).
 */
function stableFloor(sc: Scenario, team: number, channel: ChannelName, ratePerSecond: number): number {
  const holding = unboundedHolding(sc.channels[CHANNELS.indexOf(channel)]!);
  const k = teamCapacity(sc, sc.teams[team]!, channel);
  if (holding === null || k <= 0 || ratePerSecond <= 0) return 0;
  const load = ratePerSecond * holding;
  const others = channelCapacity(sc, channel) - sc.teams[team]!.count * k;
  // A load a hair below a whole number of units (rounding) is that number: it needs one more.
  return load < others ? 0 : Math.floor((load - others) / k + 1e-9) + 1;
}

/**
 * A rate as integrating it over the day left it, less the last bits of rounding: 200/h × 3 min
 * at a slot's 199.99999999999997/h is 9.999… Erlangs, which 10 agents "carry" at an infinite wait.
 */
function exact(ratePerSecond: number): number {
  return Number(ratePerSecond.toPrecision(12));
}

/** R6: the part of a channel's arrival rate that reaches routing; R7: the brand's part of it. */
function routedRate(ch: Scenario['channels'][number], perSecond: number, brand: string | undefined): number {
  return exact(perSecond * humanShare(ch.aiAgent)) * brandShare(ch, brand);
}

/**
 * The simulated figures of a channel — or of one brand's customers on it (R7) — overall or in
 * one slot of the day, as means over replications with their intervals (cut to the figure's
 * range, as the report's). Occupancy is the channel's either way.
 */
function figures(runs: RunSummary[], channel: ChannelName, slot: Slot | null, brand?: string): SlotFigures {
  const of = (key: keyof SlotFigures, values: number[]) => estimate(values, 0.95, rangeOf(key));
  const pick = (key: 'serviceLevel' | 'asaSeconds' | 'abandonRate' | 'offered' | 'deflected') => of(key, runs.map((r) => customersOf(r, channel, slot?.index ?? null, brand)?.[key] ?? NaN));
  const occupancy = runs.map((r) => occupancyOf(r, channel, slot)); // once per replication, read twice below
  return {
    serviceLevel: pick('serviceLevel'),
    asaSeconds: pick('asaSeconds'),
    abandonRate: pick('abandonRate'),
    occupancy: of('occupancy', occupancy.map((o) => o.occupancy)),
    heldOffCapacity: of('heldOffCapacity', occupancy.map((o) => o.held)),
    offered: pick('offered'),
    deflected: pick('deflected'),
  };
}

/** Whether the simulated means meet the target. */
function meets(f: SlotFigures, t: ChannelTarget): boolean {
  return missedGoals(f, t).length === 0;
}

/** A row's simulated figures per target channel, and those whose interval crosses a target. */
function simulatedRow(targets: readonly ChannelTarget[], figuresOf: (t: ChannelTarget) => SlotFigures): Pick<StaffingRow, 'simulated' | 'intervalCrossesTarget'> {
  const simulated: Record<string, SlotFigures> = {};
  for (const t of targets) simulated[t.channel] ??= figuresOf(t);
  const crossing = targets.flatMap((t) => crossingTargets(simulated[t.channel]!, t).map((k) => `${t.channel}.${k}`));
  return { simulated, intervalCrossesTarget: [...new Set(crossing)] };
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

function brandOf(o: StaffingOptions): { brand?: string } {
  return o.brand !== undefined ? { brand: o.brand } : {};
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
  if (86400 % o.interval !== 0) throw new InputError('--interval must divide the day (e.g. 15m, 30m, 1h)');
  const slots = 86400 / o.interval;
  // Each slot's rate over the days of the run with arrivals in it (a curve serves every day; see slotDays).
  const perDay = new Map(o.targets.map((t) => [t.channel, slotDays(sc.channels[CHANNELS.indexOf(t.channel)]!, sc.startWeekday, sc.horizon, o.interval)]));
  const rates = o.targets.map((t) => {
    const ch = sc.channels[CHANNELS.indexOf(t.channel)]!;
    return perDay.get(t.channel)!.rates.map((r) => (r > 0 ? routedRate(ch, r, o.brand) : 0));
  });
  for (const [channel, d] of perDay) {
    const note = dayVariationNote(channel, d, o.interval);
    if (note !== null) notes.push(note);
  }
  const erlang = Array.from({ length: slots }, (_, i) => Math.max(0, ...o.targets.map((t, j) => erlangAgents(sc, team, t, rates[j]![i]!) ?? 1)));
  const floors = Array.from({ length: slots }, (_, i) => Math.max(0, ...o.targets.map((t, j) => stableFloor(sc, team, t.channel, channelRate(sc, t, rates[j]![i]!, o.brand)))));
  let counts = erlang.map((n, i) => Math.max(n, floors[i]!));
  // A slot's occupancy is over the days with arrivals of the channel in it, as its rate (every
  // day where it has none on any).
  const slotOf = (index: number, channel: ChannelName): Slot => {
    const d = perDay.get(channel)!;
    return { index, slots, warmup: sc.warmup, ...(d.rates[index]! > 0 ? { days: d.days[index]! } : {}) };
  };
  const windows = Array.from({ length: slots }, (_, i) => ({ name: `slot ${i}`, from: i * o.interval, to: (i + 1) * o.interval, every: 86400 }));
  const slotFigures = (runs: RunSummary[], i: number, t: ChannelTarget) => figures(runs, t.channel, slotOf(i, t.channel), o.brand);
  // Up where a slot misses, until it meets its targets or levels off (slotClimb.ts).
  const climb = climbSlots(counts, {
    targets: o.targets, maxIterations: o.maxIterations, simulate: (c) => run(withStaffing(sc, team, c, o.interval, windows)), figuresOf: slotFigures,
    ...(o.onProgress ? { onProgress: o.onProgress } : {}),
  });
  counts = climb.counts;
  let { runs, iterations } = climb;
  const failing = climb.failing;
  const notMetOf = (i: number) => slotNotMet(o.targets, (t) => slotFigures(runs, i, t), climb.levelled.get(i));
  // Not those staff can tell why: more iterations change nothing there (the notes say why).
  const short = failing.filter((i) => notMetOf(i) === undefined).length;
  if (short > 0) notes.push(`${short} slot(s) still miss a target after ${o.maxIterations} iterations (raise --max-iterations)`);
  // Trim: the Erlang estimate counts only this team, but other teams may help. Take one agent
  // off every slot that can spare one; slots that then miss get theirs back and stay fixed.
  const frozen = new Set<number>(failing);
  for (let round = 0; failing.length === 0 && round < o.maxIterations; round++) {
    const trial = counts.map((n, i) => (n > floors[i]! && !frozen.has(i) ? n - 1 : n));
    if (trial.every((n, i) => n === counts[i])) break;
    const trialRuns = run(withStaffing(sc, team, trial, o.interval, windows));
    iterations++;
    const missed: number[] = [];
    for (let i = 0; i < slots; i++) {
      if (!o.targets.every((t) => meets(slotFigures(trialRuns, i, t), t))) missed.push(i);
    }
    o.onProgress?.(`trim ${round + 1}: ${missed.length} slot${missed.length === 1 ? '' : 's'} keep their agent`);
    if (missed.length === 0) {
      counts = trial;
      runs = trialRuns;
      continue;
    }
    for (const i of missed) frozen.add(i);
    // Confirm the trimmed curve without the missed slots' cuts before going on.
    const confirmed = trial.map((n, i) => (missed.includes(i) ? counts[i]! : n));
    const confirmRuns = run(withStaffing(sc, team, confirmed, o.interval, windows));
    iterations++;
    if (Array.from({ length: slots }, (_, i) => i).every((i) => o.targets.every((t) => meets(slotFigures(confirmRuns, i, t), t)))) {
      counts = confirmed;
      runs = confirmRuns;
    } else {
      break; // neighbouring slots interact; keep the last curve that met every target
    }
  }
  // The slots the run covers: a run shorter than a day reaches only the first ones.
  const covered = Math.min(86400, sc.horizon);
  const rows: StaffingRow[] = counts.flatMap((n, i) => {
    if (i * o.interval >= covered) return [];
    const unmet = failing.includes(i) ? notMetOf(i) : undefined;
    return [{
      from: i * o.interval,
      to: Math.min((i + 1) * o.interval, covered),
      arrivalsPerHour: Object.fromEntries(o.targets.map((t, j) => [t.channel, rates[j]![i]! * 3600])),
      erlangAgents: erlang[i]!,
      requiredAgents: n,
      scheduledAgents: scheduled(n),
      ...simulatedRow(o.targets, (t) => slotFigures(runs, i, t)),
      met: !failing.includes(i),
      ...(unmet !== undefined ? { notMet: unmet } : {}),
    }];
  });
  notes.push(...slotNotMetNotes(rows, o.targets, (row, channel) => meanMissedAtEnd(runs, channel, row.from / o.interval, o.brand)));
  notes.push('Required agents are productive agents of this team; scheduled agents add shrinkage.');
  return { scenario: sc.name, seed: sc.seed, team: o.team, ...brandOf(o), targets: o.targets, by: 'interval', shrinkage: o.shrinkage, replications: sc.replications, iterations, rows, notes };
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
        levelled = levelsOffSince(o.targets, cache.keys(), next, (m, t) => figures(cache.get(m)!, t.channel, null, o.brand));
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
