// Time series in fixed buckets over the whole run: counts (arrivals per bucket) and time
// averages of step functions (queue length, busy slots), integrated exactly across buckets.
// Events arrive in time order, so each series keeps its current bucket and only divides
// when time crosses into another one.

export class CountSeries {
  readonly values: Float64Array;
  private bucket = 0;
  private bucketStart = 0;
  private bucketEnd: number;
  constructor(readonly interval: number, buckets: number) {
    this.values = new Float64Array(buckets);
    this.bucketEnd = interval;
  }
  add(t: number, n = 1): void {
    if (t < this.bucketStart || t >= this.bucketEnd) {
      const b = Math.min(this.values.length - 1, Math.floor(t / this.interval));
      this.bucket = b;
      this.bucketStart = b * this.interval;
      this.bucketEnd = b === this.values.length - 1 ? Infinity : (b + 1) * this.interval;
    }
    this.values[this.bucket]! += n;
  }
}

export class StepSeries {
  /** Integral of the value over each bucket (divide by the interval for the mean). */
  readonly integrals: Float64Array;
  private value = 0;
  private since = 0;
  private bucket = 0;
  private bucketEnd: number;
  constructor(readonly interval: number, buckets: number) {
    this.integrals = new Float64Array(buckets);
    this.bucketEnd = interval;
  }

  /** The step function takes `value` from time t on. */
  set(t: number, value: number): void {
    if (value === this.value) return;
    this.advance(t);
    this.value = value;
  }

  add(t: number, delta: number): void {
    this.set(t, this.value + delta);
  }

  get current(): number {
    return this.value;
  }

  /** Integrates up to t. Time after the last bucket's end is not integrated. */
  advance(t: number): void {
    const since = this.since;
    if (t <= since) return;
    const v = this.value;
    if (t <= this.bucketEnd) {
      if (v !== 0) this.integrals[this.bucket]! += v * (t - since);
      this.since = t;
      return;
    }
    const iv = this.interval, ints = this.integrals, n = ints.length;
    let from = since;
    let b = this.bucket;
    while (b < n) {
      const bucketEnd = (b + 1) * iv;
      const end = Math.min(t, bucketEnd);
      if (v !== 0 && end > from) ints[b]! += v * (end - from);
      if (end < bucketEnd) break; // t lies inside bucket b
      from = end;
      b++;
    }
    this.bucket = Math.min(b, n - 1);
    this.bucketEnd = (this.bucket + 1) * iv;
    this.since = t;
  }

  /**
   * Bucket means over [0, end], without changing the series (it can be read mid-run). A last
   * bucket cut short by `end` is divided by its own length.
   */
  means(end: number): Float64Array {
    const ints = this.integrals, iv = this.interval, n = ints.length;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = ints[i]!;
    // The level held since the last change, up to `end`, not yet integrated.
    let from = this.since;
    for (let b = Math.min(n - 1, Math.floor(from / iv)); from < end && b < n; b++) {
      const bucketEnd = Math.min(end, (b + 1) * iv);
      if (bucketEnd > from) out[b]! += this.value * (bucketEnd - from);
      from = Math.max(from, bucketEnd);
    }
    for (let i = 0; i < n; i++) {
      const width = Math.min(iv, end - i * iv);
      out[i] = width > 0 ? out[i]! / width : 0;
    }
    return out;
  }
}

/** The bucket width for a horizon: the finest of 1m, 5m, 15m, 1h, 1d giving ≤ 20,000 buckets. */
export function autoInterval(horizon: number): number {
  for (const iv of [60, 300, 900, 3600, 86400]) if (horizon / iv <= 20000) return iv;
  return Math.ceil(horizon / 20000 / 86400) * 86400;
}
