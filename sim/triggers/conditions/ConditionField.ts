// A condition field: compiles (operator, value) once into a predicate over a ticket. Fields
// validate their operators and values at compile time, so a run never meets a bad condition.

import type { Ticket } from '../../model/Ticket.ts';
import type { ConditionValue } from '../../scenario/conditions.ts';

/** What a predicate may look at besides the ticket itself. */
export interface ConditionContext {
  now: number;
}

export type Predicate = (t: Ticket, ctx: ConditionContext) => boolean;

/** Names the compiler resolves values against (groups are stored as indices). */
export interface NameTables {
  groups: readonly string[];
}

export interface ConditionField {
  readonly operators: readonly string[];
  /** Returns the predicate, or a message saying what is wrong with the value. */
  compile(operator: string, value: ConditionValue, names: NameTables): Predicate | string;
}
