// Custom queues in list order (R10): `{ name, conditions, primaryGroups, secondaryGroups }`,
// or `subqueues` (R12) instead of the groups, and `sortBySla` (R15).

import type { QueueConfig } from '../Scenario.ts';
import type { Problems } from './Problems.ts';
import { bool, join, list, mapping, names, text } from './fields.ts';
import { readConditions } from './readConditions.ts';
import { readSubqueues } from './readSubqueues.ts';

export function readQueues(v: unknown, path: string, p: Problems): QueueConfig[] {
  const out: QueueConfig[] = [];
  if (v === undefined) return out;
  const l = list(v, path, p);
  if (!l) return out;
  l.forEach((raw, i) => {
    const at = join(path, i);
    const m = mapping(raw, at, p, ['name', 'conditions', 'primaryGroups', 'secondaryGroups', 'subqueues', 'sortBySla']);
    if (!m) return;
    const name = text(m['name'], join(at, 'name'), p) ?? `queue${i + 1}`;
    if (name.startsWith('standard/')) p.error(join(at, 'name'), 'names starting with "standard/" are kept for the standard queue');
    if (out.some((q) => q.name === name)) p.error(join(at, 'name'), `queue "${name}" is defined twice`);
    const subqueues = m['subqueues'] === undefined ? [] : readSubqueues(m['subqueues'], join(at, 'subqueues'), p);
    const sortBySla = m['sortBySla'] === undefined ? null : bool(m['sortBySla'], join(at, 'sortBySla'), p) ?? null;
    let primaryGroups = m['primaryGroups'] === undefined ? [] : names(m['primaryGroups'], join(at, 'primaryGroups'), p) ?? [];
    let secondaryGroups = m['secondaryGroups'] === undefined ? [] : names(m['secondaryGroups'], join(at, 'secondaryGroups'), p) ?? [];
    if (m['subqueues'] !== undefined) {
      // R12: each subqueue names its own groups; the queue's are their union (for checks and lists).
      for (const k of ['primaryGroups', 'secondaryGroups']) {
        if (m[k] !== undefined) p.error(join(at, k), `a queue with subqueues gives ${k} per subqueue (R12)`);
      }
      const union = (pick: (s: (typeof subqueues)[number]) => string[]) => [...new Set(subqueues.flatMap(pick))];
      primaryGroups = union((s) => s.primaryGroups);
      secondaryGroups = union((s) => s.secondaryGroups);
    } else if (primaryGroups.length === 0) {
      p.error(join(at, 'primaryGroups'), 'a custom queue needs at least one primary group (R11)');
    }
    out.push({ name, conditions: readConditions(m['conditions'], join(at, 'conditions'), p), primaryGroups, secondaryGroups, subqueues, sortBySla });
  });
  // Subqueues wait under "<queue>/<subqueue>": those names must not clash with another queue's.
  const taken = new Set(out.map((q) => q.name));
  out.forEach((q, i) => q.subqueues.forEach((s, j) => {
    if (taken.has(`${q.name}/${s.name}`)) p.error(join(join(join(path, i), 'subqueues'), j), `"${q.name}/${s.name}" is also the name of a queue`);
  }));
  return out;
}
