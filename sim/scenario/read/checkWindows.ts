// Warnings for report windows that can have no figures: one that starts when the run has ended
// (a "d3" window in a 2-day run), or one that ends inside the warm-up, whose tickets the report
// leaves out. Both were run silently, their columns all "—" or 0 offered, with only a
// footnote's "nothing to measure it by".

import type { Scenario } from '../Scenario.ts';
import type { Problems } from './Problems.ts';
import { formatDuration, formatSpan } from '../units.ts';

export function checkWindows(sc: Scenario, p: Problems): void {
  (sc.report.windows ?? []).forEach((w, i) => {
    const what = `window "${w.name}" (${formatSpan(w.from, w.to)})`;
    if (w.from >= sc.horizon) {
      p.warn(`report.windows[${i}]`, `${what} starts at or after the end of the run (horizon ${formatDuration(sc.horizon)}): it has no figures`);
    } else if (w.to <= sc.warmup) {
      p.warn(`report.windows[${i}]`, `${what} ends within the warm-up (${formatDuration(sc.warmup)}): the report leaves out the tickets created then, so it counts none`);
    }
  });
}
