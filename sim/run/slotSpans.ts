// Slots of a staffing curve named as the spans they cover: consecutive slots run together.

import { formatSpan } from '../scenario/units.ts';

/** Consecutive slots as spans: "00:00–08:00, 18:00–24:00". */
export function slotSpans(rows: readonly { from: number; to: number }[]): string {
  const out: [number, number][] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (last && last[1] === row.from) last[1] = row.to;
    else out.push([row.from, row.to]);
  }
  return out.map(([from, to]) => formatSpan(from, to)).join(', ');
}
