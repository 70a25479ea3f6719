// `arrivals: { replay: data/tickets.csv }` — a channel's arrivals replayed from a CSV export of
// real tickets (the channel takes the file's rows of its channel), or the long form
// `{ replay: { file, start, utcOffset, onBadRow } }`. The files are read once all channels are
// known (resolveReplays), through the same reader as trigger imports, so a scenario works from
// the command line, in sweeps and in the browser alike.

import type { ArrivalConfig, ChannelConfig, TeamConfig, QueueConfig } from '../Scenario.ts';
import type { ReplayConfig } from '../ReplayConfig.ts';
import type { Problems } from './Problems.ts';
import type { Raw } from './fields.ts';
import type { FileReader } from './readTriggers.ts';
import { defaultArrivals } from '../defaults.ts';
import { join, mapping, oneOf, text } from './fields.ts';
import { describeValue, suggest } from './describeValue.ts';
import { CHANNELS, CHANNEL_CODES } from '../../model/codes.ts';
import { readTicketExport } from '../../traffic/replay/ticketExport.ts';
import { brandNames } from '../brandNames.ts';
import type { TicketExport } from '../../traffic/replay/ticketExport.ts';
import { parseOffset, weekdayOf, formatWall } from '../../traffic/replay/timestamps.ts';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Bad rows listed one by one; the rest are counted. */
const LISTED = 20;

/** Reads `replay:` of an arrivals mapping (the file itself is read by resolveReplays). */
export function readReplayArrivals(m: Raw, path: string, p: Problems): ArrivalConfig | undefined {
  for (const k of ['rate', 'profile', 'weekdays', 'spikes', 'times']) {
    if (m[k] !== undefined) p.error(join(path, k), `"${k}" cannot be combined with replayed arrivals (the file gives every arrival)`);
  }
  const at = join(path, 'replay');
  const v = m['replay'];
  const replay: ReplayConfig = { file: '', start: null, utcOffsetMinutes: null, onBadRow: 'error', rows: [] };
  if (typeof v === 'string') {
    replay.file = text(v, at, p) ?? '';
  } else if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    p.error(at, `expected the CSV file to replay (replay: data/tickets.csv) or { file, start, utcOffset, onBadRow }, got ${describeValue(v)}`);
    return undefined;
  } else {
    const r = mapping(v, at, p, ['file', 'start', 'utcOffset', 'onBadRow']);
    if (!r) return undefined;
    if (r['file'] === undefined) p.error(join(at, 'file'), 'give the CSV file to replay, e.g. file: data/tickets.csv');
    else replay.file = text(r['file'], join(at, 'file'), p) ?? '';
    if (r['start'] !== undefined) replay.start = text(r['start'], join(at, 'start'), p) ?? null;
    if (r['utcOffset'] !== undefined) {
      const o = typeof r['utcOffset'] === 'string' ? parseOffset(r['utcOffset']) : { error: `expected a UTC offset such as "+01:00" (quoted), got ${String(r['utcOffset'])}` };
      if (typeof o === 'number') replay.utcOffsetMinutes = o;
      else p.error(join(at, 'utcOffset'), o.error);
    }
    if (r['onBadRow'] !== undefined) replay.onBadRow = oneOf(r['onBadRow'], join(at, 'onBadRow'), p, ['error', 'skip'] as const) ?? 'error';
  }
  if (replay.file === '') return undefined;
  return { ...defaultArrivals(), times: [], replay };
}

export interface ReplayContext {
  horizon: number;
  startWeekday: number;
  teams: TeamConfig[];
  queues: QueueConfig[];
  /** The key the scenario uses for voice (`voice` or `talk`), for paths in messages. */
  voiceKey: string;
}

/**
 * Reads every replayed file (once each) and gives each replaying channel its rows. Returns
 * the group names the files use, which become groups of the scenario.
 */
export function resolveReplays(channels: ChannelConfig[], ctx: ReplayContext, readFile: FileReader | undefined, p: Problems): string[] {
  const groups: string[] = [];
  const pathOf = (c: number) => `channels.${c === 2 ? ctx.voiceKey : CHANNELS[c]}.arrivals.replay`;
  const done = new Map<string, TicketExport | null>();
  for (const c of CHANNEL_CODES) {
    const replay = channels[c]!.arrivals.replay;
    if (!replay) continue;
    const path = pathOf(c);
    const key = JSON.stringify([replay.file, replay.start, replay.utcOffsetMinutes]);
    let file = done.get(key);
    if (file === undefined) {
      file = load(replay, path, ctx, readFile, p, channels);
      done.set(key, file);
    }
    if (file === null) continue;
    const mine = file.tickets.filter((x) => x.channel === c);
    channels[c]!.arrivals.times = mine.map((x) => x.t);
    replay.rows = mine.map((x) => ({ priority: x.priority, group: x.group, tags: x.tags, brand: x.brand, line: x.line }));
    checkReplayBrands(replay, CHANNELS[c], channels, path, p); // R7
    if (mine.length === 0) p.warn(path, `${replay.file} has no ${CHANNELS[c]} rows: no ${CHANNELS[c]} ticket will arrive`);
    for (const x of mine) if (x.group !== null && !groups.includes(x.group)) groups.push(x.group);
  }
  for (const g of groups) {
    const staffed = ctx.teams.some((t) => t.count > 0 && t.groups.includes(g));
    if (!staffed && ctx.queues.length === 0) {
      const c = CHANNEL_CODES.find((x) => channels[x]!.arrivals.replay?.rows.some((r) => r.group === g))!;
      p.warn(pathOf(c), `no team belongs to group "${g}" (named in ${channels[c]!.arrivals.replay!.file}), so its tickets are never answered`);
    }
  }
  return groups;
}

/** Reads one file; its problems go to the first channel that replays it. */
function load(replay: ReplayConfig, path: string, ctx: ReplayContext, readFile: FileReader | undefined, p: Problems, channels: ChannelConfig[]): TicketExport | null {
  if (!readFile) {
    p.error(path, `${replay.file} cannot be read here`);
    return null;
  }
  const content = readFile(replay.file);
  if (typeof content !== 'string') {
    p.error(path, content.error);
    return null;
  }
  const r = readTicketExport(replay.file, content, { horizon: ctx.horizon, start: replay.start, utcOffsetMinutes: replay.utcOffsetMinutes });
  if ('error' in r) {
    p.error(path, r.error);
    return null;
  }
  const n = r.badRows.length;
  if (replay.onBadRow === 'error') {
    r.badRows.slice(0, LISTED).forEach((m) => p.error(path, m));
    if (n > LISTED) p.error(path, `${replay.file}: … and ${n - LISTED} more rows that cannot be read`);
    if (n > 0) return null;
  } else {
    r.badRows.slice(0, LISTED).forEach((m) => p.warn(path, `${m} — row left out`));
    if (n > LISTED) p.warn(path, `${replay.file}: ${n} rows left out in all`);
  }
  for (const note of r.notes) p.warn(path, note);
  if (r.startWall !== null && weekdayOf(r.startWall) !== ctx.startWeekday) {
    const wd = weekdayOf(r.startWall);
    p.warn(path, `${replay.file} starts on a ${WEEKDAYS[wd]} (${formatWall(r.startWall)}) but the run starts on a ${WEEKDAYS[ctx.startWeekday]}; write start: { weekday: ${WEEKDAYS[wd]!.toLowerCase()} } so shifts, schedules and weekday factors line up`);
  }
  // Rows of channels that do not replay this file are not simulated: say so once per channel.
  for (const c of CHANNEL_CODES) {
    if (channels[c]!.arrivals.replay?.file === replay.file) continue;
    const k = r.tickets.filter((x) => x.channel === c).length;
    if (k > 0) p.warn(path, `${replay.file}: ${k} ${CHANNELS[c]} row${k === 1 ? ' is' : 's are'} not replayed (channels.${c === 2 ? ctx.voiceKey : CHANNELS[c]} does not replay this file)`);
  }
  return r;
}

/**
 * R7: a row's brand (the export's brand column) must be one of the scenario's brands, which the
 * channels' mixes name. With onBadRow: skip, a row naming another brand keeps its ticket and
 * draws its brand from the mix; without brands in the scenario the column is not used, which a
 * warning says.
 */
function checkReplayBrands(replay: ReplayConfig, channel: string, channels: readonly ChannelConfig[], path: string, p: Problems): void {
  const branded = replay.rows.filter((r) => r.brand !== null);
  if (branded.length === 0) return;
  const known = brandNames({ channels: channels as ChannelConfig[] });
  if (known.length === 0) {
    const names = [...new Set(branded.map((r) => r.brand!))];
    p.warn(path, `${replay.file}: ${branded.length} ${channel} row${branded.length === 1 ? ' gives a brand' : 's give brands'} (${names.slice(0, 5).join(', ')}${names.length > 5 ? ' …' : ''}), but no channel has brands, so the brand column is not used; give the channels' brands (R7) to route by brand`);
    return;
  }
  const unknown = branded.filter((r) => !known.includes(r.brand!));
  const skip = replay.onBadRow === 'skip';
  unknown.slice(0, LISTED).forEach((r) => {
    const s = suggest(r.brand!, known);
    const message = `${replay.file}:${r.line}: brand "${r.brand}"${s ? ` (did you mean "${s}"?)` : ''} is not one of the scenario's brands (${known.join(', ')})`;
    if (skip) p.warn(path, `${message} — drawn from the channel's mix`);
    else p.error(path, message);
  });
  if (unknown.length > LISTED) {
    const rest = `${replay.file}: … and ${unknown.length - LISTED} more rows with a brand the scenario does not have`;
    if (skip) p.warn(path, rest);
    else p.error(path, rest);
  }
  for (const r of unknown) r.brand = null;
}
