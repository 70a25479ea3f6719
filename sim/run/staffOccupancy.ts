// The replications a staffing search checks, and the occupancy `omnisim staff` reads from them
// (overall or in one slot of the day), with the work held off the channels' capacity.

import type { CompiledScenario } from '../engine/compileScenario.ts';
import type { ChannelName } from '../model/codes.ts';
import type { RunSummary } from '../metrics/RunMetrics.ts';
import { simulate } from './simulate.ts';

/** A slot of the day: the series buckets index, index + slots, … after the warm-up. */
export interface Slot {
  index: number;
  slots: number;
  warmup: number;
  /** Which days of the run count (by day index); absent: all. Days without arrivals in the slot are
   *  left out, where the curve's agents idle (see slotDays). */
  days?: readonly boolean[];
}

/** Every replication of the scenario. */
export function checkedRuns(compiled: CompiledScenario): RunSummary[] {
  return Array.from({ length: compiled.scenario.replications }, (_, r) => simulate(compiled, r));
}

/** The channel's occupancy in one replication, over the run (slot null) or in one slot. */
export function occupancyOf(r: RunSummary, channel: ChannelName, slot: Slot | null): { occupancy: number; held: number } {
  return slot === null ? runOccupancy(r, channel) : slotOccupancy(r, channel, slot);
}

// Occupancy is that of the agents the channel's capacity counts: the units they hold over that
// capacity (the report's occupancy, since reportVersion 3). When a staffing curve drops, the
// chats, calls and open email the agents whose shift ended finish (and the email a chat team
// keeps when its sessions are routed as email, R43, with no email capacity) would otherwise count
// against the agents still on shift: slots read 105–180 %, as if those agents were overloaded,
// and an occupancy= target asked for agents to carry work others were finishing. That work is
// given apart, as heldOffCapacity. Work over an agent's maximum (R29) is theirs and stays in:
// occupancy above 100 % is then a real overload.

/** The run's occupancy after the warm-up, and the units held off capacity. */
function runOccupancy(summary: RunSummary, channel: ChannelName): { occupancy: number; held: number } {
  const c = summary.channels[channel];
  return { occupancy: c.occupancy, held: c.heldOffCapacity };
}

/** The same in the slot's buckets after the warm-up (the series is one slot per bucket). */
function slotOccupancy(r: RunSummary, channel: ChannelName, slot: Slot): { occupancy: number; held: number } {
  const s = r.series.channels[channel];
  let busy = 0;
  let capacity = 0;
  let held = 0;
  let buckets = 0;
  for (let b = slot.index; b < s.busy.length; b += slot.slots) {
    if ((b + 1) * r.series.intervalSeconds <= slot.warmup) continue;
    if (slot.days !== undefined && !slot.days[Math.floor(b / slot.slots)]) continue;
    busy += s.busy[b]! - s.heldOff[b]!;
    capacity += s.capacity[b]!;
    held += s.heldOff[b]!;
    buckets++;
  }
  return { occupancy: capacity > 0 ? busy / capacity : NaN, held: buckets > 0 ? held / buckets : NaN };
}
