// A messaging conversation as a plain duration: it holds one messaging slot for its handle
// time, independent of how busy the agent is, then the agent solves the ticket. With N
// agents × k slots this is M/M/(N·k) — the Erlang C check of chat concurrency.

import type { Engine } from '../engine/Engine.ts';
import type { Ticket } from '../model/Ticket.ts';
import { SOLVED } from '../model/codes.ts';
import { CONVERSATION_ENDED } from '../engine/kinds.ts';

export function start(e: Engine, t: Ticket): void {
  t.workTimer = e.timer(t.workSeconds, CONVERSATION_ENDED, t);
}

export function ended(e: Engine, t: Ticket): void {
  e.setStatus(t, SOLVED);
  e.finish(t);
}
