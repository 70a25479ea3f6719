// `omnisim staff`'s result as people read it (a table and its notes) and as CSV.

import type { StaffingResult } from '../run/staffing.ts';
import { formatDuration, formatSpan } from '../scenario/units.ts';
import { renderTable } from './renderTable.ts';
import { noFigureNote } from './formatNoFigure.ts';
import { csvLine } from '../run/writtenFigures.ts';
import type { Unit } from './formatEstimate.ts';
import { formatFigure, oneReplicationNote } from './formatFigure.ts';
import { unreachedChannels } from '../run/deflectedStaffing.ts';
import { slotSpans } from '../run/slotSpans.ts';

/** The simulated figures shown, in the columns' order, each as run prints it: mean ± half-width. */
const FIGURES: readonly (readonly [key: 'serviceLevel' | 'asaSeconds' | 'abandonRate' | 'occupancy', head: string, unit: Unit])[] = [
  ['serviceLevel', 'SL', 'percent'], ['asaSeconds', 'ASA', 'seconds'], ['abandonRate', 'abandon', 'percent'], ['occupancy', 'occupancy', 'percent'],
];

/** The mark on a figure whose mean meets its target but whose interval crosses it. */
const CROSSES = ' ?';
const CROSSES_NOTE = '? the mean meets the target, but the 95 % interval crosses it: more replications (--replications) to be sure\n';

/** A column's target, as its head gives it: " ≥ 80% in 60s", " ≤ 30s"; '' for a figure without one. */
function goalOf(r: StaffingResult, channel: string, key: (typeof FIGURES)[number][0]): string {
  const goals = r.targets.filter((t) => t.channel === channel);
  const pct = (x: number) => `${+(x * 100).toFixed(2)}%`;
  for (const t of goals) {
    if (key === 'serviceLevel' && t.serviceLevel) return ` ≥ ${pct(t.serviceLevel.fraction)} in ${formatDuration(t.serviceLevel.threshold)}`;
    if (key === 'asaSeconds' && t.maxAsaSeconds !== undefined) return ` ≤ ${formatDuration(t.maxAsaSeconds)}`;
    if (key === 'abandonRate' && t.maxAbandonRate !== undefined) return ` ≤ ${pct(t.maxAbandonRate)}`;
    if (key === 'occupancy' && t.maxOccupancy !== undefined) return ` ≤ ${pct(t.maxOccupancy)}`;
  }
  return '';
}

export function formatStaffing(r: StaffingResult): string {
  const channels = Object.keys(r.rows[0]?.simulated ?? {});
  const head = [r.by === 'interval' ? 'slot' : 'run', ...channels.map((c) => `${c}/h`), 'Erlang', 'required', `scheduled (${(r.shrinkage * 100).toFixed(0)}% shrinkage)`,
    ...channels.flatMap((c) => FIGURES.map(([key, head]) => `${c} ${head}${goalOf(r, c, key)}`))];
  const rows = r.rows.map((row) => [
    r.by === 'interval' ? formatSpan(row.from, row.to) : formatDuration(row.to),
    ...channels.map((c) => row.arrivalsPerHour[c]!.toFixed(1)),
    String(row.erlangAgents), String(row.requiredAgents) + (row.met ? '' : ' !'), String(row.scheduledAgents),
    ...channels.flatMap((c) => FIGURES.map(([key, , unit]) =>
      formatFigure(row.simulated[c]![key], unit, r.replications) + (row.intervalCrossesTarget.includes(`${c}.${key}`) ? CROSSES : ''))),
  ]);
  // For the footnote on "—".
  const dashes = FIGURES.map(([key]) => key).filter((k) => r.rows.some((row) => channels.some((c) => row.simulated[c]![k].mean === null)));
  const crossing = r.rows.some((row) => row.intervalCrossesTarget.length > 0) ? CROSSES_NOTE : '';
  const missed = unreached(r); // read by the agent-hours line and its note
  // Both sums are of the table's columns: scheduled agents are whole people per slot, so their
  // hours are not the required hours / (1 − shrinkage), which a planner adding up the column misses.
  const sum = (agents: (row: StaffingResult['rows'][number]) => number) => r.rows.reduce((s, row) => s + (agents(row) * (row.to - row.from)) / 3600, 0);
  const hours = r.by === 'interval' ? { required: sum((row) => row.requiredAgents), scheduled: sum((row) => row.scheduledAgents) } : null;
  // A run shorter than a day lists only the slots it covers: their hours, not a day's.
  const end = r.rows[r.rows.length - 1]?.to ?? 86400;
  const over = end >= 86400 ? 'per day' : `over the ${formatDuration(end)} the run covers`;
  return `${r.scenario} · seed ${r.seed} · team ${r.team}${r.brand !== undefined ? ` · brand ${r.brand}'s customers` : ''} · by ${r.by} · ${r.replications} replication${r.replications === 1 ? '' : 's'} per check · ${r.iterations} simulation round${r.iterations === 1 ? '' : 's'}\n\n` +
    (r.replications < 2 ? 'note: one replication per check: each check is one random day, not an average (give --replications 10 or more)\n\n' : '') +
    renderTable(head, rows) + '\n' + crossing + noFigureNote(dashes, r.by === 'interval' ? ' in that slot' : '') + oneReplicationNote(rows) +
    (hours !== null ? `\nagent-hours ${over}: ${hours.required.toFixed(1)} required, ${hours.scheduled.toFixed(1)} scheduled${unreachedHours(missed)}\n` : '') +
    unreachedNote(r, missed) + offCapacityNote(r, channels) + r.notes.map((n) => `note: ${n}`).join('\n') + '\n';
}

type Unreached = { channel: string; rows: StaffingResult['rows'] }[];

/** The rows missing a target where no ticket reached an agent, by channel. */
function unreached(r: StaffingResult): Unreached {
  const channels = [...new Set(r.rows.flatMap(unreachedChannels))];
  return channels.map((channel) => ({ channel, rows: r.rows.filter((row) => unreachedChannels(row).includes(channel)) }));
}

/** Where every ticket was deflected (its session ended, nothing routed it on: R44), agents serve
 *  nobody: the search's agents there are no requirement (recipe C's nights read 9–10 agents, "!"). */
function unreachedNote(r: StaffingResult, missed: Unreached): string {
  return missed.map(({ channel, rows }) => {
    const where = r.by === 'interval' ? `in ${rows.length} slot${rows.length === 1 ? '' : 's'} (${slotSpans(rows)})` : 'over the run';
    return `note: ${where} every ${channel} ticket was deflected — its session ended before an agent had it, and nothing routed it on (a trigger's End session, say: R44) — ` +
      `so no number of agents meets a ${channel} target there, and the agents shown there (marked !) are no requirement. \`omnisim trace --find stranded\` shows such a ticket.\n`;
  }).join('');
}

/** The part of the required agent-hours in slots where no ticket reaches an agent, or ''. */
function unreachedHours(missed: Unreached): string {
  const rows = new Set(missed.flatMap((u) => u.rows));
  if (rows.size === 0) return '';
  const h = [...rows].reduce((s, row) => s + (row.requiredAgents * (row.to - row.from)) / 3600, 0);
  return ` (${h.toFixed(1)} of the required in slots where no ticket reaches an agent)`;
}

/** What occupancy leaves out, when a slot (or the run) had any: see runOccupancy in staffing.ts. */
function offCapacityNote(r: StaffingResult, channels: string[]): string {
  const most = channels.map((c) => [c, Math.max(0, ...r.rows.map((row) => row.simulated[c]!.heldOffCapacity.mean ?? 0))] as const).filter(([, x]) => x >= 0.05);
  if (most.length === 0) return '';
  const where = r.by === 'interval' ? 'in a slot' : 'over the run';
  return `note: occupancy is the work of the agents on shift who take the channel, over their capacity. Work held by others — agents finishing after their shift ends ` +
    `or on a break, agents with no capacity on the channel (R43) — is left out: on average up to ${most.map(([c, x]) => `${x.toFixed(1)} ${c}`).join(', ')} ` +
    `tickets at a time ${where} (heldOffCapacity in --json and --csv).\n`;
}

/** The CSV's simulated figures, each a mean and its 95 % interval's ends (empty: no figure, or no interval). */
const CSV_FIGURES = [['serviceLevel', 'service_level'], ['asaSeconds', 'asa_seconds'], ['abandonRate', 'abandon_rate'], ['occupancy', 'occupancy'], ['heldOffCapacity', 'held_off_capacity']] as const;

/** One line per row; after the figures: met, the figures whose interval crosses their target, and
 *  where a target is missed, why (notMet.because, space-separated) and from how many agents the
 *  figure levelled off (notMet.levelsOff.from); empty where there is nothing to say. */
export function staffingCsv(r: StaffingResult): string {
  const channels = Object.keys(r.rows[0]?.simulated ?? {});
  const head = ['from_seconds', 'to_seconds', ...channels.map((c) => `${c}_arrivals_per_hour`), 'erlang_agents', 'required_agents', 'scheduled_agents',
    ...channels.flatMap((c) => CSV_FIGURES.flatMap(([, name]) => [`${c}_${name}`, `${c}_${name}_ci95_low`, `${c}_${name}_ci95_high`])), 'met', 'interval_crosses_target', 'not_met_because', 'levels_off_from_agents'];
  const rows = r.rows.map((row) => csvLine([row.from, row.to, ...channels.map((c) => row.arrivalsPerHour[c]), row.erlangAgents, row.requiredAgents, row.scheduledAgents,
    ...channels.flatMap((c) => CSV_FIGURES.flatMap(([key]) => {
      const e = row.simulated[c]![key];
      return [e.mean ?? '', e.ci95?.[0] ?? '', e.ci95?.[1] ?? ''];
    })),
    row.met, row.intervalCrossesTarget.join(' '), row.notMet?.because.join(' ') ?? '', row.notMet?.levelsOff?.from ?? '']));
  return [csvLine(head), ...rows].join('\n') + '\n';
}
