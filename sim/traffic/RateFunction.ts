// A channel's arrival rate over time: base rate × intraday profile × day-of-week factor ×
// active spike multipliers + active spike extra rates. Piecewise constant, so arrivals can be
// drawn exactly by inverting its integral (no thinning, no skipped spikes).

import type { ArrivalConfig, Spike } from '../scenario/Scenario.ts';

const DAY = 86400;

export class RateFunction {
  private readonly profile: Float64Array;
  private readonly slot: number;
  private readonly weekdays: Float64Array;
  private readonly spikes: readonly Spike[];
  /** The constant piece last found: [segmentStart, segmentEnd) at segmentRate. */
  segmentRate = 0;
  segmentStart = Infinity;
  segmentEnd = 0;

  constructor(config: ArrivalConfig, private readonly startWeekday: number) {
    this.profile = Float64Array.from(config.profile, (f) => f * config.rate);
    this.slot = config.profileSlotSeconds;
    this.weekdays = Float64Array.from(config.weekdays);
    this.spikes = config.spikes;
  }

  /** Sets segmentRate and segmentEnd for the constant piece that contains t. */
  segment(t: number): void {
    if (t >= this.segmentStart && t < this.segmentEnd) return; // most arrivals stay in one piece
    const day = Math.floor(t / DAY);
    const dayStart = day * DAY;
    let slotIndex = Math.floor((t - dayStart) / this.slot);
    if (slotIndex >= this.profile.length) slotIndex = this.profile.length - 1;
    let end = dayStart + (slotIndex + 1) * this.slot;
    if (end <= t) end = t + 1e-9; // guard against rounding at a boundary
    let rate = this.profile[slotIndex]! * this.weekdays[(this.startWeekday + day) % 7]!;
    let extra = 0;
    for (const s of this.spikes) {
      const k = s.every > 0 ? Math.max(0, Math.floor((t - s.start) / s.every)) : 0;
      const from = s.start + k * s.every;
      const to = from + s.duration;
      if (t >= from && t < to) {
        rate *= s.multiplier;
        extra += s.extraRate;
        if (to < end) end = to;
      } else {
        const next = t < from ? from : s.every > 0 ? from + s.every : Infinity;
        if (next > t && next < end) end = next;
      }
    }
    this.segmentRate = rate + extra;
    this.segmentStart = t;
    this.segmentEnd = end;
  }

  /** λ(t) per second. */
  rateAt(t: number): number {
    this.segment(t);
    return this.segmentRate;
  }

  /** ∫λ over [a, b]: the expected number of arrivals in that window. */
  integrate(a: number, b: number): number {
    let total = 0;
    let t = a;
    while (t < b) {
      this.segment(t);
      const end = Math.min(this.segmentEnd, b);
      total += this.segmentRate * (end - t);
      t = end;
    }
    return total;
  }

  /**
   * The first time after t at which the integrated rate reaches `hazard` (an Exp(1) draw): the
   * next arrival of the non-homogeneous Poisson process. Infinity if not before `limit`.
   */
  advance(t: number, hazard: number, limit: number): number {
    let left = hazard;
    while (t < limit) {
      this.segment(t);
      const mass = this.segmentRate * (this.segmentEnd - t);
      if (mass >= left && this.segmentRate > 0) {
        const at = t + left / this.segmentRate;
        return at < limit ? at : Infinity;
      }
      left -= mass;
      t = this.segmentEnd;
    }
    return Infinity;
  }
}
