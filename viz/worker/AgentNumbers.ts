// Every agent's numbers (AGENT_FIELDS each) as the frame recorder folds them, and what each frame
// carries of them: the numbers that changed since the previous frame, or every number (a
// keyframe) once the changes since the last keyframe add up to KEY_EVERY keyframes. So a run's
// frames take memory in proportion to what changes — at most (1 + 1/KEY_EVERY) × the changes,
// plus the first keyframe — not agents × frames, and the page rebuilds any frame from one
// keyframe and less than KEY_EVERY keyframes' worth of changes (viz/app/AgentTimeline.ts).

/**
 * Changes stored between keyframes, in keyframes' worth of numbers. Higher: fewer keyframes
 * (less memory) but more changes to apply when the page shows a frame far from the last one
 * shown. At 4, a 100,000-agent day keeps about 20 MB of keyframes next to 80 MB of changes, and
 * a scrub copies one keyframe and applies at most twice as many changes as the keyframe holds.
 */
export const KEY_EVERY = 4;

export class AgentNumbers {
  /** The numbers now. Read freely; write with set() only, so the next frame carries the change. */
  readonly now: Int32Array;
  /** The numbers as the last frame had them. */
  private readonly framed: Int32Array;
  /** Slots set since the last frame, each once (marked says which are). */
  private readonly touched: Int32Array;
  private readonly marked: Uint8Array;
  private touchedCount = 0;
  /** Room for a frame's pairs: at most two numbers per slot. */
  private readonly pairs: Int32Array;
  /** Numbers stored in changes since the last keyframe; -1 before the first frame. */
  private sinceKey = -1;

  constructor(slots: number) {
    this.now = new Int32Array(slots);
    this.framed = new Int32Array(slots);
    this.touched = new Int32Array(slots);
    this.marked = new Uint8Array(slots);
    this.pairs = new Int32Array(slots * 2);
  }

  set(slot: number, value: number): void {
    if (this.now[slot] === value) return;
    this.now[slot] = value;
    if (this.marked[slot] === 0) {
      this.marked[slot] = 1;
      this.touched[this.touchedCount++] = slot;
    }
  }

  /** The agents' part of the next frame: a keyframe, or the pairs (slot, value) that changed. */
  frame(): { agentKey: Int32Array | null; agentChanges: Int32Array } {
    // Only the slots set since the last frame are compared: the work is the changes', not the board's.
    let k = 0;
    for (let j = 0; j < this.touchedCount; j++) {
      const slot = this.touched[j]!, value = this.now[slot]!;
      this.marked[slot] = 0;
      if (value === this.framed[slot]) continue; // set, then set back
      this.framed[slot] = value;
      this.pairs[k++] = slot;
      this.pairs[k++] = value;
    }
    this.touchedCount = 0;
    if (this.sinceKey < 0 || this.sinceKey + k >= KEY_EVERY * this.now.length) {
      this.sinceKey = 0;
      return { agentKey: this.now.slice(), agentChanges: new Int32Array(0) };
    }
    this.sinceKey += k;
    return { agentKey: null, agentChanges: this.pairs.slice(0, k) };
  }
}
