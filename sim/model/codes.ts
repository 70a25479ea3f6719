// The help desk's enumerations as small integers (hot paths index arrays with them) and
// their names as users and reports write them.

export const MESSAGING = 0;
export const EMAIL = 1;
export const VOICE = 2;
export type ChannelCode = 0 | 1 | 2;
export const CHANNELS = ['messaging', 'email', 'voice'] as const;
export type ChannelName = (typeof CHANNELS)[number];
export const CHANNEL_CODES: readonly ChannelCode[] = [MESSAGING, EMAIL, VOICE];

export function channelCode(name: ChannelName): ChannelCode {
  return CHANNELS.indexOf(name) as ChannelCode;
}

/** Ticket status (custom statuses map onto these categories). */
export const NEW = 0;
export const OPEN = 1;
export const PENDING = 2;
export const ON_HOLD = 3;
export const SOLVED = 4;
export const CLOSED = 5;
export type StatusCode = 0 | 1 | 2 | 3 | 4 | 5;
export const STATUSES = ['new', 'open', 'pending', 'on-hold', 'solved', 'closed'] as const;
export type StatusName = (typeof STATUSES)[number];

/** Ticket priority, low < normal < high < urgent. */
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type PriorityName = (typeof PRIORITIES)[number];
export const NORMAL_PRIORITY = 1;

/** Messaging session state (R31, Q11: ended is kept apart from inactive). */
export const SESSION_NONE = 0;
export const SESSION_ACTIVE = 1;
export const SESSION_INACTIVE = 2;
export const SESSION_ENDED = 3;
export const SESSION_STATES = ['none', 'active', 'inactive', 'ended'] as const;
export type SessionStateName = (typeof SESSION_STATES)[number];

/** Who ended a session (Q10). */
export const ENDED_REASONS = ['agent', 'trigger', 'inactivity', 'end_user'] as const;
export type EndedReason = (typeof ENDED_REASONS)[number];

/** Why a session went inactive (R47 "Messaging session inactive reason"). */
export const INACTIVE_REASONS = ['user_inactive_or_offline', 'ticket_status'] as const;
export type InactiveReason = (typeof INACTIVE_REASONS)[number];

/** Unified agent status (R19). */
export const AGENT_STATUSES = ['online', 'away', 'transfers-only', 'offline'] as const;
export type AgentStatusName = (typeof AGENT_STATUSES)[number];
export const ONLINE = 0;
export const AWAY = 1;
export const TRANSFERS_ONLY = 2;
export const OFFLINE = 3;
export type AgentStatusCode = 0 | 1 | 2 | 3;
