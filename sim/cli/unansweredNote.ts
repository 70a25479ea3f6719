// A note under `omnisim run`'s table when a channel ends the run with a backlog: queued, waits,
// service level and abandon rate count only tickets with an outcome (answered, abandoned, ended
// unanswered), so the tickets still waiting are in none of them — even those that had already
// waited past the threshold. A week ending on a Sunday nobody works read "email service level
// 100.0%" beside 880 of 3,937 emails still unanswered.

import type { Report } from '../run/Report.ts';
import type { ChannelName } from '../model/codes.ts';
import { groupThousands } from './formatEstimate.ts';

/** From this share of the offered tickets still waiting at the end, the note is given. */
const SHARE = 0.01;

export function unansweredNote(report: Report, names: readonly ChannelName[]): string {
  const parts = names.flatMap((c) => {
    const offered = report.channels[c]!.offered.mean ?? 0;
    const left = report.channels[c]!.unansweredAtEnd.mean ?? 0;
    if (!(offered > 0 && left >= 1 && left / offered >= SHARE)) return [];
    return [`${groupThousands(Math.round(left))} of ${groupThousands(Math.round(offered))} ${c} tickets (${(100 * left / offered).toFixed(0)}%)`];
  });
  if (parts.length === 0) return '';
  return `(unanswered at end: ${parts.join(', ')} were still waiting, or unroutable, when the run ended. Queued, waits,\n` +
    'service level and abandon rate count only tickets with an outcome and leave them out, even those already past the threshold)\n';
}
