// The metrics a sweep's table and CSV show: those its file lists, all of them; by default those of
// the channels its points have traffic on — a voice-only scenario showed sessions.stranded and
// sessions.reclassifiedToEmail as columns of zeros, counts of messaging sessions it cannot have.

import type { ChannelName } from '../../model/codes.ts';
import type { Sweep } from './Sweep.ts';
import { gridPoints, pointUnit } from './Sweep.ts';
import { readUnit } from './runUnit.ts';
import type { SweepResult } from './SweepResult.ts';

/** The channels with traffic in any point of the grid (each point compiled as it runs). */
export function sweepChannels(sweep: Sweep): Set<ChannelName> {
  const out = new Set<ChannelName>();
  for (const p of gridPoints(sweep.grid)) {
    const r = readUnit(pointUnit(sweep, p, 0));
    if ('errors' in r) continue; // told when the sweep was read
    for (const c of r.compiled.scenario.channels) if (c.enabled) out.add(c.channel);
  }
  return out;
}

export function sweepColumns(sweep: Sweep, result: SweepResult): string[] {
  if (sweep.metricsGiven) return sweep.metrics;
  const channels = sweepChannels(sweep);
  const ofChannels = (m: string) => {
    const [head, channel] = m.split('.');
    if (head === 'channels') return channels.has(channel as ChannelName);
    if (head === 'sessions') return channels.has('messaging'); // ending messaging sessions (R42–R48)
    return true;
  };
  // And, as before, only metrics some point has a figure for.
  return sweep.metrics.filter((m) => ofChannels(m) && result.points.some((p) => (p.metrics[m]?.mean ?? null) !== null));
}
