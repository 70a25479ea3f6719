// Inboxes (`inboxes:`): sets of groups whose tickets are either pushed to agents by
// omnichannel routing (mode push, the help desk's default) or wait in the inbox's Unassigned
// view until an agent of the inbox picks them (mode pull) — the model of help desks without
// routing, such as the Convos article in the seeds (agents who are online take conversations
// from "Non assegnato"; assignment settings are per inbox).

import type { ChannelName } from '../model/codes.ts';
import type { DistributionSpec } from '../kernel/distributions/Distribution.ts';

/** Which waiting ticket an agent picks from the Unassigned view. */
export const PICK_ORDERS = ['oldest', 'newest', 'priority'] as const;
export type PickOrder = (typeof PICK_ORDERS)[number];

export const INBOX_MODES = ['pull', 'push'] as const;
export type InboxMode = (typeof INBOX_MODES)[number];

export interface InboxConfig {
  name: string;
  /** The groups whose tickets belong to the inbox (a group is in one inbox at most). */
  groups: string[];
  mode: InboxMode;
  /** Routing channels that wait in the view; the inbox's other tickets stay pushed (calls ring). */
  channels: ChannelName[];
  /** Pull: time an agent with room takes to notice a waiting ticket and take it. */
  pickUpDelay: DistributionSpec;
  /** Pull: oldest first (eligibility time, R16), newest first, or highest priority then oldest. */
  pick: PickOrder;
  /** Pull: an agent picks only while fewer tickets than this count against them (all
   *  channels); null: only their capacity rule limits them. */
  maxOpenPerAgent: number | null;
  /** Pull: an agent picks only with nothing in hand (nothing counted against them). */
  pickOnlyWhenIdle: boolean;
}
