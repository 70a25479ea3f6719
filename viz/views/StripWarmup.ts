// The agent board's strips (boardStrips.ts) come into use one at a time, top to bottom, after a
// new layout or a drawing of everything: a strip is cleared and gets its grid (background, team
// headings, card borders) when its turn comes, and its cards are drawn only from then on.
//
// Why: Chromium hands the compositor a copy of every canvas of the page at each commit, and the
// first three copies of a canvas drawn on cost ≈ 1.2 ms per MB each (new buffers), against
// ≈ 0.1 ms per MB later. Drawing on a 200-agent board's 8 new strips in one update made the next
// three frames 13–18 ms longer each (traces of the streaming page). With one strip per update,
// board updates in consecutive frames still stacked three young strips in a commit (5–9 ms);
// so the next strip comes into use only once the last one's first copies are done, `gapMs`
// later (three frames). A strip not drawn on yet is not copied.

export class StripWarmup {
  /** Strips in use, in order: strips [0, ready) have their grid. */
  private ready = 0;
  private count = 0;
  /** When the last strip came into use (−∞: none since the reset). */
  private last = -Infinity;

  /** `gapMs`: the least time between two strips coming into use. */
  constructor(private readonly gapMs: number) {}

  /** A new layout, or everything is drawn again: no strip of `count` is in use. */
  reset(count: number): void {
    this.count = count;
    this.ready = 0;
    this.last = -Infinity;
  }

  /**
   * The strips coming into use at time `now` (ms): the next one in order, if `gapMs` have passed
   * since the last; every one left with `all` (a drawing that cannot wait).
   */
  take(now: number, all = false): number[] {
    const from = this.ready;
    if (all) this.ready = this.count;
    else if (this.ready < this.count && now - this.last >= this.gapMs) this.ready++;
    if (this.ready > from) this.last = now;
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
