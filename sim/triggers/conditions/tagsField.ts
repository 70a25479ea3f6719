// Ticket > Tags: includes (contains at least one of) / not_includes (contains none of).

import type { ConditionField } from './ConditionField.ts';

export const tagsField: ConditionField = {
  operators: ['includes', 'not_includes'],
  compile(operator, value) {
    const tags = (Array.isArray(value) ? value : String(value ?? '').split(/[\s,]+/)).filter((x) => x !== '');
    if (tags.length === 0) return 'needs a value: one or more tags';
    const any = (have: string[]) => tags.some((x) => have.includes(x));
    return operator === 'includes' ? (t) => any(t.tags) : (t) => !any(t.tags);
  },
};
