// `omnisim erlang --target`: `80%`, `0.8`, or goals such as `sl=80%/20s,asa=30s,abandon=5%`.
// `asa=` is the ASA, the mean wait of answered customers, as in a run's report and in
// `omnisim staff --target` (E[Wq], the mean over every arrival, differs with --patience).

import type { StaffingTarget } from '../analytic/staffing.ts';
import { parseDuration } from '../scenario/units.ts';
import { UserError } from './UserError.ts';

const GOALS = new Map<string, keyof StaffingTarget>([
  ['sl', 'serviceLevel'], ['asa', 'maxAsaSeconds'], ['abandon', 'maxAbandonRate'], ['occupancy', 'maxOccupancy'],
]);

/**
 * Reads `80%`, `0.8`, or goals such as `sl=80%,asa=30s,abandon=5%,occupancy=85%`; a service
 * level may carry its threshold, `sl=80%/20s`.
 */
export function parseTarget(text: string): { target: StaffingTarget; threshold?: number } {
  if (!text.includes('=')) return { target: { serviceLevel: fraction('--target', text, 'a service level such as 80% or 0.8') } };
  const target: StaffingTarget = {};
  let threshold: number | undefined;
  for (const part of text.split(',')) {
    const [rawKey, value = '', ...extra] = part.split('=');
    const key = rawKey!.trim().toLowerCase();
    const field = GOALS.get(key);
    if (field === undefined || extra.length > 0) {
      throw new UserError(`--target: expected goals such as sl=80%,asa=30s,abandon=5%,occupancy=85%, got "${part.trim()}"`);
    }
    if (target[field] !== undefined) throw new UserError(`--target: "${key}" is given twice`);
    if (field === 'serviceLevel' && value.includes('/')) {
      const [share = '', within = ''] = value.split('/');
      target.serviceLevel = fraction(`--target ${key}`, share, 'a percentage such as 80% or a fraction such as 0.8 (then /20s for the threshold)');
      threshold = duration(`--target ${key}`, within);
      continue;
    }
    target[field] = field === 'maxAsaSeconds'
      ? duration(`--target ${key}`, value)
      : fraction(`--target ${key}`, value, 'a percentage such as 80% or a fraction such as 0.8');
  }
  return threshold === undefined ? { target } : { target, threshold };
}

export function fraction(flag: string, text: string, expected: string): number {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(text);
  const v = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
  if (!(v >= 0 && v <= 1)) throw new UserError(`${flag}: expected ${expected}, got "${text}"`);
  return v;
}

export function duration(flag: string, text: string): number {
  const parsed = parseDuration(text);
  if (typeof parsed !== 'number') throw new UserError(`${flag}: ${parsed.error}`);
  return parsed;
}

