// A note before a run that would take long: how many tickets it simulates and how long that
// takes at the speeds `npm run bench` measures, so nobody waits hours for a typo in a rate.
// A sweep's note counts every point × replication, a comparison's every variant × replication.

import { expectedTickets, TICKETS_PER_SECOND } from '../run/runSize.ts';
import type { Scenario } from '../scenario/Scenario.ts';
import type { Sweep } from '../run/sweep/Sweep.ts';
import { formatDuration } from '../scenario/units.ts';

/** Runs expected to take longer than this at the low end of the speed range get the note. */
const NOTE_AFTER_SECONDS = 120;

function roughCount(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toPrecision(3)} billion`;
  if (n >= 1e6) return `${(n / 1e6).toPrecision(3)} million`;
  return String(Math.round(n));
}

function roughTime(s: number): string {
  if (s < 120) return `${Math.round(s)} s`;
  if (s < 2 * 3600) return `${Math.round(s / 60)} min`;
  if (s < 2 * 86400) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86400)} days`;
}

/** The note, or null for a run expected to be quick. */
export function runSizeNote(sc: Scenario): string | null {
  const runs = `${sc.replications} replication${sc.replications === 1 ? '' : 's'} × ${formatDuration(sc.horizon)}`;
  return sizeNote(expectedTickets(sc) * sc.replications, runs, '', 'A shorter horizon or fewer replications answer sooner');
}

/** The same note for `compare`: every variant's tickets × its replications (they share the replications). */
export function compareSizeNote(variants: readonly Scenario[]): string | null {
  const replications = variants[0]?.replications ?? 0;
  const runs = `${variants.length} variants × ${replications} replication${replications === 1 ? '' : 's'}`;
  return sizeNote(variants.reduce((n, sc) => n + expectedTickets(sc) * sc.replications, 0), runs, '', 'Fewer variants or replications, or a shorter horizon, answer sooner');
}

/**
 * The same note for a sweep: the tickets of every point × replication. The speeds are one
 * core's; `workers` (when known) share the work, at best that many times faster.
 */
export function sweepSizeNote(sweep: Pick<Sweep, 'expectedTickets' | 'replications'>, points: number, workers?: number): string | null {
  const runs = `${points} point${points === 1 ? '' : 's'} × ${sweep.replications} replication${sweep.replications === 1 ? '' : 's'}`;
  const where = workers === undefined ? ' on one core' : ` on one core, shared by ${workers} worker${workers === 1 ? '' : 's'}`;
  return sizeNote(sweep.expectedTickets * sweep.replications, runs, where, 'Fewer points or replications, or a shorter horizon, answer sooner');
}

function sizeNote(tickets: number, runs: string, where: string, sooner: string): string | null {
  const slow = tickets / TICKETS_PER_SECOND.low;
  if (!(slow > NOTE_AFTER_SECONDS)) return null;
  const fast = tickets / TICKETS_PER_SECOND.high;
  return `note: about ${roughCount(tickets)} tickets (${runs}); ` +
    `at the 0.3–2.3 million tickets a second \`npm run bench\` measures, that takes ${roughTime(fast)} to ${roughTime(slow)}${where}. ` +
    `${sooner}; Ctrl-C stops.`;
}
