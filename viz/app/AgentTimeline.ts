// The frames of a run as the page keeps them (protocol.ts StreamedFrame: the agents' numbers
// that changed, and now and then all of them), and any frame rebuilt whole for the views. A
// frame is rebuilt from the nearest keyframe at or before it, then the changes of each frame
// after that — or, when it lies ahead of the frame rebuilt last (playback), from there, with
// only the changes in between. Either way the work is bounded: one keyframe's copy and less than
// KEY_EVERY keyframes' worth of changes (viz/worker/AgentNumbers.ts), whatever the run's length.

import type { Frame, StreamedFrame } from '../protocol.ts';

export class AgentTimeline {
  readonly frames: StreamedFrame[] = [];
  /** Index of the keyframe at or before each frame (-1: none, which the worker never sends). */
  private readonly keyOf: number[] = [];
  /** The agents' numbers at frame `at`, rebuilt in place. */
  private numbers = new Int32Array(0);
  private at = -1;
  /** The frame shown last, so that showing it again hands the views the same object. */
  private shown: Frame | null = null;
  private shownIndex = -1;

  append(frames: readonly StreamedFrame[]): void {
    for (const f of frames) {
      this.keyOf.push(f.agentKey ? this.frames.length : (this.keyOf[this.keyOf.length - 1] ?? -1));
      this.frames.push(f);
    }
  }

  /**
   * The frame to show at time t: the last one stamped at or before it (−1: none has come). The
   * first frame is the run's start (t = 0), so time 0 shows the start, not the first interval.
   */
  indexAt(t: number): number {
    let lo = 0, hi = this.frames.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.frames[mid]!.t <= t) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Frame i with every agent's numbers (its own copy: the views may keep it). */
  frame(i: number): Frame {
    if (i === this.shownIndex && this.shown) return this.shown;
    const f = this.frames[i];
    if (!f) throw new Error(`no frame ${i}: ${this.frames.length} frames have come`);
    this.rebuild(i);
    this.shown = { t: f.t, queues: f.queues, flow: f.flow, busy: f.busy, capacity: f.capacity, heldOff: f.heldOff, agents: this.numbers.slice() };
    this.shownIndex = i;
    return this.shown;
  }

  private rebuild(i: number): void {
    const k = this.keyOf[i]!;
    if (k < 0) throw new Error(`frame ${i} has no keyframe before it: the agents' numbers cannot be shown`);
    // Forward from the frame rebuilt last when that is past the keyframe: fewer changes to apply.
    if (this.at < k || this.at > i) {
      const key = this.frames[k]!.agentKey!;
      if (this.numbers.length !== key.length) this.numbers = new Int32Array(key.length);
      this.numbers.set(key);
      this.at = k;
    }
    const A = this.numbers;
    for (let j = this.at + 1; j <= i; j++) {
      const c = this.frames[j]!.agentChanges;
      for (let p = 0; p < c.length; p += 2) A[c[p]!] = c[p + 1]!;
    }
    this.at = i;
  }
}

/** Every frame rebuilt whole, in order (tests and the views harness). */
export function wholeFrames(frames: readonly StreamedFrame[]): Frame[] {
  const timeline = new AgentTimeline();
  timeline.append(frames);
  return frames.map((_, i) => timeline.frame(i));
}
