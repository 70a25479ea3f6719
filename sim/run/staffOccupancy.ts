// The replications a staffing search checks, each with the work held off the channels' capacity,
// and the occupancy `omnisim staff` reads from them (overall or in one slot of the day).

import type { CompiledScenario } from '../engine/compileScenario.ts';
import type { ChannelName } from '../model/codes.ts';
import type { RunSummary } from '../metrics/RunMetrics.ts';
import { metricsConfig, simulate } from './simulate.ts';
import { WorkOffCapacity } from './workOffCapacity.ts';
import type { OffCapacity } from './workOffCapacity.ts';

/** A replication's figures, with the work held off the channels' capacity (for occupancy). */
export interface Checked {
  summary: RunSummary;
  off: OffCapacity;
}

/** A slot of the day: the series buckets index, index + slots, … after the warm-up. */
export interface Slot {
  index: number;
  slots: number;
  warmup: number;
}

/** Every replication of the scenario, with the work held off capacity. */
export function checkedRuns(compiled: CompiledScenario): Checked[] {
  const sc = compiled.scenario;
  return Array.from({ length: sc.replications }, (_, r) => {
    const off = new WorkOffCapacity(sc.warmup, metricsConfig(compiled).seriesInterval, sc.horizon);
    const summary = simulate(compiled, r, { inspect: (engine) => void engine.bus.subscribe(off.listener, WorkOffCapacity.EVENTS) });
    return { summary, off: off.summary(sc.horizon) };
  });
}

/** The channel's occupancy in one replication, over the run (slot null) or in one slot. */
export function occupancyOf(r: Checked, channel: ChannelName, slot: Slot | null): { occupancy: number; held: number } {
  return slot === null ? runOccupancy(r, channel) : slotOccupancy(r, channel, slot);
}

// Occupancy here is that of the agents the channel's capacity counts: the units they hold over
// that capacity. The report's occupancy divides all held work by it, so when a staffing curve
// drops, the chats, calls and open email the agents whose shift ended finish (and the email a
// chat team keeps when its sessions are routed as email, R43, with no email capacity) counted
// against the agents still on shift: slots read 105–180 %, as if those agents were overloaded,
// and an occupancy= target asked for agents to carry work others were finishing. That work
// (WorkOffCapacity) is left out here and given apart, as heldOffCapacity. Work over an agent's
// maximum (R29) is theirs and stays in: occupancy above 100 % is then a real overload.

/** The run's occupancy after the warm-up, and the units held off capacity. */
function runOccupancy({ summary, off }: Checked, channel: ChannelName): { occupancy: number; held: number } {
  const c = summary.channels[channel];
  const held = off.mean[channel];
  return { occupancy: c.meanCapacity > 0 ? (c.meanBusy - held) / c.meanCapacity : NaN, held };
}

/** The same in the slot's buckets after the warm-up (the series is one slot per bucket). */
function slotOccupancy({ summary: r, off }: Checked, channel: ChannelName, slot: Slot): { occupancy: number; held: number } {
  const s = r.series.channels[channel];
  const offBuckets = off.buckets[channel];
  let busy = 0;
  let capacity = 0;
  let held = 0;
  let buckets = 0;
  for (let b = slot.index; b < s.busy.length; b += slot.slots) {
    if ((b + 1) * r.series.intervalSeconds <= slot.warmup) continue;
    busy += s.busy[b]! - offBuckets[b]!;
    capacity += s.capacity[b]!;
    held += offBuckets[b]!;
    buckets++;
  }
  return { occupancy: capacity > 0 ? busy / capacity : NaN, held: buckets > 0 ? held / buckets : NaN };
}
