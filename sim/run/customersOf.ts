// The customer figures `omnisim staff` judges a staffing by: a channel's, or one brand's
// customers on it (R7), over the run or in one slot of the day (the report window `slot N`).

import type { ChannelName } from '../model/codes.ts';
import type { CustomerFigures } from '../metrics/CustomerAcc.ts';
import type { RunSummary } from '../metrics/RunMetrics.ts';

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
