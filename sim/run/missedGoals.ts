// The goals of a staffing target that a row's simulated means miss: what `omnisim staff`
// judges a staffing by (every goal met), and what the search's levelling-off rule reads.

import type { ChannelTarget, SlotFigures } from './staffing.ts';

export interface MissedGoal {
  figure: 'serviceLevel' | 'asaSeconds' | 'abandonRate' | 'occupancy';
  /** The goal: a share (service level, abandon rate, occupancy) or seconds (ASA). */
  target: number;
  higherIsBetter: boolean;
}

/** The goals of `t` the means miss; none where there was nothing to serve. A figure with no value misses. */
export function missedGoals(f: SlotFigures, t: ChannelTarget): MissedGoal[] {
  if ((f.offered.mean ?? 0) === 0) return []; // nothing to serve in this slot
  const out: MissedGoal[] = [];
  if (t.serviceLevel && !((f.serviceLevel.mean ?? 0) >= t.serviceLevel.fraction)) out.push({ figure: 'serviceLevel', target: t.serviceLevel.fraction, higherIsBetter: true });
  if (t.maxAsaSeconds !== undefined && !((f.asaSeconds.mean ?? Infinity) <= t.maxAsaSeconds)) out.push({ figure: 'asaSeconds', target: t.maxAsaSeconds, higherIsBetter: false });
  if (t.maxAbandonRate !== undefined && !((f.abandonRate.mean ?? 1) <= t.maxAbandonRate)) out.push({ figure: 'abandonRate', target: t.maxAbandonRate, higherIsBetter: false });
  if (t.maxOccupancy !== undefined && !((f.occupancy.mean ?? 0) <= t.maxOccupancy)) out.push({ figure: 'occupancy', target: t.maxOccupancy, higherIsBetter: false });
  return out;
}
