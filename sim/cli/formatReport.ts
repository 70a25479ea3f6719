// The readable table `omnisim run` prints: one column per channel, one row per metric, each
// a mean ± the half-width of its 95 % interval; then the queues.

import type { Report, ChannelReport } from '../run/Report.ts';
import type { ChannelName } from '../model/codes.ts';
import type { Scenario } from '../scenario/Scenario.ts';
import { formatDuration } from '../scenario/units.ts';
import { formatEstimate } from './formatEstimate.ts';
import type { Unit } from './formatEstimate.ts';
import { renderTable } from './renderTable.ts';

const ROWS: [keyof ChannelReport, string, Unit][] = [
  ['offered', 'offered', 'count'],
  ['answered', 'answered', 'count'],
  ['abandoned', 'abandoned', 'count'],
  ['unansweredAtEnd', 'unanswered at end', 'count'],
  ['waitProbability', 'waited (P(wait))', 'percent'],
  ['meanWaitSeconds', 'mean wait E[Wq]', 'seconds'],
  ['asaSeconds', 'ASA (answered)', 'seconds'],
  ['waitP90Seconds', 'wait P90 (answered)', 'seconds'],
  ['serviceLevel', 'service level', 'percent'],
  ['abandonRate', 'abandon rate', 'percent'],
  ['occupancy', 'occupancy', 'percent'],
  ['throughputPerHour', 'answered per hour', 'rate'],
];

export function formatReport(report: Report, scenario: Scenario): string {
  const names = Object.keys(report.channels) as ChannelName[];
  const head = `${report.scenario} · seed ${report.seed} · ${report.replications} replication${report.replications === 1 ? '' : 's'} × ${formatDuration(report.horizonSeconds)}` +
    (report.warmupSeconds > 0 ? ` (warm-up ${formatDuration(report.warmupSeconds)} removed)` : '');
  const rows = ROWS.map(([key, label, unit]) => {
    const cells = names.map((c) => formatEstimate(report.channels[c]![key], unit));
    if (key === 'serviceLevel') {
      label = `service level (${names.map((c) => formatDuration(scenario.channels.find((x) => x.channel === c)!.serviceLevelThreshold)).join(' / ')})`;
    }
    return [label, ...cells];
  });
  let out = `${head}\n\n${renderTable(['', ...names], rows)}\n`;
  const queues = Object.entries(report.queues);
  if (queues.length > 0) {
    const qrows = queues.map(([name, q]) => [name, q.channel, formatEstimate(q.meanLength, 'number'), formatEstimate(q.maxLength, 'number'), formatEstimate(q.entered, 'count')]);
    out += `\n${renderTable(['queue', 'channel', 'mean length', 'max length', 'entered'], qrows)}\n`;
  }
  if (report.replications < 2) out += '\n(one replication: no confidence intervals; use --replications 10 or more)\n';
  return out;
}
