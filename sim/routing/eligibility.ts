// Routing eligibility (R1–R4): whether omnichannel routing may look at a ticket at all, and
// whether it qualifies for the standard queue.

import type { Settings } from '../scenario/settings.ts';
import type { Ticket } from '../model/Ticket.ts';
import { EMAIL, MESSAGING, NEW, OPEN, SESSION_ENDED } from '../model/codes.ts';

/**
 * R1 + R4 + R6: new or open, unassigned, not being offered to an agent right now, not held by
 * an AI agent, and not a messaging-routed ticket whose session ended.
 */
export function isRoutable(t: Ticket): boolean {
  if (t.assignee >= 0 || t.offeredTo >= 0 || t.aiHeld) return false;
  if (t.status !== NEW && t.status !== OPEN) return false;
  return !(t.sessionState === SESSION_ENDED && t.routingChannel === MESSAGING);
}

/** R2: the standard queue needs a group, and an email-routed ticket the auto-routing tag. */
export function fitsStandardQueue(t: Ticket, s: Settings): boolean {
  if (t.group < 0) return false;
  return t.routingChannel !== EMAIL || hasRoutingTag(t, s);
}

export function hasRoutingTag(t: Ticket, s: Settings): boolean {
  return t.tags.includes(s.autoRoutingTag);
}

/** Why a ticket cannot be routed, for traces and stranded-ticket reports. */
export function unroutableReason(t: Ticket, s: Settings): string {
  if (t.aiHeld) return 'held by the AI agent until it escalates (R6)';
  if (t.sessionState === SESSION_ENDED && t.routingChannel === MESSAGING) {
    return 'session ended while routing channel is messaging (R4)';
  }
  if (t.group < 0) return 'no group and no custom queue matches (R2, R10)';
  if (t.routingChannel === EMAIL && !hasRoutingTag(t, s)) {
    if (s.requireTagForEmailRouted === 'always') return `email-routed without the "${s.autoRoutingTag}" tag, which every queue needs (requireTagForEmailRouted: always, Q5)`;
    return `email-routed without the "${s.autoRoutingTag}" tag and no custom queue matches (R2, R10)`;
  }
  return 'not eligible';
}
