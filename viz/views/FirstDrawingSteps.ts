// A time chart's first drawing in steps, one per render: the frame (axes, grid, legend) in the
// render that builds it, then one panel's lines per render. Only while the chart shows nothing
// of its data yet — a panel left for later is then empty, not showing old lines — so a chart
// drawn once redraws whole (a resize, new lines) in one render.

export class FirstDrawingSteps {
  private shownNothing = true;

  /** `inSteps`: the page renders again while the chart is not complete (a live run). */
  constructor(private readonly inSteps: boolean) {}

  /** How many panels this render may draw in full. `framed`: this render built or laid out the frame. */
  allowance(framed: boolean): number {
    if (!this.inSteps || !this.shownNothing) return Infinity;
    return framed ? 0 : 1;
  }

  /** After a render: `left`, whether a panel still waits for its lines. */
  rendered(left: boolean): void {
    if (!left) this.shownNothing = false;
  }

  /** The chart forgot its data (a new run): its next drawing is a first drawing again. */
  reset(): void {
    this.shownNothing = true;
  }
}
