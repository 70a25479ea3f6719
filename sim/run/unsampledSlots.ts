// Slots of a staffing curve that the simulation cannot judge: their channel has arrivals
// forecast in them, but no customer of it arrived there in any replication. A slot with nothing
// to serve meets every target (missedGoals.ts), so the curve's trim took such a slot down to 0
// agents — 0 phones at 04:00–04:30 for 1.5 calls/h, on 5 replications with no call in that
// half-hour — though nobody else takes the channel. These slots keep their Erlang estimate, and a
// note says so.

import type { ChannelTarget, SlotFigures } from './staffing.ts';
import { slotSpans } from './slotSpans.ts';

export interface UnsampledSlots {
  /** The slots, by index. */
  slots: number[];
  /** The target channels with no customer in one of them, in the targets' order. */
  channels: string[];
}

/** Slots where a target's channel has a forecast rate above 0 but no customer was offered in the runs. */
export function unsampledSlots(
  targets: readonly ChannelTarget[],
  ratesPerSecond: readonly (readonly number[])[],
  figuresOf: (slot: number, t: ChannelTarget) => SlotFigures,
): UnsampledSlots {
  const slots: number[] = [];
  const channels = new Set<string>();
  for (let i = 0; i < (ratesPerSecond[0]?.length ?? 0); i++) {
    const empty = targets.filter((t, j) => ratesPerSecond[j]![i]! > 0 && (figuresOf(i, t).offered.mean ?? 0) === 0);
    if (empty.length > 0) slots.push(i);
    for (const t of empty) channels.add(t.channel);
  }
  return { slots, channels: [...channels] };
}

/** The note naming those of the slots that the run covers (its first `covered` seconds), or null when there are none. */
export function unsampledNote(u: UnsampledSlots, interval: number, covered: number, replications: number): string | null {
  const shown = u.slots.filter((i) => i * interval < covered);
  if (shown.length === 0) return null;
  const spans = slotSpans(shown.map((i) => ({ from: i * interval, to: Math.min((i + 1) * interval, covered) })));
  const runs = replications === 1 ? 'the one replication' : `any of the ${replications} replications`;
  return `${shown.length === 1 ? 'slot' : 'slots'} ${spans}: ${u.channels.join(' and ')} arrivals are forecast, but none arrived there in ${runs}, ` +
    'so the simulation cannot judge the staffing; the Erlang estimate is kept. More --replications judge it.';
}
