// The hours a report window covers in a run that ended at `end`: a repeating window (every
// day's spike) counts each occurrence that has begun, and the last is cut at the end.

import type { ReportWindow } from '../scenario/Scenario.ts';

export function windowHours(w: ReportWindow, end: number): number {
  const every = w.every ?? 0;
  const repeats = every > 0 ? Math.max(1, Math.ceil((end - w.from) / every)) : 1;
  return (repeats * Math.max(0, Math.min(end, w.to) - w.from)) / 3600;
}
