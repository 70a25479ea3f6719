// `omnisim staff --target CHANNEL:KEY=VALUE,…` and --shrinkage, read strictly: a goal given twice
// for a channel, a value with text after it or a percentage written as a hex or exponent number
// is refused by name, never half-read (the second sl= replaced the first; "/20s/10s" lost "/10s").

import type { CompiledScenario } from '../engine/compileScenario.ts';
import type { ChannelName } from '../model/codes.ts';
import { CHANNELS } from '../model/codes.ts';
import type { ChannelTarget } from '../run/staffing.ts';
import { UserError } from './UserError.ts';
import { duration, fraction } from './erlangTarget.ts';
import { unreachable } from '../analytic/staffing.ts';
import type { StaffingTarget } from '../analytic/staffing.ts';
import { makeDistribution } from '../kernel/distributions/makeDistribution.ts';

/** "80%" or "0.8" → 0.8, for `flag`; anything else (80, 1e-1, 0x1, "") is refused. */
export function percentFlag(flag: string, v: string): number {
  return fraction(flag, v, 'a percentage such as 80% (or 0.8)');
}

/** "messaging:sl=80%/60s,asa=30s,abandon=5%,occupancy=85%" → the channel's goals. */
export function parseTarget(text: string, sc: CompiledScenario['scenario']): ChannelTarget {
  const m = /^\s*(\w+)\s*:\s*(.+)$/.exec(text);
  const channel = (m?.[1] === 'talk' ? 'voice' : m?.[1]) as ChannelName | undefined;
  if (!m || !channel || !CHANNELS.includes(channel)) {
    throw new UserError(`--target: expected CHANNEL:KEY=VALUE,… e.g. messaging:sl=80%/60s,asa=30s — got "${text}"`);
  }
  const config = sc.channels[CHANNELS.indexOf(channel)]!;
  if (!config.enabled) throw new UserError(`--target: the scenario has no ${channel} traffic`);
  const t: ChannelTarget = { channel };
  const seen = new Set<string>();
  for (const part of m[2]!.split(',')) {
    const [k, v, ...extra] = part.split('=').map((x) => x.trim());
    if (!k || !v || extra.length > 0) throw new UserError(`--target ${channel}: expected KEY=VALUE, got "${part}"`);
    const flag = `--target ${channel}:${k}`;
    if (seen.has(k)) throw new UserError(`${flag}: given twice; give each goal once per channel`);
    seen.add(k);
    switch (k) {
      case 'sl': {
        const [frac = '', thr, ...more] = v.split('/');
        if (thr !== undefined && (thr.trim() === '' || more.length > 0)) {
          throw new UserError(`${flag}: expected a share and, after one /, its threshold, e.g. sl=80%/60s; got "${v}"`);
        }
        t.serviceLevel = { fraction: percentFlag(flag, frac), threshold: thr !== undefined ? duration(flag, thr) : config.serviceLevelThreshold };
        break;
      }
      case 'asa': t.maxAsaSeconds = duration(flag, v); break;
      case 'abandon': t.maxAbandonRate = percentFlag(flag, v); break;
      case 'occupancy': t.maxOccupancy = percentFlag(flag, v); break;
      default: throw new UserError(`${flag}: unknown target (use sl, asa, abandon or occupancy)`);
    }
    // Refused as erlang --target refuses them: no number of agents meets sl=100%, asa=0s, abandon=0%
    // while customers give up, or occupancy=0% — a finite run could still "meet" one by luck.
    const why = unreachable(goalOf(t, k), config.patience ? makeDistribution(config.patience).mean : undefined);
    if (why !== null) throw new UserError(`${flag}: ${why}`);
  }
  return t;
}

/** The one goal `key` gave, as the Erlang formulas read it. */
function goalOf(t: ChannelTarget, key: string): StaffingTarget {
  switch (key) {
    case 'sl': return { serviceLevel: t.serviceLevel!.fraction };
    case 'asa': return { maxAsaSeconds: t.maxAsaSeconds! };
    case 'abandon': return { maxAbandonRate: t.maxAbandonRate! };
    default: return { maxOccupancy: t.maxOccupancy! };
  }
}

/** The targets of every --target, refusing a goal two of them give one channel (a channel has one threshold). */
export function parseTargets(texts: readonly string[], sc: CompiledScenario['scenario']): ChannelTarget[] {
  const targets = texts.map((x) => parseTarget(x, sc));
  const goals = ['serviceLevel', 'maxAsaSeconds', 'maxAbandonRate', 'maxOccupancy'] as const;
  const keys = { serviceLevel: 'sl', maxAsaSeconds: 'asa', maxAbandonRate: 'abandon', maxOccupancy: 'occupancy' };
  targets.forEach((t, i) => {
    const earlier = targets.slice(0, i).filter((x) => x.channel === t.channel);
    const goal = goals.find((g) => t[g] !== undefined && earlier.some((x) => x[g] !== undefined));
    if (goal) throw new UserError(`--target ${t.channel}:${keys[goal]}: given twice; give each goal once per channel`);
  });
  return targets;
}
