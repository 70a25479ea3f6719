// The messaging session of a conversation (R31–R35, R42–R48): active while the end user
// talks, inactive after their silence (R31, R32), woken by a new message, and ended — by the
// agent, a trigger, auto-release or the end user — with the consequences of R43–R48: capacity
// released (R30), status unchanged (R45), the routing channel rules (R43, R44, Q1, Q4, Q18),
// stranded tickets (R4) and follow-ups (R48).

import type { Engine } from '../../engine/Engine.ts';
import type { Ticket } from '../../model/Ticket.ts';
import type { EndedReason } from '../../model/codes.ts';
import { EMAIL, MESSAGING, NEW, ON_HOLD, OPEN, PENDING, SESSION_ACTIVE, SESSION_ENDED, SESSION_INACTIVE, SESSION_NONE,
  SESSION_STATES, ENDED_REASONS, CHANNELS } from '../../model/codes.ts';
import { countedChannel } from '../../model/capacityRule.ts';
import { SESSION_INACTIVE as SILENCE_ELAPSED, SILENT_SOLVE, INACTIVITY_LINE, UNASSIGNED_INACTIVITY_LINE } from '../../engine/kinds.ts';
import { NO_EVENT } from '../../kernel/EventQueue.ts';
import * as autoRelease from './autoRelease.ts';
import * as email from '../emailWork.ts';
import * as offers from './offers.ts';

const USER_INACTIVE = 'user inactive or offline';

function countsMessaging(e: Engine, t: Ticket): boolean {
  return countedChannel(t, e.settings) === MESSAGING;
}

/**
 * Starts (or restarts) the end-user silence clock of an active session (exchange mode only).
 * It is re-armed at every message, so it runs on a delay line of the kernel: one per period.
 */
export function armInactivity(e: Engine, t: Ticket, delay: number): void {
  t.inactivityTimer = e.cancel(t.inactivityTimer);
  if (e.exchanges && t.sessionState === SESSION_ACTIVE) {
    const line = delay === e.settings.inactivityPeriod ? INACTIVITY_LINE : UNASSIGNED_INACTIVITY_LINE;
    t.inactivityTimer = e.kernel.afterInLine(line, delay, SILENCE_ELAPSED, t.slot);
  }
}

/** The end user has been silent for the inactivity period (R31). */
export function silenceElapsed(e: Engine, t: Ticket): void {
  goInactive(e, t, USER_INACTIVE);
}

/** Active → inactive. An assigned conversation may then be auto-released (R33) or tidied up. */
export function goInactive(e: Engine, t: Ticket, reason: string): void {
  if (t.sessionState !== SESSION_ACTIVE) return;
  const before = countsMessaging(e, t);
  e.touch(t); // recount (R27), triggers, and for a queued ticket R34 auto-assignment
  t.sessionState = SESSION_INACTIVE;
  t.inactiveReason = 0; // user inactive or offline (R47)
  t.inactivityTimer = e.cancel(t.inactivityTimer);
  e.events.sessionStateChanged(t.id, 'active', 'inactive', reason, before && !countsMessaging(e, t));
  if (t.assignee >= 0 && t.routingChannel === MESSAGING) {
    if (autoRelease.onInactive(e, t)) return;
    // Nothing more to say on either side: the agent solves it later.
    if (t.exchangesLeft <= 0 || !t.customerPresent) scheduleSilentSolve(e, t);
  }
}

export function scheduleSilentSolve(e: Engine, t: Ticket): void {
  t.workTimer = e.cancel(t.workTimer);
  t.workTimer = e.timer(e.channels[MESSAGING]!.config.conversation.silentSolvedAfter, SILENT_SOLVE, t);
}

/**
 * A new end-user message (R31): the session wakes up and counts again, even over capacity
 * (R29) — whether it was inactive through silence or through a pending / on-hold status.
 */
export function userWrote(e: Engine, t: Ticket): void {
  t.lastEndUserMessageAt = e.now;
  t.inactivityTimer = e.cancel(t.inactivityTimer);
  if (t.sessionState === SESSION_ACTIVE && (t.status === PENDING || t.status === ON_HOLD)) {
    t.workTimer = t.reminderStep > 0 ? e.cancel(t.workTimer) : t.workTimer;
    t.reminderStep = 0;
    e.setStatus(t, OPEN);
  } else if (t.sessionState === SESSION_INACTIVE) {
    // Auto-release reminders and a planned tidy-up no longer apply.
    if (t.reminderStep > 0 || t.assignee >= 0) t.workTimer = e.cancel(t.workTimer);
    e.touch(t);
    t.reminderStep = 0;
    t.sessionState = SESSION_ACTIVE;
    t.inactiveReason = -1;
    e.events.sessionStateChanged(t.id, 'inactive', 'active', 'end user wrote', false);
    if (t.status === PENDING || t.status === ON_HOLD) e.setStatus(t, OPEN);
  }
}

/** The customer gave up waiting (their ticket stays queued; silence makes it inactive). */
export function customerLeft(e: Engine, t: Ticket): void {
  t.customerTimer = e.cancel(t.customerTimer);
}

/**
 * Ends the session. Returns false if there was no live session. The status never changes
 * (R45); messaging capacity is released (R30, Q2 via the counting rule); what happens next
 * depends on who ended it and on the settings (R43, Q1, Q4, Q18).
 */
export function endSession(e: Engine, t: Ticket, reason: EndedReason, agent: number | null): boolean {
  if (t.sessionState === SESSION_ENDED || t.sessionState === SESSION_NONE) return false;
  const before = countsMessaging(e, t);
  // R4: an offer in flight is called off — routing may not hand this ticket out any more.
  const withdrawOffer = t.offeredTo >= 0;
  const from = t.sessionState;
  const nextMessageAt = t.customerPresent ? e.kernel.timeOf(t.customerTimer) : NaN;
  e.touch(t);
  t.sessionState = SESSION_ENDED;
  t.inactiveReason = -1;
  t.endedReason = ENDED_REASONS.indexOf(reason);
  t.sessionEndedAt = e.now;
  t.inactivityTimer = e.cancel(t.inactivityTimer);
  t.customerTimer = e.cancel(t.customerTimer);
  t.reminderStep = 0;
  // The live conversation is over: a customer still waiting is no longer on the line to give up.
  // If the ticket goes on as email (R43, R44, Q1) they wait for an emailed answer, which has no
  // patience; otherwise their wait ends here (deflect, below).
  t.patienceTimer = e.cancel(t.patienceTimer);
  t.patience = Infinity;
  // The conversation's own work stops (a reply being typed, a reminder, a planned tidy-up).
  if (t.routingChannel === MESSAGING) t.workTimer = e.cancel(t.workTimer);
  const freed = before && (withdrawOffer || !countsMessaging(e, t));
  e.events.sessionStateChanged(t.id, SESSION_STATES[from], 'ended', reason, freed);
  e.events.sessionEnded(t.id, reason, agent, freed);
  if (reason === 'agent' && e.settings.routeAgentEndedAsEmail) {
    routeAsEmail(e, t, 'agent ended the session; routed as email (R43)', agent);
  } else if (reason === 'trigger' && e.settings.endSessionActionSetsEmail) {
    routeAsEmail(e, t, 'End session action also sets email (Q1)', null);
  } else if (t.routingChannel === EMAIL && t.assignee >= 0 && t.workTimer === NO_EVENT) {
    email.start(e, t); // Q4: already email-routed — the assignee carries on as email
  }
  if (t.routingChannel === MESSAGING) {
    strand(e, t, `session ended (${reason}) while routing channel is messaging (R4)`);
    deflect(e, t);
  }
  if (withdrawOffer) offers.withdraw(e, t);
  e.followUps.plan(e, t, nextMessageAt - e.now);
  return true;
}

/**
 * The ticket becomes an email ticket (R43, R44): routed and counted as email from now on, with
 * the follow-up work to do. `agent`: who gets it (R43 auto-assigns to the agent who ended the
 * session, even over email capacity, Q4); otherwise the assignee keeps it, or routing does.
 */
export function routeAsEmail(e: Engine, t: Ticket, cause: string, agent: number | null): void {
  if (t.routingChannel === EMAIL) return;
  const from = t.routingChannel;
  e.touch(t);
  t.routingChannel = EMAIL;
  t.strandedAt = NaN;
  e.events.routingChannelChanged(t.id, CHANNELS[from], 'email', cause);
  const ch = e.channels[MESSAGING]!;
  t.workSeconds = (ch.endSessionWork ?? e.channels[EMAIL]!.handleTime).sample(ch.u.endSessionWork);
  t.workTimer = e.cancel(t.workTimer);
  if (t.status !== NEW && t.status !== OPEN) return;
  if (agent !== null && t.assignee !== agent) {
    if (t.assignee < 0) {
      if (t.queue) e.router.withdraw(t, 'assigned');
      if (t.offeredTo >= 0) offers.withdraw(e, t);
      e.assign(t, e.agents[agent]!, 'auto');
      return;
    }
  }
  if (t.assignee >= 0) email.start(e, t);
}

/** A customer still waiting for an answer will not get one in this channel: their outcome. */
function deflect(e: Engine, t: Ticket): void {
  if (Number.isNaN(t.waitingSince)) return;
  const waited = e.now - t.waitingSince;
  t.waitingSince = NaN;
  t.deflected = true;
  t.patienceTimer = e.cancel(t.patienceTimer);
  if (e.events.wanted('TicketDeflected')) e.events.emit({ type: 'TicketDeflected', t: e.now, ticket: t.id, channel: CHANNELS[t.via], waited });
}

/** Routing loses sight of the ticket for good (R4) until something changes its channel. */
export function strand(e: Engine, t: Ticket, reason: string): void {
  if (!Number.isNaN(t.strandedAt) || (t.status !== NEW && t.status !== OPEN)) return;
  t.strandedAt = e.now;
  if (e.events.wanted('TicketStranded')) e.events.emit({ type: 'TicketStranded', t: e.now, ticket: t.id, kind: 'session-ended', reason });
}
