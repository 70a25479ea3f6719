// The two data shapes a time chart accepts — live frames of one run, or a report's bucket
// series — and FrameColumns, which turns an append-only stream of frames into columns
// incrementally: a frame is read once, however often the chart is updated.

import type { FrameFigures, RunMeta } from '../protocol.ts';
import type { ChannelName } from '../../sim/model/codes.ts';

/** Live: the frames streamed so far (may keep growing) and the time shown. */
export interface LiveSeriesData {
  meta: RunMeta;
  frames: readonly FrameFigures[];
  t: number;
}

/** The part of Report['series'] the time charts read (a parsed report JSON fits too). */
export interface ReportSeries {
  intervalSeconds: number;
  channels: Partial<Record<ChannelName, {
    queueLength: ArrayLike<number>; busy: ArrayLike<number>; capacity: ArrayLike<number>;
    /** Part of busy held off capacity (reportVersion 3; absent in older reports). */
    heldOff?: ArrayLike<number>;
  }>>;
}

/** Static: a report's series (means over replications, per bucket) for the whole horizon. */
export interface ReportSeriesData {
  series: ReportSeries;
  horizon: number;
}

export type SeriesData = LiveSeriesData | ReportSeriesData;

export function isLive(d: SeriesData): d is LiveSeriesData {
  return (d as LiveSeriesData).frames !== undefined;
}

/** Times of a report series: the end of each bucket, as frames are stamped. */
export function bucketTimes(intervalSeconds: number, n: number): Float64Array {
  const ts = new Float64Array(n);
  for (let i = 0; i < n; i++) ts[i] = (i + 1) * intervalSeconds;
  return ts;
}

/**
 * Columns read from frames: `times` plus one number array per key. sync() reads only frames it
 * has not read yet; it starts over when the meta changes or the frames are not a continuation
 * of what it read (a new run). `version` changes whenever the columns do.
 */
export class FrameColumns {
  readonly times: number[] = [];
  readonly values: Record<string, number[]> = {};
  version = 0;
  /** Changes only when the columns start over; between changes, points are only appended. */
  generation = 0;
  private meta: RunMeta | null = null;
  private lastFrame: FrameFigures | null = null;

  constructor(
    private readonly keys: (meta: RunMeta) => readonly string[],
    /** Writes a frame's values into `out`, in the order of keys(meta). */
    private readonly read: (frame: FrameFigures, meta: RunMeta, out: number[]) => void,
  ) {}

  /** Reads new frames; returns true when it started over (a new run). */
  sync(meta: RunMeta, frames: readonly FrameFigures[]): boolean {
    const n = this.times.length;
    const continues = meta === this.meta && frames.length >= n && (n === 0 || frames[n - 1] === this.lastFrame);
    let reset = false;
    if (!continues) {
      reset = true;
      this.meta = meta;
      this.times.length = 0;
      for (const k of Object.keys(this.values)) delete this.values[k];
      for (const k of this.keys(meta)) this.values[k] = [];
      this.version++;
      this.generation++;
    }
    if (frames.length > this.times.length) {
      const keys = this.keys(meta);
      const cols = keys.map((k) => this.values[k]!);
      const out = new Array<number>(keys.length).fill(0);
      for (let i = this.times.length; i < frames.length; i++) {
        const f = frames[i]!;
        this.read(f, meta, out);
        this.times.push(f.t);
        for (let k = 0; k < cols.length; k++) cols[k]!.push(out[k]!);
      }
      this.lastFrame = frames[frames.length - 1]!;
      this.version++;
    }
    return reset;
  }
}
