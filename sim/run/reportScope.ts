// Which of a run summary's metrics the report of its scenario holds, so `compare` and `sweep`
// list what `run` reports: the channels with traffic — those with arrivals, or whose work agents
// held in some replication (messaging routed as email, R43, without email arrivals) — and the
// sessions section only when the scenario has messaging. A channel is in or out for all the
// replications together: one in which nobody happened to hold email has an occupancy of 0, not none.

import type { ChannelName } from '../model/codes.ts';
import { CHANNELS, MESSAGING } from '../model/codes.ts';
import type { Scenario } from '../scenario/Scenario.ts';

export interface ReportScope {
  channels: ReadonlySet<ChannelName>;
  messaging: boolean;
}

/** The channels the report has: with arrivals, or held by agents (`meanBusy`) in some replication. */
export function reportChannels(scenario: Scenario, meanBusy: (c: ChannelName) => readonly number[]): ChannelName[] {
  return CHANNELS.filter((c, i) => scenario.channels[i]!.enabled || meanBusy(c).some((b) => b > 0));
}

/** The scope of a scenario's report, from its replications' flattened metrics (flattenSummary). */
export function reportScope(scenario: Scenario, runs: readonly { get(path: string): number | null | undefined }[]): ReportScope {
  const channels = reportChannels(scenario, (c) => runs.map((r) => r.get(`channels.${c}.meanBusy`) ?? 0));
  return { channels: new Set(channels), messaging: scenario.channels[MESSAGING]!.enabled };
}

/** Whether a flattened metric path is in the report: `channels.<c>.…`, `windows.<w>.<c>.…` and `sessions.…` are checked. */
export function inReport(path: string, scope: ReportScope): boolean {
  if (path.startsWith('sessions.')) return scope.messaging;
  const segs = path.split('.');
  // A window's name may hold dots; its channel is the part before the metric's name.
  if (segs[0] === 'channels' || (segs[0] === 'windows' && segs.length >= 4)) {
    const c = segs[segs[0] === 'channels' ? 1 : segs.length - 2] as ChannelName;
    return !(CHANNELS as readonly string[]).includes(c) || scope.channels.has(c);
  }
  return true;
}
