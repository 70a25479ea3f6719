// `inboxes:` — a list of { name, groups, mode, channels, pickUpDelay, pick, maxOpenPerAgent,
// pickOnlyWhenIdle }. Mode pull puts the inbox's tickets in its Unassigned view for agents to
// pick; mode push leaves them to omnichannel routing (so a variant or a sweep can switch an
// inbox with `mode` alone; the pull settings are then unused).

import type { InboxConfig } from '../InboxConfig.ts';
import { INBOX_MODES, PICK_ORDERS } from '../InboxConfig.ts';
import type { TeamConfig } from '../Scenario.ts';
import type { ChannelName } from '../../model/codes.ts';
import { CHANNELS } from '../../model/codes.ts';
import type { Problems } from './Problems.ts';
import { bool, join, list, mapping, names, number, oneOf, text } from './fields.ts';
import { readDistribution } from './readDistribution.ts';

/** Defaults of an inbox's assignment settings. */
export const INBOX_DEFAULTS = {
  /** Calls ring: by default only work that can wait in a view is picked. */
  channels: ['messaging', 'email'] as ChannelName[],
  /** An agent notices and takes a waiting ticket in 30 s on average. */
  pickUpDelay: { distribution: 'exponential', mean: 30 } as const,
  pick: 'oldest' as const,
  maxOpenPerAgent: null,
  pickOnlyWhenIdle: false,
};

const KEYS = ['name', 'groups', 'mode', 'channels', 'pickUpDelay', 'pick', 'maxOpenPerAgent', 'pickOnlyWhenIdle'];

export function readInboxes(v: unknown, path: string, p: Problems, teams: readonly TeamConfig[]): InboxConfig[] {
  const out: InboxConfig[] = [];
  if (v === undefined || v === null) return out;
  (list(v, path, p) ?? []).forEach((raw, i) => {
    const at = join(path, i);
    const m = mapping(raw, at, p, KEYS);
    if (!m) return;
    const name = m['name'] === undefined ? `inbox${i + 1}` : text(m['name'], join(at, 'name'), p) ?? `inbox${i + 1}`;
    if (out.some((x) => x.name === name)) p.error(join(at, 'name'), `inbox "${name}" is defined twice`);
    let groups: string[] = [];
    if (m['groups'] === undefined) p.error(join(at, 'groups'), 'an inbox needs the groups whose tickets it holds, e.g. groups: [support]');
    else groups = names(m['groups'], join(at, 'groups'), p) ?? [];
    let mode: InboxConfig['mode'] = 'push';
    if (m['mode'] === undefined) p.error(join(at, 'mode'), 'give mode: pull (agents pick tickets from the Unassigned view) or push (omnichannel routing assigns them)');
    else mode = oneOf(m['mode'], join(at, 'mode'), p, INBOX_MODES) ?? 'push';
    let channels = [...INBOX_DEFAULTS.channels];
    if (m['channels'] !== undefined) {
      const l = names(m['channels'], join(at, 'channels'), p) ?? [];
      channels = [];
      l.forEach((c, j) => {
        const ch = oneOf(c === 'talk' ? 'voice' : c, join(join(at, 'channels'), j), p, CHANNELS);
        if (ch && !channels.includes(ch)) channels.push(ch);
      });
    }
    const pickUpDelay = m['pickUpDelay'] === undefined ? { ...INBOX_DEFAULTS.pickUpDelay } : readDistribution(m['pickUpDelay'], join(at, 'pickUpDelay'), p) ?? { ...INBOX_DEFAULTS.pickUpDelay };
    const pick = m['pick'] === undefined ? INBOX_DEFAULTS.pick : oneOf(m['pick'], join(at, 'pick'), p, PICK_ORDERS) ?? INBOX_DEFAULTS.pick;
    const maxOpenPerAgent = m['maxOpenPerAgent'] === undefined || m['maxOpenPerAgent'] === null ? null
      : number(m['maxOpenPerAgent'], join(at, 'maxOpenPerAgent'), p, { whole: true, min: 1, max: 1500 }) ?? null;
    const pickOnlyWhenIdle = m['pickOnlyWhenIdle'] === undefined ? false : bool(m['pickOnlyWhenIdle'], join(at, 'pickOnlyWhenIdle'), p) ?? false;
    out.push({ name, groups, mode, channels, pickUpDelay, pick, maxOpenPerAgent, pickOnlyWhenIdle });
  });
  // A ticket waits in one place: a group belongs to one inbox at most.
  out.forEach((a, i) => {
    for (const g of a.groups) {
      const other = out.findIndex((b, j) => j < i && b.groups.includes(g));
      if (other >= 0) p.error(join(join(path, i), 'groups'), `group "${g}" is already in inbox "${out[other]!.name}": a group belongs to one inbox at most`);
      else if (a.mode === 'pull' && !teams.some((t) => t.count > 0 && t.groups.includes(g))) {
        p.warn(join(join(path, i), 'groups'), `no team belongs to group "${g}": nobody picks its tickets from the Unassigned view of "${a.name}"`);
      }
    }
  });
  return out;
}
