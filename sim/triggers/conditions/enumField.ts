// Fields whose value is one name from a fixed list (channel, routing channel, status,
// priority, ended reason…): is / is_not, less_than / greater_than for ordered lists, and the
// "changed" forms when the field has a previous value.

import type { Ticket } from '../../model/Ticket.ts';
import type { TicketSnapshot } from '../../model/TicketSnapshot.ts';
import type { ConditionField, Predicate } from './ConditionField.ts';
import { CHANGE_OPERATORS } from './ConditionField.ts';
import { changeForm } from './changeForms.ts';

export interface EnumOptions {
  ordered?: boolean;
  /** Reads the value at the start of the update; without it the field has no "changed" forms. */
  before?: (s: TicketSnapshot) => number;
  /** Extra accepted spellings → canonical name (e.g. "hold" → "on-hold"). */
  aliases?: Record<string, string>;
}

export function enumField(names: readonly string[], read: (t: Ticket) => number, o: EnumOptions = {}): ConditionField {
  const operators = [
    'is', 'is_not', ...(o.ordered ? ['less_than', 'greater_than'] : []), ...(o.before ? CHANGE_OPERATORS : []),
  ];
  return {
    operators,
    compile(operator, value): Predicate | string {
      // "changed" and "not changed" compare with the previous value; they take none themselves.
      if (operator === 'changed' || operator === 'not_changed') return changeForm(operator, [], read, o.before ?? (() => -1));
      if (value === null || value === '') return `needs a value: one of ${names.join(', ')}`;
      const values = Array.isArray(value) ? value : [value];
      const codes: number[] = [];
      for (const v of values) {
        const text = String(v).toLowerCase().replace(/ /g, '_');
        const code = names.indexOf(o.aliases?.[text] ?? text);
        if (code < 0) return `expected one of ${names.join(', ')}, got "${String(v)}"`;
        codes.push(code);
      }
      return changeForm(operator, codes, read, o.before ?? (() => -1));
    },
  };
}
