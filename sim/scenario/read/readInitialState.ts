// `initialState:` — work in the help desk at time 0, per channel:
//   email: { queued: 120, inProgress: 20, age: { distribution: uniform, min: 1h, max: 2d } }
//   messaging: { inProgress: 8, queued: 2, age: 3m, remaining: 4m }
// (see InitialState.ts for what these tickets count in).

import type { InitialChannelState } from '../InitialState.ts';
import type { CapacityRule, TeamConfig } from '../Scenario.ts';
import type { ChannelName } from '../../model/codes.ts';
import { CHANNELS } from '../../model/codes.ts';
import type { Problems } from './Problems.ts';
import { join, mapping, number } from './fields.ts';
import { readDistribution } from './readDistribution.ts';

const KEYS = ['queued', 'inProgress', 'age', 'remaining'];

export function readInitialState(v: unknown, path: string, p: Problems): InitialChannelState[] {
  const out: InitialChannelState[] = [];
  if (v === undefined || v === null) return out;
  const m = mapping(v, path, p, [...CHANNELS, 'talk']);
  if (!m) return out;
  if (m['talk'] !== undefined && m['voice'] !== undefined) p.error(join(path, 'talk'), 'give voice or talk, not both');
  for (const channel of CHANNELS) {
    const key = channel === 'voice' && m['talk'] !== undefined ? 'talk' : channel;
    if (m[key] === undefined) continue;
    const at = join(path, key);
    const c = mapping(m[key], at, p, KEYS);
    if (!c) continue;
    const count = (k: string) => (c[k] === undefined ? 0 : number(c[k], join(at, k), p, { whole: true, min: 0, max: 1_000_000 }) ?? 0);
    const queued = count('queued');
    const inProgress = count('inProgress');
    if (c['queued'] === undefined && c['inProgress'] === undefined) p.error(at, 'give queued (tickets waiting at the start) and/or inProgress (tickets agents are working on)');
    const age = c['age'] === undefined ? { distribution: 'deterministic' as const, value: 0 } : readDistribution(c['age'], join(at, 'age'), p);
    const remaining = c['remaining'] === undefined ? null : readDistribution(c['remaining'], join(at, 'remaining'), p) ?? null;
    if (age) out.push({ channel: channel as ChannelName, queued, inProgress, age, remaining });
  }
  return out;
}

/** Warns when more work is in progress than the agents can hold at once (ignoring shifts). */
export function checkInitialState(state: InitialChannelState[], teams: TeamConfig[], rules: CapacityRule[], path: string, p: Problems): void {
  for (const s of state) {
    const most = teams.reduce((n, t) => {
      const r = rules.find((x) => x.name === t.capacityRule);
      return n + t.count * (r ? r[s.channel] : 0);
    }, 0);
    if (s.inProgress > most) {
      p.warn(join(join(path, s.channel), 'inProgress'), `${s.inProgress} ${s.channel} tickets in progress, but the agents hold at most ${most} at once: the others wait in the queue`);
    }
  }
}
