// A customer arrives: a new ticket with its attributes (priority, group, tags) and the
// customer's own quantities (patience, work content) drawn at arrival, so that compared
// variants give the same customer the same numbers (common random numbers).

import type { Engine } from '../engine/Engine.ts';
import type { ChannelRuntime } from '../engine/ChannelRuntime.ts';
import type { Ticket } from '../model/Ticket.ts';
import { MESSAGING, PRIORITIES, SESSION_ACTIVE } from '../model/codes.ts';
import { armInactivity } from './messaging/session.ts';
import * as aiAgent from './aiAgent.ts';

/** `announce: false` for work carried over from before the run (initialState), which is not a
 *  ticket created during the run (it emits TicketCarriedOver instead). */
export function newTicket(e: Engine, ch: ChannelRuntime, followUpOf: number | null = null, announce = true): Ticket {
  const now = e.now;
  const t = e.pool.acquire(ch.code, now);
  t.priority = ch.drawPriority();
  t.group = ch.drawGroup();
  if (e.router.skills !== null) {
    // R18; R7: its brand (TicketBranded), the export's when its row gives one.
    const rowBrand = ch.replay !== null && followUpOf === null && announce ? ch.replay.brandOf(ch.arrivals.current) : -1;
    e.router.skills.draw(t, ch.code, followUpOf, rowBrand);
  }
  const tags = ch.config.tags;
  for (let i = 0; i < tags.length; i++) t.tags.push(tags[i]!);
  if (ch.replay !== null && followUpOf === null && announce) ch.replay.apply(t, ch.arrivals.current); // the export's row
  t.patience = ch.patience ? ch.patience.sample(ch.u.patience) : Infinity;
  t.workSeconds = ch.handleTime.sample(ch.u.handleTime);
  t.waitingSince = now;
  // R6: the AI agent takes it first (not work carried over from before the run).
  const withAi = announce && ch.aiAgent !== null && aiAgent.takes(e, ch.aiAgent, t);
  t.measured = now >= e.warmup;
  t.creating = true; // triggers see "Ticket is Created" for this first update
  if (e.compiled.scenario.schedules.length > 0) t.schedule = 0; // the default schedule (R55)
  if (ch.code === MESSAGING) {
    t.sessionState = SESSION_ACTIVE;
    t.lastEndUserMessageAt = now;
    // The conversation's own numbers, drawn now so compared variants share them.
    t.closing = ch.drawClosing();
    t.writesAgain = ch.u.followUp.next() < ch.config.conversation.followUp.probability;
    if (e.exchanges) {
      t.exchangesLeft = ch.exchangeCount.sample(ch.u.exchanges);
      // Q12: an unassigned conversation's silence counts from the end user's last message.
      if (!withAi && e.settings.unassignedInactivityFrom === 'lastEndUserMessage') armInactivity(e, t, e.settings.unassignedInactivityPeriod);
    }
  }
  if (announce && e.events.creationRead) {
    const group = t.group >= 0 ? e.compiled.scenario.groups[t.group]! : null;
    e.events.ticketCreated(t.id, ch.code, PRIORITIES[t.priority]!, group, followUpOf, withAi);
  }
  return t;
}
