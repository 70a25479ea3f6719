// Skill actions of an export (add_skills, set_skills): the help desk sends skill UUIDs, each
// with its priority suffix ("ea535736-d36b-45d2-a00e-14a274588c87#1", see
// triggers/actions/skillsAction.ts). map.skills names them; the suffix is kept as it is.

import type { ConditionValue } from '../../scenario/conditions.ts';
import { describeValue } from '../../scenario/read/describeValue.ts';

/** A UUID or a numeric id: an id the map must name (anything else is taken as a skill name). */
const ID = /^(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The value with every skill id replaced by its name, or why it cannot be. */
export function mapSkillIds(value: unknown, table: Readonly<Record<string, string>> | undefined, place = 'map.skills'): ConditionValue | string {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/).filter((x) => x !== '') : null;
  if (list === null) return `expected a list of skill ids ("uuid#priority"), got ${describeValue(value)}`;
  const out: string[] = [];
  const unmapped: string[] = [];
  for (const raw of list) {
    const entry = String(raw);
    const hash = entry.indexOf('#');
    const id = hash < 0 ? entry : entry.slice(0, hash);
    const suffix = hash < 0 ? '' : entry.slice(hash);
    if (table && id in table) out.push(`${table[id]!}${suffix}`);
    else if (ID.test(id)) unmapped.push(id);
    else out.push(entry);
  }
  if (unmapped.length > 0) return `skill id${unmapped.length > 1 ? 's' : ''} ${unmapped.join(', ')} not mapped to a name; add ${unmapped.length > 1 ? 'them' : 'it'} under ${place}`;
  return out;
}
