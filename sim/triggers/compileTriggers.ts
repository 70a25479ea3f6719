// Build once, run many: ticket and messaging triggers compiled against the scenario's names —
// conditions into predicates, actions into functions — in position order (R51). Problems are
// reported with the path of the trigger, condition or action.

import type { TriggerSpec, MessagingTriggerSpec, MessagingEvent } from './TriggerSpec.ts';
import type { NameTables, Predicate } from './conditions/ConditionField.ts';
import { compileConditions } from './conditions/compileConditions.ts';
import type { CompileProblem } from './conditions/compileConditions.ts';
import type { TriggerAction } from './actions/TriggerAction.ts';
import { ACTION_ALIASES, ACTION_FIELDS } from './actions/actions.ts';

export interface CompiledTrigger {
  spec: TriggerSpec;
  /** Index in the run's trigger state arrays (ticket and messaging triggers share them). */
  index: number;
  matches: Predicate;
  actions: TriggerAction[];
  event: MessagingEvent | null;
}

export interface CompiledTriggers {
  ticket: CompiledTrigger[];
  messaging: CompiledTrigger[];
  /** All of them, by index. */
  all: CompiledTrigger[];
}

export function compileTriggers(
  ticket: readonly TriggerSpec[],
  messaging: readonly MessagingTriggerSpec[],
  names: NameTables,
  problems: CompileProblem[],
): CompiledTriggers {
  const all: CompiledTrigger[] = [];
  const build = (spec: TriggerSpec, path: string, event: MessagingEvent | null, n: NameTables): CompiledTrigger => {
    const matches = compileConditions(spec.conditions, n, `${path}.conditions`, problems);
    const actions = spec.actions.flatMap((a, i) => {
      const at = `${path}.actions[${i}]`;
      const name = ACTION_ALIASES[a.field] ?? a.field;
      const field = ACTION_FIELDS[name];
      if (!field) {
        problems.push({ path: `${at}.field`, message: `unknown action "${a.field}" (known: ${Object.keys(ACTION_FIELDS).join(', ')})` });
        return [];
      }
      const action = field.compile(a.value, n);
      if (typeof action === 'string') {
        problems.push({ path: `${at}.value`, message: action });
        return [];
      }
      return [action];
    });
    const t: CompiledTrigger = { spec, index: all.length, matches, actions, event };
    all.push(t);
    return t;
  };
  const byPosition = <T extends TriggerSpec>(list: readonly T[]) =>
    list.map((spec, i) => ({ spec, i })).sort((a, b) => a.spec.position - b.spec.position || a.i - b.i);
  const ticketTriggers = byPosition(ticket).map(({ spec, i }) => build(spec, `triggers[${i}]`, null, names));
  const messagingTriggers = byPosition(messaging).map(({ spec, i }) =>
    build(spec, `messagingTriggers[${i}]`, spec.event, { ...names, messaging: true }));
  return { ticket: ticketTriggers, messaging: messagingTriggers, all };
}
