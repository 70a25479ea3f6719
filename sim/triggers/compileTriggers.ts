// Build once, run many: ticket and messaging triggers compiled against the scenario's names —
// conditions into predicates, actions into functions — in position order (R51). Problems are
// reported with the path of the trigger, condition or action.

import type { TriggerSpec, MessagingTriggerSpec, MessagingEvent, AutomationSpec, ActionSpec } from './TriggerSpec.ts';
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

export interface CompiledAutomation {
  spec: AutomationSpec;
  matches: Predicate;
  actions: TriggerAction[];
}

export interface CompiledTriggers {
  ticket: CompiledTrigger[];
  messaging: CompiledTrigger[];
  /** All of them, by index. */
  all: CompiledTrigger[];
  automations: CompiledAutomation[];
}

export function compileTriggers(
  ticket: readonly TriggerSpec[],
  messaging: readonly MessagingTriggerSpec[],
  names: NameTables,
  problems: CompileProblem[],
  automations: readonly AutomationSpec[] = [],
): CompiledTriggers {
  const all: CompiledTrigger[] = [];
  const compileActions = (spec: { actions: ActionSpec[] }, path: string, n: NameTables) =>
    spec.actions.flatMap((a, i) => {
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
  const build = (spec: TriggerSpec, path: string, event: MessagingEvent | null, n: NameTables): CompiledTrigger => {
    const matches = compileConditions(spec.conditions, n, `${path}.conditions`, problems);
    const actions = compileActions(spec, path, n);
    const t: CompiledTrigger = { spec, index: all.length, matches, actions, event };
    all.push(t);
    return t;
  };
  const byPosition = <T extends TriggerSpec>(list: readonly T[]) =>
    list.map((spec, i) => ({ spec, i })).sort((a, b) => a.spec.position - b.spec.position || a.i - b.i);
  const ticketTriggers = byPosition(ticket).map(({ spec, i }) => build(spec, `triggers[${i}]`, null, names));
  const messagingTriggers = byPosition(messaging).map(({ spec, i }) =>
    build(spec, `messagingTriggers[${i}]`, spec.event, { ...names, messaging: true }));
  const compiledAutomations = automations.map((spec, i) => ({
    spec,
    matches: compileConditions(spec.conditions, { ...names, queue: true }, `automations[${i}].conditions`, problems),
    actions: compileActions(spec, `automations[${i}]`, names),
  }));
  return { ticket: ticketTriggers, messaging: messagingTriggers, all, automations: compiledAutomations };
}
