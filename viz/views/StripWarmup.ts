// The agent board's strips (boardStrips.ts) come into use a few per update, top to bottom, after
// a new layout or a drawing of everything: a strip is cleared and gets its grid (background,
// team headings, card borders) when its turn comes, and its cards are drawn only from then on.
//
// Why: Chromium hands the compositor a copy of every canvas of the page at each commit, and the
// first three copies of a canvas drawn on cost ≈ 1.2 ms per MB each (new buffers), against
// ≈ 0.1 ms per MB later. Drawing on a 200-agent board's 8 new strips in one update made the next
// three frames 13–18 ms longer each (traces of the streaming page); one new strip per update
// costs at most three young strips, ≈ 4 ms, per frame. A strip not drawn on yet is not copied.

export class StripWarmup {
  /** Strips in use, in order: strips [0, ready) have their grid. */
  private ready = 0;
  private count = 0;

  /** A new layout, or everything is drawn again: no strip of `count` is in use. */
  reset(count: number): void {
    this.count = count;
    this.ready = 0;
  }

  /** The strips coming into use now (at most `k`, the next ones in order); they are in use from now on. */
  take(k: number): number[] {
    const from = this.ready;
    this.ready = Math.min(this.count, from + Math.max(0, k));
    return Array.from({ length: this.ready - from }, (_, i) => from + i);
  }

  /** Whether strip s is in use (its cards can be drawn). */
  inUse(s: number): boolean {
    return s < this.ready;
  }

  /** Every strip is in use. */
  get complete(): boolean {
    return this.ready >= this.count;
  }
}
