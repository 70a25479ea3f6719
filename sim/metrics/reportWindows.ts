// The windows a report splits customer figures into: the scenario's own, or — when it has
// spikes — before, during and after the first spike, so "what did the spike do" reads directly
// (a repeating spike: every occurrence of it).

import type { Scenario, ReportWindow } from '../scenario/Scenario.ts';

export function reportWindows(sc: Scenario): ReportWindow[] {
  if (sc.report.windows !== null) return sc.report.windows;
  const spikes = sc.channels.flatMap((c) => (c.enabled ? c.arrivals.spikes : [])).filter((s) => s.start < sc.horizon);
  if (spikes.length === 0) return [];
  const first = spikes.reduce((a, b) => (b.start < a.start ? b : a));
  const end = Math.min(sc.horizon, first.start + first.duration);
  // A repeating spike: one window covering its every occurrence.
  if (first.every > 0) return [{ name: 'during spike', from: first.start, to: end, every: first.every }];
  const out: ReportWindow[] = [];
  if (first.start > sc.warmup) out.push({ name: 'before spike', from: sc.warmup, to: first.start });
  out.push({ name: 'during spike', from: Math.max(first.start, sc.warmup), to: end });
  if (end < sc.horizon) out.push({ name: 'after spike', from: end, to: sc.horizon });
  return out.filter((w) => w.to > w.from);
}
