// Turns an ALL/ANY condition set into one predicate, reporting every bad condition with its
// path (e.g. `queues[0].conditions.all[1].value: unknown group "vip"`).

import type { ConditionSpec } from '../../scenario/conditions.ts';
import type { NameTables, Predicate } from './ConditionField.ts';
import { CHANGE_OPERATORS } from './ConditionField.ts';
import { CONDITION_FIELDS, FIELD_ALIASES, OPERATOR_ALIASES } from './fields.ts';

/** Fields that only make sense on a ticket update or a conversation event. */
const TRIGGER_ONLY = ['update_type', 'queue_size', 'agents_available', 'message_sender'];
/** Fields only messaging triggers have (R54). */
const MESSAGING_ONLY = ['queue_size', 'agents_available', 'message_sender'];

export interface CompileProblem {
  path: string;
  message: string;
}

export function compileConditions(spec: ConditionSpec, names: NameTables, path: string, problems: CompileProblem[]): Predicate {
  const compileList = (list: ConditionSpec['all'], key: 'all' | 'any'): Predicate[] =>
    list.flatMap((c, i) => {
      const at = `${path}.${key}[${i}]`;
      const fieldName = FIELD_ALIASES[c.field] ?? c.field;
      const known = Object.keys(CONDITION_FIELDS).filter((f) => !(names.queue && TRIGGER_ONLY.includes(f)));
      const field = known.includes(fieldName) ? CONDITION_FIELDS[fieldName] : undefined;
      if (!field) {
        const why = names.queue && TRIGGER_ONLY.includes(fieldName) ? ` ("${c.field}" is a trigger condition)` : '';
        problems.push({ path: `${at}.field`, message: `unknown field "${c.field}"${why} (known: ${known.join(', ')})` });
        return [];
      }
      if (MESSAGING_ONLY.includes(fieldName) && !names.messaging) {
        problems.push({ path: `${at}.field`, message: `"${c.field}" is a messaging-trigger condition (R54); use it under messagingTriggers` });
        return [];
      }
      const operators = field.operators.filter((o) => !(names.queue && CHANGE_OPERATORS.includes(o as never)));
      const operator = c.operator === '' ? operators[0]! : OPERATOR_ALIASES[c.operator] ?? c.operator;
      if (!operators.includes(operator)) {
        const why = names.queue && field.operators.includes(operator) ? ' (queue and automation conditions test the ticket as it is; "changed" forms are for triggers)' : '';
        problems.push({ path: `${at}.operator`, message: `"${c.field}" takes ${operators.join(', ')}, got "${c.operator}"${why}` });
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
