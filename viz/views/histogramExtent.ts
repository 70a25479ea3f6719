// What of a wait histogram is drawn: how many bins (trailing empty ones left out) and the top of
// its y scale (a share of answered tickets). Side by side, a channel's histograms in the two
// panels take the most bins and the highest top of both (SharedDomain), so equal heights and
// equal positions are equal shares and equal waits in both.

import type { DomainMember } from './SharedDomain.ts';

export interface HistogramExtent {
  /** Bins shown, from the first. */
  bins: number;
  /** Top of the y domain before rounding (a share, ≥ 5 %). */
  top: number;
}

/** Fewest bins shown, so a histogram with nothing past "≤20s" still has a readable axis. */
const MIN_BINS = 7;
/** Lowest top: an axis to 5 % however few tickets waited. */
const MIN_TOP = 0.05;

/**
 * The extent a histogram of `shares` would choose alone: up to one empty bin after the last
 * non-empty one and after the threshold's bin `tBin`. A bin more than 3× as tall as any other
 * (usually "answered at once") is cut at 1.4× the next, so the tail stays readable.
 */
export function ownExtent(shares: readonly number[], tBin: number): HistogramExtent {
  let lastNonZero = 0;
  shares.forEach((s, i) => { if (s > 0) lastNonZero = i; });
  const bins = Math.min(shares.length, Math.max(lastNonZero + 2, tBin + 2, MIN_BINS));
  const sorted = shares.slice(0, bins).sort((a, b) => b - a);
  const first = sorted[0] ?? 0, second = sorted[1] ?? 0;
  const cut = second > 0 && first > 3 * second ? second * 1.4 : null;
  return { bins, top: Math.max(MIN_TOP, cut ?? first) };
}

/** The extent `own` grown to the largest any panel's histogram of `channel` reported. */
export function sharedExtent(member: DomainMember | null, channel: string, own: HistogramExtent): HistogramExtent {
  if (!member) return own;
  return { bins: member.report(`bins:${channel}`, own.bins), top: member.report(`top:${channel}`, own.top) };
}
