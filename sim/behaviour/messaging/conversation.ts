// A messaging conversation once an agent has it. Plain mode: one handle time holding a
// messaging slot, independent of the agent's load (so N agents × k slots is M/M/(N·k)).
// Exchange mode: the agent replies (agentReplyTime), the customer thinks and writes again
// (customerThinkTime), for the conversation's number of exchanges; silences longer than the
// inactivity period make the session inactive (R31, R32) and a new message wakes it (R29).
// Either way the conversation then closes as drawn from the closing mix: the agent solves it,
// the agent ends the session (the end-session policy, R42), the user ends it, or it goes quiet.

import type { Engine } from '../../engine/Engine.ts';
import type { Ticket } from '../../model/Ticket.ts';
import { MESSAGING, NEW, OPEN, SESSION_ACTIVE, SESSION_ENDED, SESSION_INACTIVE, SOLVED } from '../../model/codes.ts';
import { AGENT_REPLIED, CONVERSATION_ENDED, CUSTOMER_MESSAGE } from '../../engine/kinds.ts';
import { AGENT_SOLVES, AGENT_ENDS_SESSION, USER_ENDS_SESSION } from '../../engine/ChannelRuntime.ts';
import * as session from './session.ts';

/** The agent has the conversation (accepted, auto-accepted or auto-assigned). */
export function start(e: Engine, t: Ticket): void {
  if (t.sessionState === SESSION_ENDED) return; // nothing to say in this channel any more
  // R32: once assigned, silence counts only from the agent's next message.
  t.inactivityTimer = e.cancel(t.inactivityTimer);
  if (!e.exchanges) {
    t.workTimer = e.timer(t.workSeconds, CONVERSATION_ENDED, t);
    return;
  }
  agentWillReply(e, t);
}

/** Plain mode: the handle time is over. */
export function plainEnded(e: Engine, t: Ticket): void {
  close(e, t);
}

function agentWillReply(e: Engine, t: Ticket): void {
  const ch = e.channels[MESSAGING]!;
  t.workTimer = e.cancel(t.workTimer);
  t.workTimer = e.timer(ch.agentReply.sample(ch.u.agentReply), AGENT_REPLIED, t);
}

/** Exchange mode: the agent's reply is sent. */
export function agentReplied(e: Engine, t: Ticket): void {
  e.events.messageSent(t.id, 'agent', t.assignee);
  e.triggers?.messagingEvent(t, 'message_sent', 'agent');
  if (t.exchangesLeft > 0) t.exchangesLeft--;
  if (t.exchangesLeft > 0 && t.customerPresent) {
    const ch = e.channels[MESSAGING]!;
    t.customerTimer = e.cancel(t.customerTimer);
    t.customerTimer = e.timer(ch.think.sample(ch.u.think), CUSTOMER_MESSAGE, t);
    // R32: an assigned conversation's silence is counted from the agent's message.
    session.armInactivity(e, t, e.settings.inactivityPeriod);
    return;
  }
  close(e, t);
}

/** Exchange mode: the customer writes. */
export function customerMessage(e: Engine, t: Ticket): void {
  e.events.messageSent(t.id, 'end_user', null);
  const released = t.sessionState === SESSION_INACTIVE;
  session.userWrote(e, t);
  e.triggers?.messagingEvent(t, 'message_sent', 'end_user');
  // R54: a user returning after capacity was released requests the conversation again.
  if (released) e.triggers?.messagingEvent(t, 'conversation_requested');
  // A messaging trigger may have ended the session: nothing more is said in this channel (R50).
  if (t.sessionState === SESSION_ENDED) return;
  if (t.assignee >= 0) agentWillReply(e, t);
  else session.armInactivity(e, t, e.settings.unassignedInactivityPeriod);
}

/** The last exchange is over: the conversation closes as drawn at its arrival. */
function close(e: Engine, t: Ticket): void {
  const closing = t.customerPresent ? t.closing : -1;
  if (closing === AGENT_SOLVES) {
    e.setStatus(t, SOLVED);
    e.finish(t);
  } else if (closing === AGENT_ENDS_SESSION) {
    session.endSession(e, t, 'agent', t.assignee);
  } else if (closing === USER_ENDS_SESSION) {
    session.endSession(e, t, 'end_user', null);
  } else if (!e.exchanges || t.sessionState === SESSION_INACTIVE) {
    // Quiet from now on. Plain mode has no silence clock: the session turns inactive at once.
    session.goInactive(e, t, 'user inactive or offline');
    if (t.sessionState === SESSION_INACTIVE && t.workTimer < 0 && t.reminderStep === 0 && !t.leaving) session.scheduleSilentSolve(e, t);
  } else if (t.sessionState === SESSION_ACTIVE) {
    session.armInactivity(e, t, e.settings.inactivityPeriod);
  }
}

/** The agent tidies up a conversation that went quiet. */
export function silentSolve(e: Engine, t: Ticket): void {
  if (t.status !== NEW && t.status !== OPEN) return;
  e.setStatus(t, SOLVED);
  e.finish(t);
}

