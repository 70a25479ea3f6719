// Draws a list of views within a time budget per animation frame, in turns: the views left out
// of one frame are the first drawn in the next, so each is at most a frame or two behind and
// no frame's task grows with the number of views. A view is started only if what it took last
// time fits what is left of the budget (the first view of a frame always is): a view that has
// never been drawn — its first drawing, the costliest — starts a frame, never after others.
// A drawer returns false when it had nothing to draw: that time says nothing of its next one.

export class FrameBudget {
  /** Index of the drawer to start the next frame with. */
  private next = 0;
  /** What each drawer took the last time it ran (ms); absent: never ran. */
  private readonly took: number[] = [];

  constructor(private readonly budgetMs: number, private readonly now: () => number = () => performance.now()) {}

  /**
   * Calls the drawers in turn from where the last frame stopped; with `limited`, stops once the
   * budget is spent, or before a drawer whose last time would not fit the rest of it (always
   * after at least one). Returns whether every drawer ran this time.
   */
  draw(drawers: readonly (() => void | boolean)[], limited: boolean): boolean {
    const n = drawers.length;
    const start = this.now();
    for (let k = 0; k < n; k++) {
      const i = (this.next + k) % n;
      if (limited && k > 0 && this.now() - start + (this.took[i] ?? Infinity) > this.budgetMs) {
        this.next = i;
        return false;
      }
      const t0 = this.now();
      const drew = drawers[i]!();
      const t1 = this.now();
      if (drew !== false) this.took[i] = t1 - t0;
      if (limited && k < n - 1 && t1 - start >= this.budgetMs) {
        this.next = (i + 1) % n;
        return false;
      }
    }
    return true;
  }

  /** A new run: what the views took before says nothing about their first drawings to come. */
  forget(): void {
    this.took.length = 0;
    this.next = 0;
  }
}
