// Agent timers share one kernel event kind (AGENT_TIMER): the payload packs the agent index
// and what is due, so agent behaviours add no kinds of their own.

export const BREAK_STARTS = 0;
export const BREAK_ENDS = 1;
export const DISCONNECTS = 2;
export const OFFLINE_AFTER_DISCONNECT = 3;
export const RECONNECTS = 4;
export const REASSIGNMENT_DUE = 5;

export function agentPayload(agent: number, what: number): number {
  return agent * 8 + what;
}

export function agentOf(payload: number): number {
  return payload >> 3;
}

export function whatOf(payload: number): number {
  return payload & 7;
}
