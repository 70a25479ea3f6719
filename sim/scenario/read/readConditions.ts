// An ALL/ANY condition set as the help desk writes it: `{ all: [{field, operator, value}],
// any: [...] }`, or a plain list meaning ALL. Field and value checks happen when the
// scenario is compiled, where group names are known.

import type { Condition, ConditionSpec } from '../conditions.ts';
import type { ConditionValue } from '../conditions.ts';
import type { Problems } from './Problems.ts';
import { join, list, mapping, text } from './fields.ts';

export function readConditions(v: unknown, path: string, p: Problems): ConditionSpec {
  if (v === undefined || v === null) return { all: [], any: [] };
  if (Array.isArray(v)) return { all: readList(v, path, p), any: [] };
  const m = mapping(v, path, p, ['all', 'any']);
  if (!m) return { all: [], any: [] };
  const side = (key: 'all' | 'any') => {
    if (m[key] === undefined || m[key] === null) return [];
    const l = list(m[key], join(path, key), p);
    return l ? readList(l, join(path, key), p) : [];
  };
  return { all: side('all'), any: side('any') };
}

function readList(l: unknown[], path: string, p: Problems): Condition[] {
  const out: Condition[] = [];
  l.forEach((raw, i) => {
    const at = join(path, i);
    const m = mapping(raw, at, p, ['field', 'operator', 'value']);
    if (!m) return;
    const field = text(m['field'], join(at, 'field'), p);
    // A missing operator takes the field's first one (is, includes) when compiled.
    const operator = m['operator'] === undefined ? '' : text(m['operator'], join(at, 'operator'), p);
    const value = m['value'] === undefined ? null : (m['value'] as ConditionValue);
    if (field !== undefined && operator !== undefined) out.push({ field, operator, value });
  });
  return out;
}
