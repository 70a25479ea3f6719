// How the views name the replications their figures come from. With one replication there is
// no mean over several and no 95 % interval (the report's ci95 is null, the tiles show a bare
// value): the page said "Mean over 1 replications ± half-width of its 95% confidence interval",
// "the first of 1 replications played back" and "(mean over 1 replications)".

/** "mean over 20 replications", or "one replication" for one. */
export function meanOver(replications: number): string {
  return replications === 1 ? 'one replication' : `mean over ${replications} replications`;
}

/** The replication the live charts play: "the first of 20 replications", or "the only replication". */
export function playedOf(replications: number): string {
  return replications === 1 ? 'the only replication' : `the first of ${replications} replications`;
}

/** The headline figures' subtitle. */
export function tilesSubtitle(replications: number): string {
  const what = replications === 1
    ? 'Figures of one replication, with no confidence interval (it takes two or more).'
    : `Mean over ${replications} replications ± half-width of its 95% confidence interval (its ends where it is cut at 0 or 100%).`;
  return `${what} Where the Erlang formulas describe a channel, their figure is shown beside it.`;
}
