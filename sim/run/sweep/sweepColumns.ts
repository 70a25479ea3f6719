// The metrics a sweep's table and CSV show: those its file lists, all of them; by default those of
// the channels its points have traffic on — a voice-only scenario showed sessions.stranded and
// sessions.reclassifiedToEmail as columns of zeros, counts of messaging sessions it cannot have —
// and a channel's abandon rate only when some point gives its customers patience (without, nobody
// abandons, and the column was zeros whatever the grid did).

import type { ChannelName } from '../../model/codes.ts';
import type { Sweep } from './Sweep.ts';
import { gridPoints, pointUnit } from './Sweep.ts';
import { readUnit } from './runUnit.ts';
import type { SweepResult } from './SweepResult.ts';

/**
 * The channels with traffic in any point of the grid (each point compiled as it runs), and those
 * of them whose customers have patience in some point (only they can abandon).
 */
export function sweepChannels(sweep: Sweep): { traffic: Set<ChannelName>; patience: Set<ChannelName> } {
  const traffic = new Set<ChannelName>(), patience = new Set<ChannelName>();
  for (const p of gridPoints(sweep.grid)) {
    const r = readUnit(pointUnit(sweep, p, 0));
    if ('errors' in r) continue; // told when the sweep was read
    for (const c of r.compiled.scenario.channels) {
      if (!c.enabled) continue;
      traffic.add(c.channel);
      if (c.patience !== null) patience.add(c.channel);
    }
  }
  return { traffic, patience };
}

export function sweepColumns(sweep: Sweep, result: SweepResult): string[] {
  if (sweep.metricsGiven) return sweep.metrics;
  const { traffic, patience } = sweepChannels(sweep);
  const ofChannels = (m: string) => {
    const [head, channel, metric] = m.split('.');
    if (head === 'channels' && metric === 'abandonRate') return patience.has(channel as ChannelName);
    if (head === 'channels') return traffic.has(channel as ChannelName);
    if (head === 'sessions') return traffic.has('messaging'); // ending messaging sessions (R42–R48)
    return true;
  };
  // And, as before, only metrics some point has a figure for.
  return sweep.metrics.filter((m) => ofChannels(m) && result.points.some((p) => (p.metrics[m]?.mean ?? null) !== null));
}
