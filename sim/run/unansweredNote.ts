// Customers still unanswered when the run ends have no outcome. Those already past the
// threshold are certain misses, and the service level counts them (missedAtEnd, reportVersion 4:
// recipe C's End-session variant had read "service level 100 %" beside 360 of 948 customers never
// answered; a week ending on a Sunday nobody works, "email service level 100 %" beside 880 of
// 3,937 emails waiting). Those who waited in a queue have certainly waited, and P(wait) counts
// them (reportVersion 5: an evening backlog left when the team goes home had read as if none of
// its customers queued). The figures whose outcome is still unknown — mean wait, ASA, abandon
// rate — leave every one of them out. In a run long enough for its load they are a handful; when
// they are 1 % or more of what was offered (tickets no queue takes, a channel overloaded to the
// end, a backlog left for the next day), the report says how many, and how many of them the
// service level counts (the CLI's table, the tiles).

import type { ChannelReport } from './Report.ts';

/** Unanswered at the end, as a share of offered (means over the replications), from which a report tells it. */
export const UNANSWERED_NOTE_SHARE = 0.01;

/** What the figures of such a channel count of them, and what they leave out. */
export const UNANSWERED_LEFT_OUT = 'The service level counts those past its threshold as missed, P(wait) those who waited in a queue as having waited; waits and abandon rate count only customers with an outcome, so they leave all of these out.';

/** The same, said of a report from before version 5, whose P(wait) left them all out. */
const UNANSWERED_LEFT_OUT_BEFORE_5 = 'The service level counts those past its threshold as missed; P(wait), waits and abandon rate count only customers with an outcome, so they leave all of these out.';

/** UNANSWERED_LEFT_OUT for a report of `reportVersion` (absent: a report of this version). */
export function unansweredLeftOut(reportVersion: number | undefined): string {
  return reportVersion !== undefined && reportVersion < 5 ? UNANSWERED_LEFT_OUT_BEFORE_5 : UNANSWERED_LEFT_OUT;
}

/** Where a CLI user looks next. */
export const UNANSWERED_LOOK = 'A longer run counts a backlog; `omnisim trace --find not-routed` (or `--find stranded`) follows a ticket no queue takes.';

/**
 * "38 % (360 of 948 offered per replication, 352 of them past the threshold)" for a channel whose
 * customers unanswered at the end are a large share of those offered, or null.
 */
export function unansweredShare(r: ChannelReport): string | null {
  const offered = r.offered.mean ?? 0;
  const unanswered = r.unansweredAtEnd.mean ?? 0;
  if (!(offered > 0) || unanswered / offered < UNANSWERED_NOTE_SHARE) return null;
  const missed = r.missedAtEnd?.mean ?? 0; // reports before version 4 have no missedAtEnd
  const past = `${missed === 0 ? 'none' : missed === unanswered ? 'all' : whole(missed)} of them past the threshold`;
  return `${Math.round((100 * unanswered) / offered)} % (${whole(unanswered)} of ${whole(offered)} offered per replication, ${past})`;
}

function whole(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
