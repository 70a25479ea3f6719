// A trigger action: compiled once from {field, value}, applied to a ticket during a trigger
// run. Returns true if it changed the ticket (a firing that changes nothing is a no-op, R51).

import type { Engine } from '../../engine/Engine.ts';
import type { Ticket } from '../../model/Ticket.ts';
import type { ConditionValue } from '../../scenario/conditions.ts';
import type { NameTables } from '../conditions/ConditionField.ts';

/** What an action knows about the trigger running it. */
export interface ActionContext {
  trigger: string;
}

export type TriggerAction = (e: Engine, t: Ticket, ctx: ActionContext) => boolean;

export interface ActionField {
  /** Returns the action, or a message saying what is wrong with the value. */
  compile(value: ConditionValue, names: NameTables): TriggerAction | string;
}

/** A value as one name (lower-cased, spaces as underscores), or null when missing. */
export function oneName(value: ConditionValue): string | null {
  if (value === null || value === undefined || Array.isArray(value)) return null;
  return String(value).toLowerCase().replace(/ /g, '_');
}
