// Fields naming a group, an agent or a schedule: is / is_not a name, "" or null for none,
// and the "changed" forms.

import type { Ticket } from '../../model/Ticket.ts';
import type { TicketSnapshot } from '../../model/TicketSnapshot.ts';
import type { ConditionField, NameTables } from './ConditionField.ts';
import { CHANGE_OPERATORS } from './ConditionField.ts';
import { changeForm } from './changeForms.ts';

export function nameField(
  what: string,
  table: (n: NameTables) => readonly string[] | undefined,
  read: (t: Ticket) => number,
  before: (s: TicketSnapshot) => number,
): ConditionField {
  return {
    operators: ['is', 'is_not', ...CHANGE_OPERATORS],
    compile(operator, value, names) {
      if (operator === 'changed' || operator === 'not_changed') return changeForm(operator, [], read, before);
      const list = table(names) ?? [];
      const values = Array.isArray(value) ? value : [value];
      const codes: number[] = [];
      for (const v of values) {
        if (v === null || v === '') {
          codes.push(-1);
          continue;
        }
        const i = list.indexOf(String(v));
        if (i < 0) return `unknown ${what} "${String(v)}" (${what}s: ${list.join(', ') || 'none'})`;
        codes.push(i);
      }
      return changeForm(operator, codes, read, before);
    },
  };
}
