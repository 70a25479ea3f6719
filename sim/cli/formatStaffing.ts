// `omnisim staff`'s result as people read it (a table and its notes) and as CSV.

import type { StaffingResult } from '../run/staffing.ts';
import { formatDuration, formatSpan } from '../scenario/units.ts';
import { renderTable } from './renderTable.ts';
import { noFigureNote } from './formatNoFigure.ts';
import { csvLine } from '../run/writtenFigures.ts';
import { formatValue } from './formatEstimate.ts';

// As run's tables print shares: a figure that rounds to zero reads "0.0%", never "-0.0%".
const pct = (x: number | null) => (x === null ? '—' : formatValue(x, 'percent'));

export function formatStaffing(r: StaffingResult): string {
  const channels = Object.keys(r.rows[0]?.simulated ?? {});
  const head = [r.by === 'interval' ? 'slot' : 'run', ...channels.map((c) => `${c}/h`), 'Erlang', 'required', `scheduled (${(r.shrinkage * 100).toFixed(0)}% shrinkage)`,
    ...channels.flatMap((c) => [`${c} SL`, `${c} ASA`, `${c} abandon`, `${c} occupancy`])];
  const rows = r.rows.map((row) => [
    r.by === 'interval' ? formatSpan(row.from, row.to) : formatDuration(row.to),
    ...channels.map((c) => row.arrivalsPerHour[c]!.toFixed(1)),
    String(row.erlangAgents), String(row.requiredAgents) + (row.met ? '' : ' !'), String(row.scheduledAgents),
    ...channels.flatMap((c) => {
      const s = row.simulated[c]!;
      return [pct(s.serviceLevel), s.asaSeconds === null ? '—' : formatDuration(s.asaSeconds), pct(s.abandonRate), pct(s.occupancy)];
    }),
  ]);
  // The simulated figures' keys, in the columns' order, for the footnote on "—".
  const keys = ['serviceLevel', 'asaSeconds', 'abandonRate', 'occupancy'] as const;
  const dashes = keys.filter((k) => r.rows.some((row) => channels.some((c) => row.simulated[c]![k] === null)));
  // Both sums are of the table's columns: scheduled agents are whole people per slot, so their
  // hours are not the required hours / (1 − shrinkage), which a planner adding up the column misses.
  const sum = (agents: (row: StaffingResult['rows'][number]) => number) => r.rows.reduce((s, row) => s + (agents(row) * (row.to - row.from)) / 3600, 0);
  const hours = r.by === 'interval' ? { required: sum((row) => row.requiredAgents), scheduled: sum((row) => row.scheduledAgents) } : null;
  // A run shorter than a day lists only the slots it covers: their hours, not a day's.
  const end = r.rows[r.rows.length - 1]?.to ?? 86400;
  const over = end >= 86400 ? 'per day' : `over the ${formatDuration(end)} the run covers`;
  return `${r.scenario} · seed ${r.seed} · team ${r.team}${r.brand !== undefined ? ` · brand ${r.brand}'s customers` : ''} · by ${r.by} · ${r.replications} replication${r.replications === 1 ? '' : 's'} per check · ${r.iterations} simulation round${r.iterations === 1 ? '' : 's'}\n\n` +
    (r.replications < 2 ? 'note: one replication per check: each check is one random day, not an average (give --replications 10 or more)\n\n' : '') +
    renderTable(head, rows) + '\n' + noFigureNote(dashes, r.by === 'interval' ? ' in that slot' : '') +
    (hours !== null ? `\nagent-hours ${over}: ${hours.required.toFixed(1)} required, ${hours.scheduled.toFixed(1)} scheduled\n` : '') +
    offCapacityNote(r, channels) + r.notes.map((n) => `note: ${n}`).join('\n') + '\n';
}

/** What occupancy leaves out, when a slot (or the run) had any: see runOccupancy in staffing.ts. */
function offCapacityNote(r: StaffingResult, channels: string[]): string {
  const most = channels.map((c) => [c, Math.max(0, ...r.rows.map((row) => row.simulated[c]!.heldOffCapacity ?? 0))] as const).filter(([, x]) => x >= 0.05);
  if (most.length === 0) return '';
  const where = r.by === 'interval' ? 'in a slot' : 'over the run';
  return `note: occupancy is the work of the agents on shift who take the channel, over their capacity. Work held by others — agents finishing after their shift ends ` +
    `or on a break, agents with no capacity on the channel (R43) — is left out: on average up to ${most.map(([c, x]) => `${x.toFixed(1)} ${c}`).join(', ')} ` +
    `tickets at a time ${where} (heldOffCapacity in --json and --csv).\n`;
}

export function staffingCsv(r: StaffingResult): string {
  const channels = Object.keys(r.rows[0]?.simulated ?? {});
  const head = ['from_seconds', 'to_seconds', ...channels.map((c) => `${c}_arrivals_per_hour`), 'erlang_agents', 'required_agents', 'scheduled_agents',
    ...channels.flatMap((c) => [`${c}_service_level`, `${c}_asa_seconds`, `${c}_abandon_rate`, `${c}_occupancy`, `${c}_held_off_capacity`]), 'met'];
  const rows = r.rows.map((row) => csvLine([row.from, row.to, ...channels.map((c) => row.arrivalsPerHour[c]), row.erlangAgents, row.requiredAgents, row.scheduledAgents,
    ...channels.flatMap((c) => [row.simulated[c]!.serviceLevel ?? '', row.simulated[c]!.asaSeconds ?? '', row.simulated[c]!.abandonRate ?? '', row.simulated[c]!.occupancy ?? '', row.simulated[c]!.heldOffCapacity ?? '']), row.met]));
  return [csvLine(head), ...rows].join('\n') + '\n';
}
