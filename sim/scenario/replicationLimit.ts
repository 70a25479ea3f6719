// The most replications one run takes: a scenario's `replications:`, `omnisim run --replications`
// and the page's replications knob accept a whole number from 1 to this (more would run for
// days and keep every replication's summary in memory).

export const MAX_REPLICATIONS = 100_000;
