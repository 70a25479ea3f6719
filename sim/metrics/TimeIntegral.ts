// The integral of a step function over [from, ∞): the time-weighted mean of a level
// (busy units, queue length) after warm-up.

export class TimeIntegral {
  total = 0;
  value = 0;
  max = 0;
  private since: number;
  constructor(readonly from: number) {
    this.since = from;
  }
  set(t: number, value: number): void {
    if (t > this.since) {
      this.total += this.value * (t - this.since);
      this.since = t;
    }
    // The old value counts toward the max if it was held for a while after `from`; the new
    // one as soon as it is taken on or after `from`.
    if (t > this.from && this.value > this.max) this.max = this.value;
    if (t >= this.from && value > this.max) this.max = value;
    this.value = value;
  }
  /** Time-weighted mean over [from, end], without changing the state (readable mid-run). */
  mean(end: number): number {
    const tail = end > this.since ? this.value * (end - this.since) : 0;
    return end > this.from ? (this.total + tail) / (end - this.from) : 0;
  }
  /** The maximum up to `end`, counting the level still held. */
  maxUntil(end: number): number {
    return end > this.from && this.value > this.max ? this.value : this.max;
  }
}
