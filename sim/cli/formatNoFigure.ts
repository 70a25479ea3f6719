// The footnote under a report table that shows "—": which figures have no value and why — in no
// replication was there anything to measure them by (no ticket answered, say). Only the rows
// that show one are named, grouped by reason.

const NO_OUTCOME = 'no ticket answered, abandoned or ended unanswered';

/** Why a metric has no value, and the short name it is told by. */
const WHY: Record<string, [name: string, why: string]> = {
  waitProbability: ['queued', 'no ticket answered, abandoned, ended unanswered or still waiting in a queue at the end'],
  serviceLevel: ['service level', 'no ticket answered, abandoned, ended unanswered or still waiting past the threshold at the end'],
  abandonRate: ['abandon rate', NO_OUTCOME],
  meanWaitSeconds: ['mean wait', 'no ticket answered or abandoned'],
  asaSeconds: ['ASA', 'no ticket answered'],
  waitP90Seconds: ['wait P90', 'no ticket answered'],
  occupancy: ['occupancy', 'no agent could take the channel'],
  throughputPerHour: ['answered per hour', 'the window lies after the end of the run'],
  breachedShare: ['breached share', 'no ticket with a first-reply target answered'],
  resolvedShare: ['resolved share', 'the AI agent finished with no ticket'],
  meanHeldSeconds: ['mean time held', 'the AI agent finished with no ticket'],
};

/**
 * The footnote for the metrics (by key) whose row shows "—" somewhere, or '' when none does.
 * `where` qualifies the replications ("" for the run, " in the window" for a window's table).
 */
export function noFigureNote(keysShowingDash: readonly string[], where = ''): string {
  const byWhy = new Map<string, string[]>();
  for (const key of keysShowingDash) {
    const [name, why] = WHY[key] ?? [key, 'nothing to measure it by'];
    byWhy.set(why, [...(byWhy.get(why) ?? []), name]);
  }
  if (byWhy.size === 0) return '';
  return `— no figure: nothing to measure it by${where} in any replication\n` +
    [...byWhy].map(([why, names]) => `  ${names.join(', ')}: ${why}\n`).join('');
}
