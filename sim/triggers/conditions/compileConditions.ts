// Turns an ALL/ANY condition set into one predicate, reporting every bad condition with its
// path (e.g. `queues[0].conditions.all[1].value: unknown group "vip"`).

import type { ConditionSpec } from '../../scenario/conditions.ts';
import type { NameTables, Predicate } from './ConditionField.ts';
import { CONDITION_FIELDS, FIELD_ALIASES } from './fields.ts';

export interface CompileProblem {
  path: string;
  message: string;
}

export function compileConditions(spec: ConditionSpec, names: NameTables, path: string, problems: CompileProblem[]): Predicate {
  const compileList = (list: ConditionSpec['all'], key: 'all' | 'any'): Predicate[] =>
    list.flatMap((c, i) => {
      const at = `${path}.${key}[${i}]`;
      const fieldName = FIELD_ALIASES[c.field] ?? c.field;
      const field = CONDITION_FIELDS[fieldName];
      if (!field) {
        problems.push({ path: `${at}.field`, message: `unknown field "${c.field}" (known: ${Object.keys(CONDITION_FIELDS).join(', ')})` });
        return [];
      }
      const operator = c.operator === '' ? field.operators[0]! : c.operator;
      if (!field.operators.includes(operator)) {
        problems.push({ path: `${at}.operator`, message: `"${c.field}" takes ${field.operators.join(', ')}, got "${c.operator}"` });
        return [];
      }
      const p = field.compile(operator, c.value, names);
      if (typeof p === 'string') {
        problems.push({ path: `${at}.value`, message: p });
        return [];
      }
      return [p];
    });
  const all = compileList(spec.all, 'all');
  const any = compileList(spec.any, 'any');
  if (all.length === 0 && any.length === 0) return () => true;
  return (t, ctx) => {
    for (let i = 0; i < all.length; i++) if (!all[i]!(t, ctx)) return false;
    if (any.length === 0) return true;
    for (let i = 0; i < any.length; i++) if (any[i]!(t, ctx)) return true;
    return false;
  };
}
