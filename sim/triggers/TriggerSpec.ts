// Triggers as a scenario describes them (the Triggers API shape: title, active, position,
// conditions {all, any}, actions [{field, value}]), plus what omnisim adds for planning: time
// windows, and a switch that turns a trigger on when a queue passes a threshold — an admin
// switching a recipe on during a spike.

import type { ConditionSpec, ConditionValue } from '../scenario/conditions.ts';
import type { ChannelName } from '../model/codes.ts';

export interface ActionSpec {
  field: string;
  value: ConditionValue;
}

export interface TriggerWindow {
  /** Seconds after the run start; with `every`, the window repeats with that period. */
  from: number;
  to: number;
  every: number;
}

export interface TriggerSwitchSpec {
  /** The queue watched: a queue name, or null for every queue of the channel. */
  queue: string | null;
  channel: ChannelName;
  /** Switched on when the watched length is above this … */
  above: number;
  /** … and off again when it is at or below this. */
  below: number;
  /** How often the admin looks. */
  checkEvery: number;
}

export interface TriggerSpec {
  title: string;
  active: boolean;
  /** Order of evaluation (R51); ties keep the file order. */
  position: number;
  category: string | null;
  conditions: ConditionSpec;
  actions: ActionSpec[];
  windows: TriggerWindow[];
  switch: TriggerSwitchSpec | null;
}

/** Messaging triggers fire on conversation events (R54), not on ticket updates. */
export const MESSAGING_EVENTS = ['conversation_requested', 'added_to_queue', 'assigned', 'message_sent'] as const;
export type MessagingEvent = (typeof MESSAGING_EVENTS)[number];

export interface MessagingTriggerSpec extends TriggerSpec {
  event: MessagingEvent;
}

/**
 * An automation: every `every` seconds, the actions apply to each ticket that matches the
 * conditions as it is then (the help desk runs automations hourly). Also how an agent working
 * a view is modelled (recipe A: solve and close what the view shows).
 */
export interface AutomationSpec {
  title: string;
  every: number;
  conditions: TriggerSpec['conditions'];
  actions: ActionSpec[];
}

/** Business hours (R55): open intervals per weekday, Monday first, seconds after midnight. */
export interface ScheduleSpec {
  name: string;
  week: [number, number][][];
}
