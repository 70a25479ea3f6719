// A staffing's simulated figure can meet its target by its mean and not by its 95 % interval: a
// slot at 80.1 % ± 2.3 % against sl=80% meets it on these replications, and may well not on
// others. `omnisim staff` says which figures these are (the table marks them), so a planner knows
// where more replications are needed before trusting the headcount.

import type { ChannelTarget, SlotFigures } from './staffing.ts';
import type { Estimate } from '../metrics/Estimate.ts';

/** Whether the mean is on the good side of `goal` and the interval reaches past it. */
function crosses(e: Estimate, goal: number, atLeast: boolean): boolean {
  if (e.mean === null || e.ci95 === null) return false;
  return atLeast ? e.mean >= goal && e.ci95[0] < goal : e.mean <= goal && e.ci95[1] > goal;
}

/** The figures (serviceLevel, asaSeconds, abandonRate, occupancy) of the target whose mean meets
 *  it but whose interval crosses it; none where the slot had nothing to serve. */
export function crossingTargets(f: SlotFigures, t: ChannelTarget): (keyof SlotFigures)[] {
  if ((f.offered.mean ?? 0) === 0) return [];
  const out: (keyof SlotFigures)[] = [];
  if (t.serviceLevel && crosses(f.serviceLevel, t.serviceLevel.fraction, true)) out.push('serviceLevel');
  if (t.maxAsaSeconds !== undefined && crosses(f.asaSeconds, t.maxAsaSeconds, false)) out.push('asaSeconds');
  if (t.maxAbandonRate !== undefined && crosses(f.abandonRate, t.maxAbandonRate, false)) out.push('abandonRate');
  if (t.maxOccupancy !== undefined && crosses(f.occupancy, t.maxOccupancy, false)) out.push('occupancy');
  return out;
}
