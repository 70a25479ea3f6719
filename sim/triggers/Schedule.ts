// Business hours (R55): whether a moment of the run falls inside a schedule's open intervals,
// given the weekday the run starts on.

import type { ScheduleSpec } from './TriggerSpec.ts';

const DAY = 86400;

export class Schedule {
  constructor(readonly spec: ScheduleSpec, private readonly startWeekday: number) {}

  isOpen(t: number): boolean {
    const day = Math.floor(t / DAY);
    const second = t - day * DAY;
    const intervals = this.spec.week[(this.startWeekday + day) % 7]!;
    for (const [from, to] of intervals) if (second >= from && second < to) return true;
    return false;
  }
}
