// The playback clock of the page: playing or paused, a speed (simulated seconds per real
// second, or "max"), and the simulated time shown — driven by rxjs animationFrames, capped by
// how far the simulation has streamed. Every panel reads the same clock: one time axis.

import { BehaviorSubject, animationFrames } from 'rxjs';
import type { Subscription } from 'rxjs';

export type Speed = number | 'max';

export class Playback {
  readonly playing$ = new BehaviorSubject<boolean>(false);
  readonly speed$ = new BehaviorSubject<Speed>(600);
  readonly time$ = new BehaviorSubject<number>(0);
  private sub: Subscription | null = null;
  private last = 0;

  /**
   * @param available how far the simulation has streamed (simulated seconds)
   * @param end the horizon
   */
  constructor(private readonly available: () => number, private readonly endOf: () => number) {}

  start(): void {
    this.sub = animationFrames().subscribe(({ elapsed }) => {
      const dt = Math.min(0.25, Math.max(0, (elapsed - this.last) / 1000));
      this.last = elapsed;
      if (!this.playing$.value) return;
      const cap = Math.min(this.available(), this.endOf());
      const speed = this.speed$.value;
      const now = this.time$.value;
      const next = speed === 'max' ? cap : Math.min(cap, now + dt * speed);
      if (next !== now) this.time$.next(next);
      if (next >= this.endOf()) this.playing$.next(false);
    });
  }

  /** Moves to time t, no further than the run has streamed (the state after it is not known yet). */
  seek(t: number): void {
    this.time$.next(Math.max(0, Math.min(t, this.available(), this.endOf())));
  }

  /** The end of the run (the horizon). */
  get end(): number {
    return this.endOf();
  }

  stop(): void {
    this.sub?.unsubscribe();
  }
}
