// The classic hold model for the event set: keep n events pending; each step pops the
// earliest and schedules one at now + Exp(1). Measures events per second at that size.

import seedrandom from 'seedrandom';
import { Kernel } from '../../sim/kernel/Kernel.ts';
import type { Dispatcher } from '../../sim/kernel/Kernel.ts';

/** Reschedules every fired event an exponential time later (a class, like the engine). */
class Hold implements Dispatcher {
  constructor(private readonly k: Kernel, private readonly u: () => number) {}
  dispatch(kind: number, payload: number): void {
    this.k.after(-Math.log(1 - this.u()), kind, payload);
  }
}

export function kernelHold(pending: number, steps: number): { eventsPerSecond: number; seconds: number } {
  const k = new Kernel(pending + 16);
  const u = seedrandom.alea('hold');
  for (let i = 0; i < pending; i++) k.at(-Math.log(1 - u()), 0, i);
  k.setDispatcher(new Hold(k, u));
  // Warm up the JIT, then measure.
  for (let i = 0; i < Math.min(steps, 200_000); i++) k.step();
  const t0 = performance.now();
  for (let i = 0; i < steps; i++) k.step();
  const seconds = (performance.now() - t0) / 1000;
  return { eventsPerSecond: steps / seconds, seconds };
}
