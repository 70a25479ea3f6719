// The spike knobs' "at" and "for" checked as the scenario reader checks a spike (readSpike),
// before anything runs: a bad value is said at its field, naming what is wrong. Left to the run,
// "abc" was reported as a problem at the file's line of the spike, which the user had not changed.

import { Problems } from '../../sim/scenario/read/Problems.ts';
import { readSpike } from '../../sim/scenario/read/readArrivals.ts';

export type SpikeField = 'at' | 'duration';

/**
 * What is wrong with the spike the file writes (`spike`) once its `at` and `duration` are the
 * text typed, by field (none: nothing). A repeating spike's period bounds its duration, so a
 * duration longer than the period is the duration's problem.
 */
export function checkSpikeKnobs(spike: Readonly<Record<string, unknown>>, typed: { at: string; duration: string }): Partial<Record<SpikeField, string>> {
  const out: Partial<Record<SpikeField, string>> = {};
  if (typed.at.trim() === '') out.at = 'enter a time such as 10:00, d2 10:00 or 34h (the field is empty)';
  if (typed.duration.trim() === '') out.duration = 'enter a duration such as 40m (the field is empty)';
  const p = new Problems();
  readSpike({ ...spike, at: typed.at, duration: typed.duration }, 'spike', p);
  for (const e of p.errors) {
    const field: SpikeField | null = e.path === 'spike.at' ? 'at' : e.path === 'spike.duration' || e.path === 'spike.every' ? 'duration' : null;
    if (field !== null && out[field] === undefined) out[field] = e.message;
  }
  return out;
}
