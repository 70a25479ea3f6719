// Coarser buckets for time charts whose points are too dense to read. A year of 4-hour frames in
// a few hundred pixels is a smear (every day's cycle in a pixel or two); gathered into weeks, each
// bucket shows its mean as a step and its min–max as a band, which reads at any width. Pure: the
// chart chooses a bucket from its width and draws what bucketize() returns.

const MINUTE = 60, HOUR = 3600, DAY = 86400, WEEK = 7 * DAY;
/** Bucket sizes a chart may use, finest first: round clock spans a reader can name. */
export const BUCKETS = [5 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 3 * HOUR, 6 * HOUR, DAY, WEEK, 4 * WEEK] as const;
/** A day narrower than this shows no intraday shape, only a smear: buckets are then whole days or more. */
export const MIN_DAY_PX = 24;
/** More points per pixel than this draw a line over itself. */
export const MAX_POINTS_PER_PX = 4;
/** The narrowest bucket drawn, so steps and bands stay legible. */
export const MIN_BUCKET_PX = 4;

/**
 * The bucket (seconds) to draw points `interval` seconds apart over [0, horizon] in `plotWidth`
 * pixels, or null to draw every point: null when a day is at least MIN_DAY_PX wide and the
 * points are no denser than MAX_POINTS_PER_PX; else the finest of BUCKETS coarser than the
 * points, at least MIN_BUCKET_PX wide and (when days are narrow) at least a day.
 */
export function chooseBucket(horizon: number, interval: number, plotWidth: number): number | null {
  if (!(horizon > 0 && interval > 0 && plotWidth > 0)) return null;
  const pxPerSecond = plotWidth / horizon;
  const daysNarrow = horizon > DAY && DAY * pxPerSecond < MIN_DAY_PX;
  const dense = interval * pxPerSecond < 1 / MAX_POINTS_PER_PX;
  if (!daysNarrow && !dense) return null;
  for (const b of BUCKETS) {
    if (b <= interval || (daysNarrow && b < DAY)) continue;
    if (b * pxPerSecond >= MIN_BUCKET_PX) return b;
  }
  return BUCKETS[BUCKETS.length - 1]!;
}

/** "weekly", "daily", "hourly", "30-min", "6-hour", "4-week". */
export function bucketName(bucket: number): string {
  if (bucket === WEEK) return 'weekly';
  if (bucket === DAY) return 'daily';
  if (bucket === HOUR) return 'hourly';
  if (bucket % WEEK === 0) return `${bucket / WEEK}-week`;
  if (bucket % DAY === 0) return `${bucket / DAY}-day`;
  if (bucket % HOUR === 0) return `${bucket / HOUR}-hour`;
  return `${Math.round(bucket / MINUTE)}-min`;
}

/** Points gathered into buckets: per key its mean, and `${key}:min` / `${key}:max`. */
export interface Bucketed {
  /** End of each bucket (the horizon for a last, shorter one), as frames are stamped. */
  times: Float64Array;
  values: Record<string, Float64Array>;
  count: number;
}

/**
 * Gathers the first `count` points into buckets of `bucket` seconds: a point stamped t (the end
 * of its own interval) belongs to the bucket (k·bucket, (k+1)·bucket] holding t. Non-finite values
 * are left out; a bucket with none is NaN (a gap in the line). Buckets run up to the last point's.
 */
export function bucketize(
  times: ArrayLike<number>,
  count: number,
  values: Readonly<Record<string, ArrayLike<number>>>,
  keys: readonly string[],
  bucket: number,
  horizon: number,
): Bucketed {
  const bucketOf = (t: number) => Math.max(0, Math.ceil(t / bucket - 1e-9) - 1);
  const n = count > 0 ? bucketOf(times[count - 1]!) + 1 : 0;
  const out: Bucketed = { times: new Float64Array(n), values: {}, count: n };
  for (let b = 0; b < n; b++) out.times[b] = Math.min(horizon, (b + 1) * bucket);
  for (const key of keys) {
    const vs = values[key];
    if (!vs) continue;
    const sum = new Float64Array(n), seen = new Float64Array(n);
    const lo = new Float64Array(n).fill(Infinity), hi = new Float64Array(n).fill(-Infinity);
    for (let i = 0; i < count; i++) {
      const v = vs[i]!;
      if (!Number.isFinite(v)) continue;
      const b = bucketOf(times[i]!);
      sum[b]! += v;
      seen[b]!++;
      if (v < lo[b]!) lo[b] = v;
      if (v > hi[b]!) hi[b] = v;
    }
    const mean = new Float64Array(n);
    for (let b = 0; b < n; b++) {
      mean[b] = seen[b]! > 0 ? sum[b]! / seen[b]! : NaN;
      if (seen[b] === 0) lo[b] = hi[b] = NaN;
    }
    out.values[key] = mean;
    out.values[`${key}:min`] = lo;
    out.values[`${key}:max`] = hi;
  }
  return out;
}
