// `omnisim trace --json`: the ticket's events as JSON lines, with what the table shows in words
// given as the table gives it: an agent by name ("chat-5", as in the roster and the table), not
// by the engine's index into the roster, and the ticket's brand (R7) on its creation.

import type { TraceResult } from '../run/traceTicket.ts';

/** One line per event; `agent` is the agent's name, or null where nobody is (an end user's message). */
export function traceJson(r: TraceResult): string {
  const name = (a: unknown) => (typeof a === 'number' && a >= 0 ? r.roster[a]?.name ?? `agent ${a}` : null);
  return r.events.map((ev) => {
    const out: Record<string, unknown> = { ...ev };
    if ('agent' in ev) out['agent'] = name(ev.agent);
    if (ev.type === 'TicketCreated' && ev.ticket === r.ticket && r.brand !== null) out['brand'] = r.brand;
    return JSON.stringify(out);
  }).join('\n') + '\n';
}
