// Custom queues in list order (R10): `{ name, conditions, primaryGroups, secondaryGroups }`.

import type { QueueConfig } from '../Scenario.ts';
import type { Problems } from './Problems.ts';
import { join, list, mapping, names, text } from './fields.ts';
import { readConditions } from './readConditions.ts';

export function readQueues(v: unknown, path: string, p: Problems): QueueConfig[] {
  const out: QueueConfig[] = [];
  if (v === undefined) return out;
  const l = list(v, path, p);
  if (!l) return out;
  l.forEach((raw, i) => {
    const at = join(path, i);
    const m = mapping(raw, at, p, ['name', 'conditions', 'primaryGroups', 'secondaryGroups']);
    if (!m) return;
    const name = text(m['name'], join(at, 'name'), p) ?? `queue${i + 1}`;
    if (name.startsWith('standard/')) p.error(join(at, 'name'), 'names starting with "standard/" are kept for the standard queue');
    if (out.some((q) => q.name === name)) p.error(join(at, 'name'), `queue "${name}" is defined twice`);
    const primaryGroups = m['primaryGroups'] === undefined ? [] : names(m['primaryGroups'], join(at, 'primaryGroups'), p) ?? [];
    if (primaryGroups.length === 0) p.error(join(at, 'primaryGroups'), 'a custom queue needs at least one primary group (R11)');
    const secondaryGroups = m['secondaryGroups'] === undefined ? [] : names(m['secondaryGroups'], join(at, 'secondaryGroups'), p) ?? [];
    out.push({ name, conditions: readConditions(m['conditions'], join(at, 'conditions'), p), primaryGroups, secondaryGroups });
  });
  return out;
}
