// Ticket > Group: is / is_not a named group, or "" / null for no group.

import type { ConditionField } from './ConditionField.ts';

export const groupField: ConditionField = {
  operators: ['is', 'is_not'],
  compile(operator, value, names) {
    let g = -1;
    if (value !== null && value !== '') {
      g = names.groups.indexOf(String(value));
      if (g < 0) return `unknown group "${String(value)}" (groups: ${names.groups.join(', ') || 'none'})`;
    }
    return operator === 'is' ? (t) => t.group === g : (t) => t.group !== g;
  },
};
