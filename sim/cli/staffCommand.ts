// `omnisim staff`: flags → a staffing search → a staffing curve as a table, CSV or JSON.

import type { CompiledScenario } from '../engine/compileScenario.ts';
import type { ChannelName } from '../model/codes.ts';
import { CHANNELS } from '../model/codes.ts';
import { findStaffing, teamCapacity } from '../run/staffing.ts';
import type { TeamConfig } from '../scenario/Scenario.ts';
import type { ChannelTarget, StaffingResult } from '../run/staffing.ts';
import { parseDuration, formatDuration, formatSpan } from '../scenario/units.ts';
import { UserError } from './UserError.ts';
import { renderTable } from './renderTable.ts';

function percent(flag: string, v: string): number {
  const x = v.trim().endsWith('%') ? Number(v.trim().slice(0, -1)) / 100 : Number(v);
  if (!(x >= 0 && x <= 1)) throw new UserError(`${flag}: expected a percentage such as 80% (or 0.8), got "${v}"`);
  return x;
}

function seconds(flag: string, v: string): number {
  const d = parseDuration(v);
  if (typeof d !== 'number') throw new UserError(`${flag}: ${d.error}`);
  return d;
}

/** "messaging:sl=80%/60s,asa=30s,abandon=5%,occupancy=85%" */
export function parseTarget(text: string, sc: CompiledScenario['scenario']): ChannelTarget {
  const m = /^\s*(\w+)\s*:\s*(.+)$/.exec(text);
  const channel = (m?.[1] === 'talk' ? 'voice' : m?.[1]) as ChannelName | undefined;
  if (!m || !channel || !CHANNELS.includes(channel)) {
    throw new UserError(`--target: expected CHANNEL:KEY=VALUE,… e.g. messaging:sl=80%/60s,asa=30s — got "${text}"`);
  }
  if (!sc.channels[CHANNELS.indexOf(channel)]!.enabled) throw new UserError(`--target: the scenario has no ${channel} traffic`);
  const t: ChannelTarget = { channel };
  for (const part of m[2]!.split(',')) {
    const [k, v] = part.split('=').map((x) => x.trim());
    if (!k || !v) throw new UserError(`--target ${channel}: expected KEY=VALUE, got "${part}"`);
    const flag = `--target ${channel}:${k}`;
    switch (k) {
      case 'sl': {
        const [frac, thr] = v.split('/');
        t.serviceLevel = {
          fraction: percent(flag, frac!),
          threshold: thr ? seconds(flag, thr) : sc.channels[CHANNELS.indexOf(channel)]!.serviceLevelThreshold,
        };
        break;
      }
      case 'asa': t.maxAsaSeconds = seconds(flag, v); break;
      case 'abandon': t.maxAbandonRate = percent(flag, v); break;
      case 'occupancy': t.maxOccupancy = percent(flag, v); break;
      default: throw new UserError(`${flag}: unknown target (use sl, asa, abandon or occupancy)`);
    }
  }
  return t;
}

export interface StaffFlags {
  target?: string[];
  team?: string;
  by?: string;
  interval?: string;
  shrinkage?: string;
  maxIterations?: string;
}

export function staff(compiled: CompiledScenario, f: StaffFlags, progress?: (m: string) => void): StaffingResult {
  const sc = compiled.scenario;
  if (!f.target || f.target.length === 0) throw new UserError('staff: give at least one --target, e.g. --target messaging:sl=80%/60s');
  const targets = f.target.map((x) => parseTarget(x, sc));
  const first = targets[0]!.channel;
  // By default the team with most capacity on the first target's channel, among those that
  // take every target's channel: findStaffing refuses a target on a channel the team does not take.
  const takesAll = (t: TeamConfig) => targets.every((x) => teamCapacity(sc, t, x.channel) > 0);
  const team = f.team ?? [...sc.teams].sort((a, b) => Number(takesAll(b)) - Number(takesAll(a)) ||
    teamCapacity(sc, b, first) * b.count - teamCapacity(sc, a, first) * a.count)[0]?.name;
  if (!team || !sc.teams.some((t) => t.name === team)) throw new UserError(`--team: no team "${f.team}" (teams: ${sc.teams.map((t) => t.name).join(', ')})`);
  if (f.by !== undefined && f.by !== 'team' && f.by !== 'interval') throw new UserError(`--by: expected team or interval, got "${f.by}"`);
  const varies = targets.some((t) => {
    const a = sc.channels[CHANNELS.indexOf(t.channel)]!.arrivals;
    return a.spikes.length > 0 || new Set(a.profile).size > 1;
  });
  const interval = f.interval ? seconds('--interval', f.interval) : 1800;
  const shrinkage = f.shrinkage ? percent('--shrinkage', f.shrinkage) : 0;
  if (shrinkage >= 1) throw new UserError('--shrinkage: must be below 100%');
  const maxIterations = f.maxIterations ? Number(f.maxIterations) : 8;
  if (!(Number.isInteger(maxIterations) && maxIterations >= 1)) throw new UserError(`--max-iterations: expected a whole number ≥ 1, got "${f.maxIterations}"`);
  try {
    return findStaffing(compiled, {
      team, targets, by: (f.by as 'team' | 'interval' | undefined) ?? (varies ? 'interval' : 'team'), interval, shrinkage, maxIterations,
      ...(progress ? { onProgress: progress } : {}),
    });
  } catch (e) {
    if (e instanceof RangeError) throw new UserError(e.message);
    throw e;
  }
}

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

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
  const hours = r.by === 'interval' ? r.rows.reduce((s, row) => s + (row.requiredAgents * (row.to - row.from)) / 3600, 0) : null;
  return `${r.scenario} · team ${r.team} · by ${r.by} · ${r.replications} replications per check · ${r.iterations} simulation round(s)\n\n` +
    renderTable(head, rows) + '\n' +
    (hours !== null ? `\nagent-hours per day: ${hours.toFixed(1)} required, ${(hours / (1 - r.shrinkage)).toFixed(1)} scheduled\n` : '') +
    r.notes.map((n) => `note: ${n}`).join('\n') + '\n';
}

export function staffingCsv(r: StaffingResult): string {
  const channels = Object.keys(r.rows[0]?.simulated ?? {});
  const head = ['from_seconds', 'to_seconds', ...channels.map((c) => `${c}_arrivals_per_hour`), 'erlang_agents', 'required_agents', 'scheduled_agents',
    ...channels.flatMap((c) => [`${c}_service_level`, `${c}_asa_seconds`, `${c}_abandon_rate`, `${c}_occupancy`]), 'met'];
  const rows = r.rows.map((row) => [row.from, row.to, ...channels.map((c) => row.arrivalsPerHour[c]), row.erlangAgents, row.requiredAgents, row.scheduledAgents,
    ...channels.flatMap((c) => [row.simulated[c]!.serviceLevel ?? '', row.simulated[c]!.asaSeconds ?? '', row.simulated[c]!.abandonRate ?? '', row.simulated[c]!.occupancy ?? '']), row.met].join(','));
  return [head.join(','), ...rows].join('\n') + '\n';
}
