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
    if (t >= this.from) {
      if (this.value > this.max) this.max = this.value;
      if (value > this.max) this.max = value;
    }
    this.value = value;
  }
  /** Time-weighted mean over [from, end]. */
  mean(end: number): number {
    this.set(end, this.value);
    return end > this.from ? this.total / (end - this.from) : 0;
  }
}
