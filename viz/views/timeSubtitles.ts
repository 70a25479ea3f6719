// The time charts' subtitles say what a line is: the value at each frame (live), a report's
// means over the replications (static), and — when points are too dense for the width and are
// drawn in buckets (timeBuckets.ts) — each bucket's mean with its min–max range shaded.

import { playedOf } from './replicationWords.ts';

/** What the chart was given: a live run's frames `interval` s apart, or a report's series. */
export type SubtitleSource =
  | { live: true; interval: number; replications: number }
  | { live: false; interval: number };

const SPANS = [[604800, 'week'], [86400, 'day'], [3600, 'hour'], [60, 'min']] as const;

/** A span in words, after "per" or "each": 60 → "minute", 1800 → "30 min", 3600 → "hour", 14400 → "4 hours". */
export function spanName(seconds: number): string {
  for (const [unit, name] of SPANS) {
    if (seconds % unit !== 0) continue;
    const k = seconds / unit;
    if (k === 1) return name === 'min' ? 'minute' : name;
    return `${k} ${name === 'min' ? name : `${name}s`}`;
  }
  return `${seconds} s`;
}

/** Tickets waiting: "at each minute", or "mean per hour, with the range" while buckets are drawn. */
export function queueSubtitle(src: SubtitleSource, bucket: number | null): string {
  const step = spanName(src.interval);
  if (src.live) {
    const what = bucket === null ? `Tickets in queue at each ${step}` : `Tickets in queue, mean per ${spanName(bucket)} with the range (min–max) shaded`;
    return `${what}, ${playedOf(src.replications)} played back; the dashed line is the time shown.`;
  }
  return bucket === null
    ? `Mean number of tickets waiting per ${step}, averaged over the replications.`
    : `Mean number of tickets waiting per ${spanName(bucket)}, averaged over the replications, with the range (min–max) of the means per ${step} shaded.`;
}

/** Held-off work (R29), drawn on its own only on channels that have some. */
const HELD_OFF = ' Work held off capacity (agents off shift, on a break or without capacity on the channel) is not counted in use: where there is some, a dotted line.';

/** Capacity: busy units filled under the available ones, or per bucket a mean line over a shaded range. */
export function capacitySubtitle(src: SubtitleSource, bucket: number | null): string {
  return capacityWhat(src, bucket) + HELD_OFF;
}

function capacityWhat(src: SubtitleSource, bucket: number | null): string {
  if (bucket === null) {
    return src.live
      ? `Units of capacity in use (filled) and available from agents whose status allows the channel (dashed), at each ${spanName(src.interval)}, ${playedOf(src.replications)} played back.`
      : `Mean units of capacity in use (filled) and available (dashed) per ${spanName(src.interval)}, averaged over the replications.`;
  }
  const per = spanName(bucket);
  return src.live
    ? `Units of capacity in use (solid line, with the min–max shaded) and available from agents whose status allows the channel (dashed), mean per ${per}, ${playedOf(src.replications)} played back.`
    : `Mean units of capacity in use (solid line, with the min–max of the means per ${spanName(src.interval)} shaded) and available (dashed) per ${per}, averaged over the replications.`;
}

/**
 * Keeps a chart's subtitle in step with what it was given (source) and what its time chart
 * draws (bucket, from TimeChartOptions.onBucket); writes the text only when it changes.
 */
export function subtitleWriter(el: HTMLElement | null, text: (src: SubtitleSource, bucket: number | null) => string): {
  source(src: SubtitleSource): void;
  bucket(bucket: number | null): void;
} {
  let src: SubtitleSource | null = null;
  let drawn: number | null = null;
  const write = () => {
    if (!el || !src) return;
    const t = text(src, drawn);
    if (el.textContent !== t) el.textContent = t;
  };
  return {
    source(s) {
      src = s;
      write();
    },
    bucket(b) {
      drawn = b;
      write();
    },
  };
}
