// A staffing curve (`omnisim staff --by interval`): a count of the team's agents per slot of
// the day, one curve for every day of the run. Each slot starts from its Erlang estimate (never
// under the agents who keep up with its arrivals), the curve climbs where slots miss until they
// meet their targets or level off (slotClimb.ts), then gives back agents other teams make
// unnecessary; slots that miss say why where staff can tell (slotsNotMet.ts).

import type { Scenario } from '../scenario/Scenario.ts';
import type { ChannelName } from '../model/codes.ts';
import { CHANNELS } from '../model/codes.ts';
import type { RunSummary } from '../metrics/RunMetrics.ts';
import { checkedRuns as run } from './staffOccupancy.ts';
import type { Slot } from './staffOccupancy.ts';
import { InputError } from '../InputError.ts';
import { channelRate } from './brandStaffing.ts';
import { dayVariationNote, slotDays } from './slotDays.ts';
import { erlangAgents, routedRate, stableFloor } from './staffErlang.ts';
import { brandOf, figures, meanMissedAtEnd, meets, simulatedRow, withStaffing } from './staffFigures.ts';
import { climbSlots } from './slotClimb.ts';
import { slotNotMet, slotNotMetNotes } from './slotsNotMet.ts';
import { unsampledNote, unsampledSlots } from './unsampledSlots.ts';
import type { ChannelTarget, StaffingOptions, StaffingResult, StaffingRow } from './staffing.ts';

/** The curve for team `team` of `sc` (the targets' thresholds in it), after the notes so far. */
export function staffCurve(sc: Scenario, team: number, o: StaffingOptions, notes: string[], scheduled: (n: number) => number): StaffingResult {
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
  const slotMeets = (runs: RunSummary[], i: number) => o.targets.every((t) => meets(slotFigures(runs, i, t), t));
  // Up where a slot misses, until it meets its targets or levels off (slotClimb.ts).
  const climb = climbSlots(counts, {
    targets: o.targets, maxIterations: o.maxIterations, replications: sc.replications, simulate: (c) => run(withStaffing(sc, team, c, o.interval, windows)), figuresOf: slotFigures,
    ...(o.onProgress ? { onProgress: o.onProgress } : {}),
  });
  counts = climb.counts;
  let { runs, iterations } = climb;
  const failing = climb.failing;
  // Why each failing slot misses, where staff can tell (the climb's runs: the trim below runs only when none fails).
  const unmetOf = new Map(failing.map((i) => [i, slotNotMet(o.targets, (t) => slotFigures(runs, i, t), climb.levelled.get(i))]));
  // Not those staff can tell why: more iterations change nothing there (the notes say why).
  const short = failing.filter((i) => unmetOf.get(i) === undefined).length;
  if (short > 0) notes.push(`${short} slot(s) still miss a target after ${o.maxIterations} iterations (raise --max-iterations)`);
  // Trim: the Erlang estimate counts only this team, but other teams may help. Take one agent
  // off every slot that can spare one; slots that then miss get theirs back and stay fixed.
  // Slots with arrivals forecast but none simulated "meet" any count: they keep theirs.
  const unsampled = unsampledSlots(o.targets, rates, (i, t) => slotFigures(runs, i, t));
  // The slots the run covers: a run shorter than a day reaches only the first ones.
  const covered = Math.min(86400, sc.horizon);
  const unsampledText = unsampledNote(unsampled, o.interval, covered, sc.replications);
  if (unsampledText !== null) notes.push(unsampledText);
  const frozen = new Set<number>([...failing, ...unsampled.slots]);
  for (let round = 0; failing.length === 0 && round < o.maxIterations; round++) {
    const trial = counts.map((n, i) => (n > floors[i]! && !frozen.has(i) ? n - 1 : n));
    if (trial.every((n, i) => n === counts[i])) break;
    const trialRuns = run(withStaffing(sc, team, trial, o.interval, windows));
    iterations++;
    const missed: number[] = [];
    for (let i = 0; i < slots; i++) if (!slotMeets(trialRuns, i)) missed.push(i);
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
    if (Array.from({ length: slots }, (_, i) => i).every((i) => slotMeets(confirmRuns, i))) {
      counts = confirmed;
      runs = confirmRuns;
    } else {
      break; // neighbouring slots interact; keep the last curve that met every target
    }
  }
  const rows: StaffingRow[] = counts.flatMap((n, i) => {
    if (i * o.interval >= covered) return [];
    const unmet = unmetOf.get(i);
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
