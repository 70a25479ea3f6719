// Kernel event kinds of the engine. The payload is a channel code for ARRIVAL, an index in
// the follow-up table for FOLLOW_UP, and a ticket slot otherwise (every ticket timer is
// cancelled when its state ends, so a slot payload always names the ticket that set it).

export const ARRIVAL = 0;
export const PATIENCE_EXPIRED = 1;
export const CALL_ENDED = 2;
export const WRAP_UP_ENDED = 3;
export const CONVERSATION_ENDED = 4;
export const EMAIL_HANDLED = 5;
export const CUSTOMER_REPLIED = 6;
export const HORIZON_REACHED = 7;
export const OFFER_ACCEPTED = 8;
export const OFFER_EXPIRED = 9;
export const AGENT_REPLIED = 10;
export const CUSTOMER_MESSAGE = 11;
export const SESSION_INACTIVE = 12;
export const REMINDER = 13;
export const SILENT_SOLVE = 14;
export const FOLLOW_UP = 15;
export const TRIGGER_CHECK = 16;
export const AUTOMATION_RUN = 17;
export const SHIFT_CHANGE = 18;
export const STAFFING_CHANGE = 19;
export const SKILLS_TIMEOUT = 20;
/** Breaks, disconnections, reassignment (payload: agent·8 + what, behaviour/agents/timers.ts). */
export const AGENT_TIMER = 21;
/** A call offer is answered, declined or rings out (payload: slot·4 + outcome, R37). */
export const CALL_OFFER_ENDS = 22;
/** An agent's pick from a pull inbox's Unassigned view is due (payload: inbox·agents + agent). */
export const INBOX_PICK = 23;
/** Work carried over from before the run is put in place (payload unused; initialState). */
export const CARRY_OVER = 24;
/** The AI agent is done with a ticket: it resolves or escalates it (payload: slot, R6). */
export const AI_AGENT_DONE = 25;

// Delay lines of the kernel (EventQueue): timers armed with one constant delay each.
/** A session's silence clock after the end user's last message (settings.inactivityPeriod, R31). */
export const INACTIVITY_LINE = 0;
/** The silence clock of a conversation no agent has yet (settings.unassignedInactivityPeriod, Q12). */
export const UNASSIGNED_INACTIVITY_LINE = 1;
