// Draws a list of views within a time budget per animation frame, in turns: the views left out
// of one frame are the first drawn in the next, so each is at most a frame or two behind and
// no frame's task grows with the number of views.

export class FrameBudget {
  /** Index of the drawer to start the next frame with. */
  private next = 0;

  constructor(private readonly budgetMs: number, private readonly now: () => number = () => performance.now()) {}

  /**
   * Calls the drawers in turn from where the last frame stopped; with `limited`, stops once the
   * budget is spent (always after at least one). Returns whether every drawer ran this time.
   */
  draw(drawers: readonly (() => void)[], limited: boolean): boolean {
    const n = drawers.length;
    const start = this.now();
    for (let k = 0; k < n; k++) {
      const i = (this.next + k) % n;
      drawers[i]!();
      if (limited && k < n - 1 && this.now() - start >= this.budgetMs) {
        this.next = (i + 1) % n;
        return false;
      }
    }
    return true;
  }
}
