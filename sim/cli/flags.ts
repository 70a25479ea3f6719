// Flag values a user types: whole numbers and instants, checked with a message naming the flag.

import { UserError } from './UserError.ts';
import { parseClock, parseDuration } from '../scenario/units.ts';
import { MAX_REPLICATIONS } from '../scenario/replicationLimit.ts';

/** "10:00" (day 0), "d1 10:00" or a duration after the start ("26h"). */
export function instantFlag(flag: string, v: string): number {
  const dayClock = /^\s*d(\d+)\s+(\S+)\s*$/i.exec(v);
  const c = dayClock ? parseClock(dayClock[2]!) : v.includes(':') ? parseClock(v) : parseDuration(v);
  if (typeof c !== 'number') throw new UserError(`${flag}: expected a time such as 10:00, d1 10:00 or 26h, got "${v}"`);
  return (dayClock ? Number(dayClock[1]) * 86400 : 0) + c;
}

/**
 * A whole number from `min` to `max`. Above 2^53 a number is rounded (two different seeds would
 * give the same run), so `max` is never above Number.MAX_SAFE_INTEGER.
 */
export function wholeFlag(flag: string, v: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v.trim()) || Number(v) < min) throw new UserError(`${flag}: expected a whole number ≥ ${min}, got "${v}"`);
  if (Number(v) > max) throw new UserError(`${flag}: expected a whole number ≤ ${max}, got "${v}"`);
  return Number(v);
}

/** The most replications a run takes, as a scenario's `replications:` (parseScenario.ts). */
export { MAX_REPLICATIONS };

/** --replications: a whole number from `min` to MAX_REPLICATIONS (more would run for days and exhaust memory). */
export function replicationsFlag(v: string | undefined, min: number): number | undefined {
  return wholeFlag('--replications', v, min, MAX_REPLICATIONS);
}

/** --redis: a redis:// or rediss:// URL, checked before anything is read or announced. */
export function redisFlag(v: string | undefined): string | undefined {
  if (v !== undefined && !/^rediss?:\/\/[^\s]+$/.test(v)) throw new UserError(`--redis: expected a Redis URL such as redis://127.0.0.1:6379, got "${v}"`);
  return v;
}
