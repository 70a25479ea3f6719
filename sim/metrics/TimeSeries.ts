// Time series in fixed buckets over the whole run: counts (arrivals per bucket) and time
// averages of step functions (queue length, busy slots), integrated exactly across buckets.

export class CountSeries {
  readonly values: Float64Array;
  constructor(readonly interval: number, buckets: number) {
    this.values = new Float64Array(buckets);
  }
  add(t: number, n = 1): void {
    const b = Math.min(this.values.length - 1, Math.floor(t / this.interval));
    this.values[b]! += n;
  }
}

export class StepSeries {
  /** Integral of the value over each bucket (divide by the interval for the mean). */
  readonly integrals: Float64Array;
  private value = 0;
  private since = 0;
  constructor(readonly interval: number, buckets: number) {
    this.integrals = new Float64Array(buckets);
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

  /** Integrates up to t (call with the end time before reading). */
  advance(t: number): void {
    const iv = this.interval, ints = this.integrals, v = this.value;
    let from = this.since;
    if (t <= from) return;
    if (v !== 0) {
      let b = Math.floor(from / iv);
      while (from < t && b < ints.length) {
        const end = Math.min(t, (b + 1) * iv);
        ints[b]! += v * (end - from);
        from = end;
        b++;
      }
    }
    this.since = t;
  }

  /** Bucket means. */
  means(): Float64Array {
    const out = new Float64Array(this.integrals.length);
    const iv = this.interval;
    for (let i = 0; i < out.length; i++) out[i] = this.integrals[i]! / iv;
    return out;
  }
}

/** The bucket width for a horizon: the finest of 1m, 5m, 15m, 1h, 1d giving ≤ 20,000 buckets. */
export function autoInterval(horizon: number): number {
  for (const iv of [60, 300, 900, 3600, 86400]) if (horizon / iv <= 20000) return iv;
  return Math.ceil(horizon / 20000 / 86400) * 86400;
}
