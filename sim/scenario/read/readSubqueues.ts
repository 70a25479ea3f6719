// R12 subqueues of a custom queue (Enterprise): up to 5, with percentages totalling 100, each
// with its own primary and secondary groups:
//   subqueues:
//     - { name: tier1, share: 70%, primaryGroups: [tier1], secondaryGroups: [tier2] }
//     - { name: tier2, share: 30%, primaryGroups: [tier2] }

import type { SubqueueConfig } from '../Scenario.ts';
import type { Problems } from './Problems.ts';
import { fraction, join, list, mapping, names, text } from './fields.ts';

export const MAX_SUBQUEUES = 5;

export function readSubqueues(v: unknown, path: string, p: Problems): SubqueueConfig[] {
  const out: SubqueueConfig[] = [];
  const l = list(v, path, p);
  if (!l) return out;
  if (l.length === 0) p.error(path, 'give at least one subqueue, or leave subqueues out');
  if (l.length > MAX_SUBQUEUES) p.error(path, `a queue has at most ${MAX_SUBQUEUES} subqueues (R12), got ${l.length}`);
  let total = 0;
  let sharesOk = true;
  l.forEach((raw, i) => {
    const at = join(path, i);
    const m = mapping(raw, at, p, ['name', 'share', 'primaryGroups', 'secondaryGroups']);
    if (!m) {
      sharesOk = false;
      return;
    }
    const name = m['name'] === undefined ? `sub${i + 1}` : text(m['name'], join(at, 'name'), p) ?? `sub${i + 1}`;
    if (out.some((s) => s.name === name)) p.error(join(at, 'name'), `subqueue "${name}" is defined twice`);
    let share: number | undefined;
    if (m['share'] === undefined) p.error(join(at, 'share'), 'give the subqueue\'s share of the queue\'s tickets, e.g. share: 60%');
    else share = fraction(m['share'], join(at, 'share'), p);
    if (share === undefined) sharesOk = false;
    else if (share === 0) p.error(join(at, 'share'), 'a subqueue\'s share must be above 0%');
    const primaryGroups = m['primaryGroups'] === undefined ? [] : names(m['primaryGroups'], join(at, 'primaryGroups'), p) ?? [];
    if (primaryGroups.length === 0) p.error(join(at, 'primaryGroups'), 'a subqueue needs at least one primary group (R11, R12)');
    const secondaryGroups = m['secondaryGroups'] === undefined ? [] : names(m['secondaryGroups'], join(at, 'secondaryGroups'), p) ?? [];
    total += share ?? 0;
    out.push({ name, share: share ?? 0, primaryGroups, secondaryGroups });
  });
  // Shares are written as percentages: compare in hundredths of a percent.
  if (sharesOk && out.length > 0 && Math.round(total * 10000) !== 10000) {
    p.error(path, `subqueue shares must total 100% (R12), got ${Number((total * 100).toFixed(4))}%`);
  }
  return out;
}
