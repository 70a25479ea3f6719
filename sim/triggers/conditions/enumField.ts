// Fields whose value is one name from a fixed list (channel, routing channel, status,
// priority, session state): is / is_not, and for ordered lists less_than / greater_than.

import type { Ticket } from '../../model/Ticket.ts';
import type { ConditionField, Predicate } from './ConditionField.ts';

export function enumField(names: readonly string[], read: (t: Ticket) => number, ordered = false): ConditionField {
  const operators = ordered ? ['is', 'is_not', 'less_than', 'greater_than'] : ['is', 'is_not'];
  return {
    operators,
    compile(operator, value): Predicate | string {
      if (value === null || value === '') return `needs a value: one of ${names.join(', ')}`;
      const values = Array.isArray(value) ? value : [value];
      const codes: number[] = [];
      for (const v of values) {
        const code = names.indexOf(String(v).toLowerCase());
        if (code < 0) return `expected one of ${names.join(', ')}, got "${String(v)}"`;
        codes.push(code);
      }
      const c = codes[0]!;
      switch (operator) {
        case 'is': return codes.length === 1 ? (t) => read(t) === c : (t) => codes.includes(read(t));
        case 'is_not': return (t) => !codes.includes(read(t));
        case 'less_than': return (t) => read(t) < c;
        case 'greater_than': return (t) => read(t) > c;
      }
      return `unknown operator "${operator}"`;
    },
  };
}
