// Who is still waiting for an answer when the run ends, for RunEnded: a walk over the live
// tickets, once per run, so that no per-ticket bookkeeping rides on the hot path. A customer is
// waiting while their ticket's `waitingSince` is set (new tickets, AI-agent escalations, carried-
// over backlog); an answer, giving up or a session ended unanswered clears it (Engine.assign,
// Engine.abandon, session.deflect). Whether they waited in a queue is the ticket's `wasQueued`,
// which Engine.queued sets and TicketAssigned reports as `queued`.

import type { TicketPool } from '../model/TicketPool.ts';
import type { WaitingAtEnd } from '../model/events.ts';
import { CHANNELS } from '../model/codes.ts';

export function waitingAtEnd(pool: TicketPool, now: number): WaitingAtEnd[] {
  const waiting: WaitingAtEnd[] = [];
  pool.forEachLive((t) => {
    if (!Number.isNaN(t.waitingSince)) waiting.push({ ticket: t.id, channel: CHANNELS[t.via]!, waited: now - t.waitingSince, queued: t.wasQueued });
  });
  return waiting;
}
