// What a time chart's read-out says at a shown point (under the pointer, or chosen by key):
// the time — or the bucket's span when points are drawn in buckets — and a row per line.

import { formatTime } from './timeAxis.ts';
import { bucketName } from './timeBuckets.ts';
import type { TooltipRow } from './viewKit.ts';
import type { Shown, TimeChartData } from './timeChartData.ts';

export function readoutAt(d: TimeChartData, s: Shown, i: number): { title: string; rows: TooltipRow[] } {
  const fmt = d.format ?? ((v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1)));
  const bucketed = s.bucket !== null;
  const rows: TooltipRow[] = d.describe
    ? d.describe(i, s.values, bucketed)
    : s.panels.flatMap((p) => p.lines.map((l) => {
      const v = s.values[l.key]?.[i] ?? NaN, lo = s.values[`${l.key}:min`]?.[i], hi = s.values[`${l.key}:max`]?.[i];
      return { label: l.label, value: bucketed && lo !== undefined && hi !== undefined ? `${fmt(v)} (${fmt(lo)}–${fmt(hi)})` : fmt(v), color: l.color };
    }));
  const end = s.times[i]!;
  const title = s.bucket === null ? formatTime(end, d.horizon)
    : `${bucketName(s.bucket)} mean, min–max · ${formatTime(i * s.bucket, d.horizon)} – ${formatTime(d.cursor === null ? end : Math.min(end, d.cursor), d.horizon)}`;
  return { title, rows };
}

/** " · min–max" of a bucket's values, for a chart's own read-out rows (nothing for a point of its own). */
export function bucketRange(values: Readonly<Record<string, ArrayLike<number>>>, key: string, i: number, bucketed: boolean): string {
  if (!bucketed) return '';
  const lo = values[`${key}:min`]?.[i], hi = values[`${key}:max`]?.[i];
  return lo === undefined || hi === undefined ? '' : ` · ${+lo.toFixed(1)}–${+hi.toFixed(1)}`;
}
