// What a staffing search (`omnisim staff`) reads from its simulations: the scenario with the team
// staffed as tried (a count, or a curve), and the figures it judges a staffing by — a channel's, or
// one brand's customers on it (R7), over the run or in one slot of the day (the report window
// `slot N`) — as means over the replications with their intervals.

import type { CompiledScenario } from '../engine/compileScenario.ts';
import { compileScenario } from '../engine/compileScenario.ts';
import type { Scenario, TeamConfig } from '../scenario/Scenario.ts';
import type { ChannelName } from '../model/codes.ts';
import type { CustomerFigures } from '../metrics/CustomerAcc.ts';
import type { RunSummary } from '../metrics/RunMetrics.ts';
import { estimate } from '../metrics/Estimate.ts';
import { occupancyOf } from './staffOccupancy.ts';
import type { Slot } from './staffOccupancy.ts';
import { rangeOf } from './metricUnit.ts';
import { crossingTargets } from './intervalCrossesTarget.ts';
import { missedGoals } from './missedGoals.ts';
import { InputError } from '../InputError.ts';
import type { ChannelTarget, SlotFigures, StaffingOptions, StaffingRow } from './staffing.ts';

/** One replication's figures; undefined where it has none (a brand without the channel, a slot the run did not reach). */
export function customersOf(r: RunSummary, channel: ChannelName, slot: number | null, brand: string | undefined): CustomerFigures | undefined {
  if (brand !== undefined) return slot === null ? r.brands?.[brand]?.[channel] : r.brandWindows?.[`slot ${slot}`]?.[brand]?.[channel];
  return slot === null ? r.channels[channel] : r.windows[`slot ${slot}`]?.[channel];
}

/** Customers still waiting past the threshold when the run ends, mean per replication. */
export function meanMissedAtEnd(runs: readonly RunSummary[], channel: ChannelName, slot: number | null, brand: string | undefined): number {
  const xs = runs.map((r) => customersOf(r, channel, slot, brand)?.missedAtEnd ?? 0);
  return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

/** The scenario with the team staffed as given (a count, or a curve), recompiled. */
export function withStaffing(sc: Scenario, team: number, staffing: number | number[], interval: number, windows?: Scenario['report']['windows']): CompiledScenario {
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

/**
 * The simulated figures of a channel — or of one brand's customers on it (R7) — overall or in
 * one slot of the day, as means over replications with their intervals (cut to the figure's
 * range, as the report's). Occupancy is the channel's either way.
 */
export function figures(runs: RunSummary[], channel: ChannelName, slot: Slot | null, brand?: string): SlotFigures {
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
export function meets(f: SlotFigures, t: ChannelTarget): boolean {
  return missedGoals(f, t).length === 0;
}

/** A row's simulated figures per target channel, and those whose interval crosses a target. */
export function simulatedRow(targets: readonly ChannelTarget[], figuresOf: (t: ChannelTarget) => SlotFigures): Pick<StaffingRow, 'simulated' | 'intervalCrossesTarget'> {
  const simulated: Record<string, SlotFigures> = {};
  for (const t of targets) simulated[t.channel] ??= figuresOf(t);
  const crossing = targets.flatMap((t) => crossingTargets(simulated[t.channel]!, t).map((k) => `${t.channel}.${k}`));
  return { simulated, intervalCrossesTarget: [...new Set(crossing)] };
}

export function brandOf(o: StaffingOptions): { brand?: string } {
  return o.brand !== undefined ? { brand: o.brand } : {};
}
