// Business hours (R55): whether a moment of the run falls inside a schedule's open intervals,
// given the weekday the run starts on.

import type { ScheduleSpec } from './TriggerSpec.ts';

const DAY = 86400;

export class Schedule {
  constructor(readonly spec: ScheduleSpec, private readonly startWeekday: number) {}

  /** The next time after t at which the schedule opens or closes (Infinity if it never does). */
  nextChange(t: number): number {
    const open = this.isOpen(t);
    const firstDay = Math.floor(t / DAY);
    for (let d = firstDay; d <= firstDay + 8; d++) {
      const dayStart = d * DAY;
      const intervals = this.spec.week[(this.startWeekday + d) % 7]!;
      // Candidate instants of this day in order: interval starts and ends, and midnight.
      const points = [dayStart, ...intervals.flatMap(([a, b]) => [dayStart + a, dayStart + b])].sort((x, y) => x - y);
      for (const p of points) if (p > t && this.isOpen(p) !== open) return p;
    }
    return Infinity;
  }

  isOpen(t: number): boolean {
    const day = Math.floor(t / DAY);
    const second = t - day * DAY;
    const intervals = this.spec.week[(this.startWeekday + day) % 7]!;
    for (const [from, to] of intervals) if (second >= from && second < to) return true;
    return false;
  }
}
