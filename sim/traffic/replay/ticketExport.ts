// Reads a CSV export of real tickets into arrivals: a creation time (a date-time, or time after
// the start), a channel (omnisim's names or the help desk's via names), and optionally a
// priority, a group, tags and a brand (R7). Other columns (id, subject …) are ignored. Rows need not be in
// order. A row that cannot be read is reported as "file:line: what is wrong"; the caller
// decides whether that refuses the scenario or leaves the row out.

import type { ChannelCode } from '../../model/codes.ts';
import { CHANNELS, PRIORITIES } from '../../model/codes.ts';
import { formatDuration } from '../../scenario/units.ts';
import { parseCsv } from './csv.ts';
import { channelOfVia } from './viaChannels.ts';
import { formatWall, onClock, parseRelative, parseTimestamp } from './timestamps.ts';

export interface ExportedTicket {
  /** Seconds after the start of the run. */
  t: number;
  channel: ChannelCode;
  /** Priority code, or -1 when the row gives none. */
  priority: number;
  group: string | null;
  tags: string[];
  /** R7: the row's brand, or null when it gives none. */
  brand: string | null;
  line: number;
}

export interface TicketExport {
  /** Readable rows inside the run (0 ≤ t < horizon), by time (then line). */
  tickets: ExportedTicket[];
  /** "file:line: …" for each row that cannot be read. */
  badRows: string[];
  /** Things worth a warning (rows after the horizon, UTC timestamps read as written). */
  notes: string[];
  /** Wall clock of t = 0 when the file has date-times (null for times after the start). */
  startWall: number | null;
}

export interface ExportOptions {
  horizon: number;
  /** Wall-clock date-time of t = 0 ("2024-03-05T08:00"); null: midnight of the first ticket's day. */
  start: string | null;
  utcOffsetMinutes: number | null;
}

/** Column → the header names that give it (compared lower-case, with _ - and spaces alike). */
const COLUMNS = {
  created: ['created', 'created at', 'created time', 'creation time', 'time', 'timestamp', 'ticket created', 'ticket created time',
    'ticket created timestamp', 'created timestamp'],
  channel: ['channel', 'via', 'via channel', 'ticket channel', 'source'],
  priority: ['priority', 'ticket priority'],
  group: ['group', 'group name', 'ticket group'],
  tags: ['tags', 'ticket tags'],
  brand: ['brand', 'brand name', 'ticket brand'],
} as const;
type Column = keyof typeof COLUMNS;

const EMPTY = new Set(['', '-', '(none)', 'null']);

export function readTicketExport(file: string, text: string, o: ExportOptions): TicketExport | { error: string } {
  const csv = parseCsv(text);
  if ('error' in csv) return { error: `${file}:${csv.line}: ${csv.error}` };
  const [header, ...rows] = csv.records;
  if (!header) return { error: `${file} is empty: expected a header line such as created,channel,priority,group,tags` };
  const cols = findColumns(header.fields);
  const where = `${file}:${header.line}`;
  if ('error' in cols) return { error: `${where}: ${cols.error}` };
  const missing = (['created', 'channel'] as const).filter((c) => cols[c] === undefined);
  if (missing.length > 0) {
    return {
      error: `${where}: no ${missing.join(' and no ')} column (a created column takes ${COLUMNS.created.slice(0, 3).join(', ')} …; a channel column ${COLUMNS.channel.slice(0, 3).join(', ')} …); the header has ${header.fields.map((f) => `"${f.trim()}"`).join(', ')}`,
    };
  }
  const badRows: string[] = [];
  const notes: string[] = [];
  const bad = (line: number, message: string) => badRows.push(`${file}:${line}: ${message}`);
  const width = header.fields.length;
  // First pass: times, in the form the first readable row sets (date-times or times after the start).
  let kind: 'wall' | 'relative' | null = null;
  let kindLine = 0;
  let utcSeen = 0;
  const read: { wall: number; rel: number; channel: ChannelCode; priority: number; group: string | null; tags: string[]; brand: string | null; line: number }[] = [];
  for (const r of rows) {
    if (r.fields.length !== width) {
      bad(r.line, `${r.fields.length} field${r.fields.length === 1 ? '' : 's'}, but the header has ${width} (a separator or quote out of place?)`);
      continue;
    }
    const get = (c: Column) => (cols[c] === undefined ? '' : r.fields[cols[c]]!.trim());
    const created = get('created');
    let wall = NaN, rel = NaN;
    const ts = created === '' ? null : parseTimestamp(created);
    if (created === '') {
      bad(r.line, 'the created time is empty');
      continue;
    } else if (ts !== null && 'error' in ts) {
      bad(r.line, `created ${ts.error}`);
      continue;
    } else if (ts !== null) {
      if (kind === 'relative') {
        bad(r.line, `created "${created}" is a date and time, but line ${kindLine} gives time after the start; use one form for the whole file`);
        continue;
      }
      kind ??= 'wall';
      kindLine ||= r.line;
      if (ts.utc) utcSeen++;
      wall = onClock(ts, o.utcOffsetMinutes);
    } else {
      const x = parseRelative(created);
      if (x === null) {
        bad(r.line, `created "${created}" is neither a date and time (2024-03-05T09:12:00) nor a time after the start (3600, 1h30m, d1 09:30)`);
        continue;
      }
      if (kind === 'wall') {
        bad(r.line, `created "${created}" is a time after the start, but line ${kindLine} gives a date and time; use one form for the whole file`);
        continue;
      }
      kind ??= 'relative';
      kindLine ||= r.line;
      rel = x;
    }
    const channel = channelOfVia(get('channel'));
    if (typeof channel !== 'number') {
      bad(r.line, channel.error);
      continue;
    }
    const p = get('priority').toLowerCase();
    const priority = EMPTY.has(p) ? -1 : (PRIORITIES as readonly string[]).indexOf(p);
    if (priority === -1 && !EMPTY.has(p)) {
      bad(r.line, `priority "${get('priority')}" is not ${PRIORITIES.join(', ')} (or empty)`);
      continue;
    }
    const g = get('group');
    const tags = get('tags').split(/[\s,]+/).filter((x) => x !== '');
    const brand = get('brand');
    read.push({ wall, rel, channel, priority, group: EMPTY.has(g.toLowerCase()) ? null : g, tags, brand: EMPTY.has(brand.toLowerCase()) ? null : brand, line: r.line });
  }
  // Second pass: date-times become times after the start.
  let startWall: number | null = null;
  if (kind === 'wall') {
    if (o.start !== null) {
      const s = parseTimestamp(o.start);
      if (s === null || 'error' in s) return { error: `replay start: expected a date and time such as 2024-03-05T08:00, got "${o.start}"` };
      startWall = onClock(s, o.utcOffsetMinutes);
    } else {
      let first = Infinity;
      for (const x of read) if (x.wall < first) first = x.wall;
      startWall = first < Infinity ? Math.floor(first / 86400) * 86400 : 0;
    }
    if (utcSeen > 0 && o.utcOffsetMinutes === null) {
      notes.push(`${file}: ${utcSeen} created time${utcSeen === 1 ? ' is' : 's are'} in UTC (…Z) and read as the clock shows them; if the centre works on another clock, give utcOffset (e.g. "+01:00") so they line up with shifts and profiles`);
    }
  }
  const tickets: ExportedTicket[] = [];
  let late = 0;
  for (const x of read) {
    const t = kind === 'wall' ? x.wall - startWall! : x.rel;
    if (t < 0) {
      bad(x.line, `created ${formatWall(x.wall)} is before the replay start (${formatWall(startWall!)})`);
      continue;
    }
    if (t >= o.horizon) {
      late++;
      continue;
    }
    tickets.push({ t, channel: x.channel, priority: x.priority, group: x.group, tags: x.tags, brand: x.brand, line: x.line });
  }
  if (late > 0) notes.push(`${file}: ${late} row${late === 1 ? '' : 's'} created after the horizon (${formatDuration(o.horizon)}) ${late === 1 ? 'is' : 'are'} not replayed`);
  tickets.sort((a, b) => a.t - b.t || a.line - b.line);
  return { tickets, badRows, notes, startWall };
}

function findColumns(header: string[]): Partial<Record<Column, number>> | { error: string } {
  const norm = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  const out: Partial<Record<Column, number>> = {};
  for (let i = 0; i < header.length; i++) {
    const h = norm(header[i]!);
    for (const [col, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
      if (!names.includes(h)) continue;
      const prev = out[col];
      if (prev !== undefined) return { error: `two columns give the ${col}: "${header[prev]!.trim()}" (column ${prev + 1}) and "${header[i]!.trim()}" (column ${i + 1})` };
      out[col] = i;
    }
  }
  return out;
}

/** "messaging" etc. for messages. */
export function channelName(code: ChannelCode): string {
  return CHANNELS[code];
}
