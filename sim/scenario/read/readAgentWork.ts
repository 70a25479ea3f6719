// A team's breaks, end-of-shift policy and disconnections; voice `offers` (R37); and the
// reassignment setting blocks `autoReassign` (R40) and `reassignReopened` (R39). Types and
// defaults are in ../agentWork.ts.

import type { AutoReassignSetting, BreakConfig, CallOfferConfig, DisconnectConfig, EndOfShift, ReassignReopenedSetting } from '../agentWork.ts';
import { AWAY_STATUSES, END_OF_SHIFT, REASSIGN_CHANNELS, breakStart } from '../agentWork.ts';
import { TEAM_WORK_DEFAULTS } from '../defaults.ts';
import { PRIORITIES } from '../../model/codes.ts';
import type { Problems } from './Problems.ts';
import type { Raw } from './fields.ts';
import { duration, fraction, join, list, mapping, number, oneOf, rate } from './fields.ts';
import { readDistribution } from './readDistribution.ts';
import { describeValue } from './describeValue.ts';
import { formatClock, formatDuration, parseClock } from '../units.ts';

const DAY = 86400;

/** The team keys read here. */
export const TEAM_WORK_KEYS = ['breaks', 'endOfShift', 'disconnects'] as const;

export interface TeamWork {
  breaks: BreakConfig[];
  endOfShift: EndOfShift;
  disconnects: DisconnectConfig | null;
}

/**
 * Reads the team keys of TEAM_WORK_KEYS. `count` is the team's size (for break turns);
 * `shifts` whether the team has shift hours or a staffing curve (else its shift never ends).
 */
export function readTeamWork(m: Raw, at: string, p: Problems, count: number, shifts: boolean): TeamWork {
  const breaks = m['breaks'] === undefined ? [] : readBreaks(m['breaks'], join(at, 'breaks'), p, count);
  let endOfShift: EndOfShift = TEAM_WORK_DEFAULTS.endOfShift;
  if (m['endOfShift'] !== undefined) {
    endOfShift = oneOf(m['endOfShift'], join(at, 'endOfShift'), p, END_OF_SHIFT) ?? endOfShift;
    if (!shifts && endOfShift !== 'finish') p.warn(join(at, 'endOfShift'), 'the team has no shift or staffing curve, so its shift never ends and endOfShift never applies');
  }
  const disconnects = m['disconnects'] === undefined ? null : readDisconnects(m['disconnects'], join(at, 'disconnects'), p);
  return { breaks, endOfShift, disconnects };
}

function readBreaks(v: unknown, path: string, p: Problems, count: number): BreakConfig[] {
  const out: { b: BreakConfig; i: number }[] = [];
  (list(v, path, p) ?? []).forEach((raw, i) => {
    const at = join(path, i);
    const m = mapping(raw, at, p, ['at', 'duration', 'status', 'stagger', 'waves']);
    if (!m) return;
    let start: number | undefined;
    if (m['at'] === undefined) p.error(join(at, 'at'), 'a break needs the time of day it starts, e.g. at: "12:00"');
    else if (typeof m['at'] !== 'string') p.error(join(at, 'at'), `expected a time of day such as "12:00", got ${describeValue(m['at'])}`);
    else {
      const c = parseClock(m['at']);
      if (typeof c === 'number' && c < DAY) start = c;
      else p.error(join(at, 'at'), typeof c === 'number' ? 'a break starts before 24:00' : c.error);
    }
    const length = m['duration'] === undefined
      ? (p.error(join(at, 'duration'), 'a break needs a duration, e.g. duration: 30m'), undefined)
      : duration(m['duration'], join(at, 'duration'), p, { min: 0, above: true, max: DAY - 1 });
    const status = m['status'] === undefined ? TEAM_WORK_DEFAULTS.breakStatus
      : m['status'] === 'online' ? (p.error(join(at, 'status'), `a break takes the agent out of online; choose among ${AWAY_STATUSES.join(', ')}`), undefined)
      : oneOf(m['status'], join(at, 'status'), p, AWAY_STATUSES);
    const stagger = m['stagger'] === undefined ? TEAM_WORK_DEFAULTS.stagger : duration(m['stagger'], join(at, 'stagger'), p, { min: 0 });
    const waves = m['waves'] === undefined ? null : number(m['waves'], join(at, 'waves'), p, { min: 1, max: Math.max(1, count), whole: true });
    if (start === undefined || length === undefined || status === undefined || stagger === undefined || waves === undefined) return;
    const turns = waves ?? Math.max(1, count);
    const span = stagger * (turns - 1) + length;
    if (span > DAY) {
      p.error(join(at, 'stagger'), `${turns} turns ${formatDuration(stagger)} apart with ${formatDuration(length)} breaks take ${formatDuration(span)}, more than a day`);
      return;
    }
    out.push({ b: { at: start, duration: length, status, stagger, waves }, i });
  });
  // One agent cannot be on two breaks at once: compare each agent's turns.
  for (let x = 0; x < out.length; x++) {
    for (let y = 0; y < x; y++) {
      const clash = firstClash(out[y]!.b, out[x]!.b, count);
      if (clash) p.error(join(join(path, out[x]!.i), 'at'), `overlaps breaks[${out[y]!.i}] for agent ${clash.agent + 1} of the team (${clash.a} and ${clash.b})`);
    }
  }
  return out.map((x) => x.b);
}

function firstClash(b1: BreakConfig, b2: BreakConfig, n: number): { agent: number; a: string; b: string } | null {
  for (let k = 0; k < Math.max(1, n); k++) {
    const s1 = breakStart(b1, k, n), s2 = breakStart(b2, k, n);
    const overlap = (((s2 - s1) % DAY) + DAY) % DAY < b1.duration || (((s1 - s2) % DAY) + DAY) % DAY < b2.duration;
    if (overlap) return { agent: k, a: span(s1, b1.duration), b: span(s2, b2.duration) };
  }
  return null;
}

function span(start: number, length: number): string {
  const hm = (x: number) => formatClock(x % DAY).slice(3, 8);
  return `${hm(start)}–${hm(start + length)}`;
}

function readDisconnects(v: unknown, path: string, p: Problems): DisconnectConfig | null {
  const m = mapping(v, path, p, ['rate', 'duration']);
  if (!m) return null;
  if (m['rate'] === undefined) p.error(join(path, 'rate'), 'give how often each agent disconnects while on shift, e.g. rate: 2/d');
  if (m['duration'] === undefined) p.error(join(path, 'duration'), 'give how long a disconnection lasts, e.g. duration: { distribution: exponential, mean: 3m }');
  const r = m['rate'] === undefined ? undefined : rate(m['rate'], join(path, 'rate'), p);
  const d = m['duration'] === undefined ? undefined : readDistribution(m['duration'], join(path, 'duration'), p);
  if (r === undefined || d === undefined) return null;
  return r > 0 ? { rate: r, duration: d } : null;
}

/** `channels.voice.offers: { answerTime, declineProbability }` (R37). */
export function readCallOffers(v: unknown, path: string, p: Problems): CallOfferConfig {
  const out: CallOfferConfig = { ...TEAM_WORK_DEFAULTS.callOffers };
  if (v === null) return out;
  // The messaging offer keys (R36) have call counterparts: say which.
  const renamed: Record<string, string> = { acceptTime: 'answerTime', missProbability: 'declineProbability' };
  let raw = v;
  if (raw && typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).some((k) => k in renamed)) {
    const copy = { ...(raw as Raw) };
    for (const [k, to] of Object.entries(renamed)) {
      if (!(k in copy)) continue;
      p.error(join(path, k), `calls use ${to} (${k} is for messaging offers, R36)`);
      delete copy[k];
    }
    raw = copy;
  }
  const m = mapping(raw, path, p, ['answerTime', 'declineProbability']);
  if (!m) return out;
  if (m['answerTime'] !== undefined) out.answerTime = readDistribution(m['answerTime'], join(path, 'answerTime'), p) ?? out.answerTime;
  if (m['declineProbability'] !== undefined) out.declineProbability = fraction(m['declineProbability'], join(path, 'declineProbability'), p) ?? 0;
  return out;
}

// ---- setting blocks -------------------------------------------------------------------

/** Reads a `kind: 'block'` setting; `fallback` is its default. */
export function readSettingBlock(name: string, v: unknown, path: string, p: Problems, fallback: unknown): unknown {
  if (name === 'autoReassign') return readAutoReassign(v, path, p, fallback as AutoReassignSetting);
  if (name === 'reassignReopened') return readReassignReopened(v, path, p, fallback as ReassignReopenedSetting);
  p.error(path, `no reader for the setting block "${name}"`);
  return undefined;
}

function readAutoReassign(v: unknown, path: string, p: Problems, d: AutoReassignSetting): AutoReassignSetting | undefined {
  const m = mapping(v, path, p, ['statuses', 'after', 'max', 'channels', 'priorities']);
  if (!m) return undefined;
  const out: AutoReassignSetting = { ...d, statuses: [...d.statuses], channels: [...d.channels], priorities: [...d.priorities] };
  if (m['statuses'] !== undefined) out.statuses = names(m['statuses'], join(path, 'statuses'), p, AWAY_STATUSES, true) ?? out.statuses;
  if (m['after'] !== undefined) out.after = duration(m['after'], join(path, 'after'), p, { min: 0 }) ?? out.after;
  if (m['max'] !== undefined) out.max = number(m['max'], join(path, 'max'), p, { min: 1, max: 100000, whole: true }) ?? out.max;
  if (m['channels'] !== undefined) out.channels = names(m['channels'], join(path, 'channels'), p, REASSIGN_CHANNELS) ?? out.channels;
  if (m['priorities'] !== undefined) out.priorities = names(m['priorities'], join(path, 'priorities'), p, PRIORITIES) ?? out.priorities;
  return out;
}

function readReassignReopened(v: unknown, path: string, p: Problems, d: ReassignReopenedSetting): ReassignReopenedSetting | undefined {
  const m = mapping(v, path, p, ['statuses', 'channels']);
  if (!m) return undefined;
  const out: ReassignReopenedSetting = { statuses: [...d.statuses], channels: [...d.channels] };
  if (m['statuses'] !== undefined) out.statuses = names(m['statuses'], join(path, 'statuses'), p, AWAY_STATUSES, true) ?? out.statuses;
  if (m['channels'] !== undefined) out.channels = names(m['channels'], join(path, 'channels'), p, REASSIGN_CHANNELS) ?? out.channels;
  return out;
}

/** A list of values from `allowed` (a single value is accepted too), without repeats. */
function names<T extends string>(v: unknown, path: string, p: Problems, allowed: readonly T[], statuses = false): T[] | undefined {
  const items = typeof v === 'string' ? [v] : list(v, path, p);
  if (!items) return undefined;
  const out: T[] = [];
  let ok = true;
  items.forEach((x, i) => {
    const at = typeof v === 'string' ? path : join(path, i);
    if (statuses && x === 'online') {
      p.error(at, `an online agent keeps their work; choose among ${allowed.join(', ')}`);
      ok = false;
      return;
    }
    const name = oneOf(x, at, p, allowed);
    if (name === undefined) ok = false;
    else if (!out.includes(name)) out.push(name);
  });
  return ok ? out : undefined;
}

/** A setting block as `--explain-settings` shows it. */
export function showSettingBlock(name: string, v: unknown): string {
  const list = (xs: readonly string[]) => (xs.length === 0 ? '(none)' : `[${xs.join(', ')}]`);
  if (name === 'autoReassign') {
    const a = v as AutoReassignSetting;
    if (a.statuses.length === 0) return `off (statuses: [])`;
    return `statuses ${list(a.statuses)}, after ${formatDuration(a.after)}, max ${a.max}, channels ${list(a.channels)}, priorities ${list(a.priorities)}`;
  }
  if (name === 'reassignReopened') {
    const r = v as ReassignReopenedSetting;
    if (r.statuses.length === 0) return `off (statuses: [])`;
    return `statuses ${list(r.statuses)}, channels ${list(r.channels)}`;
  }
  return JSON.stringify(v);
}
