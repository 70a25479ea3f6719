// Brands (R7) of a scenario: each ticket has exactly one, drawn at arrival from its channel's
// mix; an agent belongs to its team's brands, or to every brand when the team names none.
//   channels.<channel>.brands: { acme: 70%, beta: 30% }      (one brand: brands: acme)
//   agents[i].brands: [acme]
// The mix is written like the channel's other mixes (skills, group, priority): name → share.

import type { BrandShare, Scenario } from '../Scenario.ts';
import type { Problems } from './Problems.ts';
import { fraction, join, names } from './fields.ts';
import { describeValue, suggest } from './describeValue.ts';
import { channelCode } from '../../model/codes.ts';
import { brandNames } from '../brandNames.ts';

const EXAMPLE = 'e.g. brands: { acme: 70%, beta: 30% }, or one brand: brands: acme';

/** A channel's brand mix: shares total 100 %, since every ticket has exactly one brand. */
export function readBrandMix(v: unknown, path: string, p: Problems): BrandShare[] {
  if (typeof v === 'string' && v.trim() !== '') return [{ brand: v, share: 1 }];
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    p.error(path, `expected a mapping of brand: share (${EXAMPLE}), got ${describeValue(v)}`);
    return [];
  }
  const entries = Object.entries(v as Record<string, unknown>);
  if (entries.length === 0) {
    p.error(path, `give at least one brand (${EXAMPLE}), or leave brands out`);
    return [];
  }
  const out: BrandShare[] = [];
  let sharesOk = true;
  for (const [brand, raw] of entries) {
    const at = join(path, brand);
    if (brand.trim() === '') {
      p.error(at, 'a brand needs a name');
      sharesOk = false;
      continue;
    }
    const share = fraction(raw, at, p);
    if (share === undefined) sharesOk = false;
    else out.push({ brand, share });
  }
  // Shares are written as percentages: compare in hundredths of a percent (as subqueues do).
  const total = out.reduce((s, b) => s + b.share, 0);
  if (sharesOk && Math.round(total * 10000) !== 10000) {
    p.error(path, `brand shares must total 100% (each ticket has exactly one brand, R7), got ${Number((total * 100).toFixed(4))}%`);
  }
  return out;
}

/** A team's brands (`brands: [acme]`); left out, its agents belong to every brand. */
export function readTeamBrands(m: Record<string, unknown>, at: string, p: Problems): { brands?: string[] } {
  if (m['brands'] === undefined) return {};
  const list = names(m['brands'], join(at, 'brands'), p);
  if (list === undefined) return {};
  if (list.length === 0) {
    p.error(join(at, 'brands'), 'a team belongs to at least one brand; leave brands out for every brand');
    return {};
  }
  return { brands: list };
}

/**
 * R7 across sections, errors: a team's brand must be one the channels' tickets have; once one
 * channel has brands, every channel that creates tickets needs a mix (a ticket has exactly one
 * brand); a team restricted to some brands cannot be in a pull inbox (agents there pick any
 * ticket of the view; brands, like skills, are omnichannel routing's).
 */
export function checkBrands(sc: Scenario, voiceKey: string, p: Problems): void {
  const known = brandNames(sc);
  const key = (channel: string) => (channel === 'voice' ? voiceKey : channel);
  sc.teams.forEach((t, i) => {
    const at = `agents[${i}].brands`;
    if (t.brands === undefined) return;
    if (known.length === 0) {
      p.error(at, `no channel has brands, so a team cannot be restricted to some; give the tickets' brands first, e.g. channels.messaging.brands: { ${t.brands[0]}: 100% }`);
      return;
    }
    t.brands.forEach((b, j) => {
      if (known.includes(b)) return;
      const s = suggest(b, known);
      p.error(join(at, j), `unknown brand "${b}"${s ? ` (did you mean "${s}"?)` : ''}: no channel's tickets have it; brands: ${known.join(', ')}`);
    });
  });
  if (known.length === 0) return;
  const carried = new Set(sc.initialState.filter((s) => s.queued + s.inProgress > 0).map((s) => s.channel));
  for (const c of sc.channels) {
    if (c.brands.length > 0 || !(c.enabled || carried.has(c.channel))) continue;
    const others = sc.channels.filter((x) => x.brands.length > 0).map((x) => key(x.channel));
    p.error(`channels.${key(c.channel)}`, `${others.join(' and ')} tickets have brands (${known.join(', ')}), so ${key(c.channel)} tickets need theirs too: every ticket has exactly one brand (R7); e.g. brands: ${known[0]}`);
  }
  const pulled = sc.inboxes.filter((x) => x.mode === 'pull');
  sc.teams.forEach((t, i) => {
    if (t.brands === undefined) return;
    const inbox = pulled.find((x) => x.groups.some((g) => t.groups.includes(g)));
    if (inbox) {
      p.error(`agents[${i}].brands`, `the team is in pull inbox "${inbox.name}", where agents pick any ticket of the view: brands (R7), like skills, are omnichannel routing's; leave brands out or put the inbox in push mode`);
    }
  });
}

/** R7 warnings: a brand whose tickets no agent of the brand can take on their channel. */
export function checkBrandStaffing(sc: Scenario, voiceKey: string, p: Problems): void {
  for (const c of sc.channels) {
    if (!c.enabled) continue;
    const code = channelCode(c.channel);
    for (const b of c.brands) {
      if (b.share === 0) continue;
      const served = sc.teams.some((t) => {
        const rule = sc.capacityRules.find((r) => r.name === t.capacityRule);
        return t.count > 0 && (t.brands === undefined || t.brands.includes(b.brand)) && rule !== undefined && [rule.messaging, rule.email, rule.voice][code]! > 0;
      });
      if (!served) {
        const key = c.channel === 'voice' ? voiceKey : c.channel;
        p.warn(`channels.${key}.brands.${b.brand}`, `no agent of brand "${b.brand}" takes ${c.channel}: its ${Number((b.share * 100).toFixed(2))}% of ${c.channel} tickets are never answered (R7)`);
      }
    }
  }
}
