// Tags: add (current_tags / add_tags), remove (remove_tags), or replace all (set_tags).

import type { ActionField, TriggerAction } from './TriggerAction.ts';
import type { ConditionValue } from '../../scenario/conditions.ts';
import { editTags } from '../../behaviour/ticketFields.ts';

function tagList(value: ConditionValue): string[] {
  return (Array.isArray(value) ? value : String(value ?? '').split(/[\s,]+/)).map(String).filter((x) => x !== '');
}

export function tagsAction(mode: 'add' | 'remove' | 'set'): ActionField {
  return {
    compile(value): TriggerAction | string {
      const tags = tagList(value);
      if (tags.length === 0 && mode !== 'set') return 'needs one or more tags';
      if (mode === 'add') return (e, t) => editTags(e, t, tags, []);
      if (mode === 'remove') return (e, t) => editTags(e, t, [], tags);
      return (e, t) => editTags(e, t, tags, t.tags.filter((x) => !tags.includes(x)));
    },
  };
}
