// A scenario three suites share: email arrives 08:00–18:00 with a 1 h service-level threshold,
// and its team works 08:00–16:00, so the evening's emails are still waiting when the day ends
// (missedAtEnd; staff's off-shift note).

/** `email` and `tail` add lines to the email channel and the end of the file. */
export function eveningBacklog({ replications = 4, email = '', tail = '' }: { replications?: number; email?: string; tail?: string } = {}): string {
  return `name: evening-backlog
seed: 5
horizon: 1d
replications: ${replications}
channels:
  email:
    arrivals: { rate: 20/h, profile: { "00:00": 0, "08:00": 1, "18:00": 0 } }
    handleTime: 6m
    pendingProbability: 0%
    serviceLevelThreshold: 1h
${email}agents:
  - { team: office, count: 2, capacity: { email: 3 }, shift: { mon-sun: "08:00-16:00" } }
${tail}`;
}
