// What a time chart is given and shows: panels of lines over the shared time axis, the data
// (times and values, appended as a run streams in), and what is drawn of them — the points
// themselves, or their buckets when points are too dense for the width (timeBuckets.ts).

import type { TooltipRow } from './viewKit.ts';
import type { LegendShape } from './palette.ts';
import type { SharedDomain } from './SharedDomain.ts';

export interface TimeLine {
  key: string;
  label: string;
  color: string;
  width?: number;
  dash?: string | null;
  /** Fill between the line and zero. */
  area?: boolean;
  /** Draw as steps (a value holds over the bucket it ends). */
  step?: boolean;
  /** The legend swatch, or false to leave the line out of the legend. */
  legend?: LegendShape | false;
  thin?: boolean;
  /** A dot at the current value when a cursor is shown. */
  marker?: boolean;
  /** When points are drawn in buckets, shade each bucket's min–max (default: unless thin or dashed). */
  range?: boolean;
}

export interface TimePanel {
  key: string;
  /** Drawn above the panel (null: none). */
  title: string | null;
  titleColor?: string;
  yLabel: string;
  lines: readonly TimeLine[];
  /** Smallest top of the y domain (an empty queue still gets a readable axis). */
  minMax?: number;
  /** Whole-number ticks only. */
  integer?: boolean;
}

export interface TimeChartData {
  horizon: number;
  panels: readonly TimePanel[];
  /** Time (simulated seconds) of each point; sorted. */
  times: ArrayLike<number>;
  /** Values per line key, aligned with times. */
  values: Readonly<Record<string, ArrayLike<number>>>;
  /** Points available (≤ times.length). */
  count: number;
  /** Changes whenever points were added or replaced; paths are redrawn only then. */
  version: number;
  /** Seconds between points: with the width, decides whether points are drawn in coarser buckets. */
  interval: number;
  /**
   * Unchanged while points are only appended (a live run streaming in): the new points are
   * then drawn as one more path piece instead of rebuilding every path. Absent: rebuild.
   */
  generation?: number;
  /** Current time: a cursor is drawn and data after it is hidden; null shows everything (static). */
  cursor: number | null;
  /** Per panel, a short text after its title (e.g. "occupancy so far 72%"). */
  notes?: Readonly<Record<string, string>>;
  /**
   * Tooltip rows for point i of `values` (default: every line's value). `values` are the data's
   * own, or when drawn in buckets (`bucketed`), per key the bucket's mean and `${key}:min`/`:max`.
   */
  describe?: (i: number, values: Readonly<Record<string, ArrayLike<number>>>, bucketed: boolean) => TooltipRow[];
  format?: (v: number) => string;
}

export interface TimeChart {
  render(data: TimeChartData): void;
  /** False while a first drawing given in steps (options.inSteps) has lines left to draw: render again. */
  readonly complete: boolean;
  /** Forget the y-domain ratchet (a new run starts). */
  reset(): void;
  destroy(): void;
}

/** What is drawn: the data's own points, or their buckets (bucket: seconds, else null). */
export interface Shown {
  bucket: number | null;
  panels: readonly TimePanel[];
  times: ArrayLike<number>;
  values: Readonly<Record<string, ArrayLike<number>>>;
  count: number;
  version: number;
  generation: number | undefined;
}

/** Lines as drawn in buckets: steps at the means (a mean holds over its bucket), min–max bands. */
export function bucketPanels(panels: readonly TimePanel[]): TimePanel[] {
  return panels.map((p) => ({ ...p, lines: p.lines.map((l) => ({ ...l, step: true, area: false, range: l.range ?? (!l.thin && !l.dash) })) }));
}

export interface TimeChartOptions {
  panelHeight: number;
  panelGap?: number;
  ariaLabel: string;
  /** Charts compared side by side: each panel's y domain reaches the largest value of them all. */
  sharedY?: SharedDomain;
  /** Told what is drawn — the points (null) or buckets of that many seconds — at first and when it changes. */
  onBucket?: (bucket: number | null) => void;
  /**
   * While the chart shows nothing yet, draw it in steps, one per render: the frame (axes, grid,
   * legend), then one panel's lines at a time, so no single render does all. For a page that
   * renders again while `complete` is false (a live run); a static page draws all at once.
   */
  inSteps?: boolean;
}
