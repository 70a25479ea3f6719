// A condition field: compiles (operator, value) once into a predicate over a ticket. Fields
// validate their operators and values at compile time, so a run never meets a bad condition.

import type { Ticket } from '../../model/Ticket.ts';
import type { TicketSnapshot } from '../../model/TicketSnapshot.ts';
import type { Settings } from '../../scenario/settings.ts';
import type { ConditionValue } from '../../scenario/conditions.ts';

/** What the world looks like to a condition (queue sizes, agents, schedules). */
export interface ConditionEnv {
  readonly settings: Settings;
  /** Messaging tickets waiting in the ticket's queue (or in all messaging queues). */
  queueSize(t: Ticket): number;
  /** Agents who could take the ticket's kind of work now, in its pool. */
  agentsAvailable(t: Ticket): number;
  /** Is `at` within the schedule's business hours? */
  withinSchedule(schedule: number, at: number): boolean;
}

/** What a predicate may look at besides the ticket itself. */
export interface ConditionContext {
  now: number;
  /** The ticket's values when the current update began; null while it is being created. */
  previous: TicketSnapshot | null;
  /** Who sent the message a messaging trigger runs for ('end_user' | 'agent' | ''). */
  sender: string;
  env: ConditionEnv | null;
}

export type Predicate = (t: Ticket, ctx: ConditionContext) => boolean;

/** Names the compiler resolves values against. */
export interface NameTables {
  groups: readonly string[];
  agents?: readonly string[];
  schedules?: readonly string[];
  /** Skill names in bit order (R18: those the scenario's channels declare, then its teams'). */
  skills?: readonly string[];
  /** Brand names by index (R7: those the scenario's channels' tickets have). */
  brands?: readonly string[];
  /** Messaging-trigger conditions (queue size, agents available) are allowed. */
  messaging?: boolean;
  /** Queue and automation conditions match a ticket as it is: no update type, no "changed" forms. */
  queue?: boolean;
  settings?: Settings;
}

export interface ConditionField {
  readonly operators: readonly string[];
  /** Returns the predicate, or a message saying what is wrong with the value. */
  compile(operator: string, value: ConditionValue, names: NameTables): Predicate | string;
}

/** The help desk's "changed" operators under our names (API names are aliases, see fields.ts). */
export const CHANGE_OPERATORS = ['changed', 'changed_to', 'changed_from', 'not_changed', 'not_changed_to', 'not_changed_from'] as const;
