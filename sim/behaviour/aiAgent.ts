// R6: an AI agent answers a channel's new tickets first. While it holds a ticket, routing
// ignores it (isRoutable) and its customer is not waiting for a human: no queue, no patience,
// no wait counted. When the AI agent is done it either resolves the ticket (solved; no human
// sees it) or escalates it: from then on the ticket is eligible like a new one (R16's
// eligibility time is the escalation) and the customer's wait for a human starts.
// Whether it takes and resolves a ticket, and for how long, are drawn at arrival from the
// channel's own streams (ai-agent/<channel>, ai-agent-time/<channel>), so compared variants
// give the same customer the same AI agent.

import type { Engine } from '../engine/Engine.ts';
import type { AiAgentRuntime } from '../engine/ChannelRuntime.ts';
import type { Ticket } from '../model/Ticket.ts';
import { CHANNELS, MESSAGING, NEW, OPEN, SESSION_ENDED, SOLVED } from '../model/codes.ts';
import { AI_AGENT_DONE } from '../engine/kinds.ts';
import { armInactivity } from './messaging/session.ts';

/** At arrival: does the channel's AI agent take the ticket? If so it holds it from now on. */
export function takes(e: Engine, ai: AiAgentRuntime, t: Ticket): boolean {
  // Both draws are made for every ticket, so the share does not shift the resolve draws.
  const taken = ai.draws.next() < ai.share;
  const resolves = ai.draws.next() < ai.resolves;
  if (!taken) return false;
  t.aiHeld = true;
  t.aiResolves = resolves;
  t.waitingSince = NaN; // the customer is talking to the AI agent, not waiting for a human
  t.aiTimer = e.timer(ai.handleTime.sample(ai.time), AI_AGENT_DONE, t);
  return true;
}

/** The AI agent is done with the ticket: it resolves it, or escalates it to routing. */
export function done(e: Engine, t: Ticket): void {
  e.touch(t);
  t.aiHeld = false;
  // A trigger may have solved or assigned the ticket, or ended its session, meanwhile: then
  // the AI agent's hold just ends ('ended'), with nobody to resolve or hand over to.
  const open = (t.status === NEW || t.status === OPEN) && t.assignee < 0 && t.customerPresent &&
    !(t.via === MESSAGING && t.sessionState === SESSION_ENDED);
  const outcome = !open ? 'ended' : t.aiResolves ? 'resolved' : 'escalated';
  if (e.events.wanted('AiAgentFinished')) {
    e.events.emit({ type: 'AiAgentFinished', t: e.now, ticket: t.id, channel: CHANNELS[t.via]!, outcome, held: e.now - t.createdAt });
  }
  if (outcome === 'resolved') {
    e.setStatus(t, SOLVED);
    e.finish(t);
  } else if (outcome === 'escalated') {
    t.waitingSince = e.now; // the customer now waits for a human
    if (t.via === MESSAGING) {
      t.lastEndUserMessageAt = e.now;
      // Q12: an unassigned conversation's silence counts from the end user's last message.
      if (e.exchanges && e.settings.unassignedInactivityFrom === 'lastEndUserMessage') armInactivity(e, t, e.settings.unassignedInactivityPeriod);
    }
  }
}
