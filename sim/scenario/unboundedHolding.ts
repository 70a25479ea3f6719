// Where a load above the agents' capacity can only end in a queue that grows without limit:
// a channel whose tickets each hold one unit of capacity for their handling — calls (plus
// wrap-up) and plain messaging conversations — arriving by rate, with no customer giving up.
// Email (pending and reopened work), exchanges and replayed arrivals are left to the run.

import type { ChannelConfig } from './Scenario.ts';
import { makeDistribution } from '../kernel/distributions/makeDistribution.ts';

/**
 * Seconds of one unit of capacity each ticket of `ch` holds on average, when arrivals × that
 * above the channel's capacity makes its queue grow without limit; null where it is not known
 * to (patience, email, exchanges, replay, a disabled channel).
 */
export function unboundedHolding(ch: ChannelConfig): number | null {
  if (!ch.enabled || ch.patience || ch.arrivals.times !== null) return null;
  if (ch.channel === 'email' || (ch.channel === 'messaging' && ch.conversation.mode !== 'plain')) return null;
  return makeDistribution(ch.handleTime).mean + (ch.channel === 'voice' && ch.wrapUp ? makeDistribution(ch.wrapUp).mean : 0);
}
