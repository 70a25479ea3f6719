// Ticket > Brand (R7): is / is_not one of the scenario's brands. A ticket's brand is drawn at
// arrival and never changes, so the field has no "changed" forms.

import type { ConditionField } from './ConditionField.ts';
import { suggest } from '../../scenario/read/describeValue.ts';

export const brandField: ConditionField = {
  operators: ['is', 'is_not'],
  compile(operator, value, names) {
    const known = names.brands ?? [];
    if (value === null || value === '' || Array.isArray(value)) return `give one brand, e.g. value: ${known[0] ?? 'acme'} (every ticket has exactly one)`;
    const name = String(value);
    const b = known.indexOf(name);
    if (b < 0) {
      if (known.length === 0) return `unknown brand "${name}": the scenario has no brands (give them under channels.<channel>.brands)`;
      const s = suggest(name, known);
      return `unknown brand "${name}"${s ? ` (did you mean "${s}"?)` : ''}; brands: ${known.join(', ')}`;
    }
    return operator === 'is' ? (t) => t.brand === b : (t) => t.brand !== b;
  },
};
