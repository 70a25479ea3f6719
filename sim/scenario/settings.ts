// Every routing setting and every open question of the spec (Q1–Q19) as a named option with
// its documented default — the one place defaults live. `omnisim run --explain-settings`
// prints this table with the values in effect.

import type { AutoReassignSetting, ReassignReopenedSetting } from './agentWork.ts';

export interface SettingSpec {
  /** Name as written under `settings:` in a scenario. */
  name: keyof Settings;
  /** Allowed values for an enumeration; a number/boolean setting uses `kind`. */
  values?: readonly string[];
  /** 'block': a mapping of its own (read and shown by read/readAgentWork.ts). */
  kind: 'enum' | 'boolean' | 'duration' | 'number' | 'string' | 'block';
  /** Rule or open question of spec/zendesk-routing.md it models. */
  rule: string;
  doc: string;
  /** For numbers and durations: inclusive bounds. */
  min?: number;
  max?: number;
}

export interface Settings {
  assignmentMethod: 'highestSpare' | 'highestPercentSpare' | 'roundRobin';
  tieBreak: 'lowestId' | 'random';
  queueOrder: 'priority' | 'timestamp';
  autoRoutingTag: string;
  countInactiveConversations: boolean;
  inactivityPeriod: number;
  unassignedInactivityPeriod: number;
  autoAccept: boolean;
  reassignIfNotAcceptedAfter: number;
  offerReservesCapacity: boolean;
  routeAgentEndedAsEmail: boolean;
  endSessionActionSetsEmail: boolean;
  releaseMessagingCapacityOnEnd: 'always' | 'whenInactiveNotCounted';
  endedWithoutAgent: 'followRoutingChannel';
  requireTagForEmailRouted: 'standardQueueOnly' | 'always';
  reentryTimestamp: 'initial' | 'latest';
  reentryLatestAfter: number;
  rematchQueuedTicketOnUpdate: boolean;
  inactiveQueuedAssignment: 'autoAssignIfActiveBelowMax' | 'offer';
  triggerLoop: 'restartSkipFired' | 'singlePass';
  endedCountsAsInactive: boolean;
  unassignedInactivityFrom: 'lastEndUserMessage' | 'queueEntry';
  focusMode: boolean;
  offerCountsAsAssignment: boolean;
  emailRoutedCapacity: 'email' | 'messaging';
  disconnectToOfflineSec: number;
  userEndedSessions: 'stayMessaging';
  autoRelease: 'off' | 'setStatus' | 'reminders' | 'endSession';
  autoReleaseStatus: 'pending' | 'on-hold' | 'solved';
  skillsTimeoutEmail: number;
  skillsTimeoutMessaging: number;
  skillsTimeoutVoice: number;
  optionalSkills: 'marked' | 'all';
  sortBySla: boolean;
  callOfferTimeout: number;
  autoReassign: AutoReassignSetting;
  reassignReopened: ReassignReopenedSetting;
  reassignThroughQueues: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  assignmentMethod: 'highestSpare',
  tieBreak: 'lowestId',
  queueOrder: 'priority',
  autoRoutingTag: 'auto-routing',
  countInactiveConversations: false,
  inactivityPeriod: 600,
  unassignedInactivityPeriod: 600,
  autoAccept: false,
  reassignIfNotAcceptedAfter: 30,
  offerReservesCapacity: true,
  routeAgentEndedAsEmail: false,
  endSessionActionSetsEmail: false,
  releaseMessagingCapacityOnEnd: 'always',
  endedWithoutAgent: 'followRoutingChannel',
  requireTagForEmailRouted: 'standardQueueOnly',
  reentryTimestamp: 'initial',
  reentryLatestAfter: 15 * 86400,
  rematchQueuedTicketOnUpdate: true,
  inactiveQueuedAssignment: 'autoAssignIfActiveBelowMax',
  triggerLoop: 'restartSkipFired',
  endedCountsAsInactive: true,
  unassignedInactivityFrom: 'lastEndUserMessage',
  focusMode: false,
  offerCountsAsAssignment: true,
  emailRoutedCapacity: 'email',
  disconnectToOfflineSec: 0,
  userEndedSessions: 'stayMessaging',
  autoRelease: 'off',
  autoReleaseStatus: 'pending',
  skillsTimeoutEmail: 3600,
  skillsTimeoutMessaging: 30,
  skillsTimeoutVoice: 30,
  optionalSkills: 'marked',
  sortBySla: false,
  callOfferTimeout: 30,
  autoReassign: { statuses: [], after: 60, max: 50, channels: ['email', 'messaging'], priorities: ['low', 'normal', 'high', 'urgent'] },
  reassignReopened: { statuses: [], channels: ['email', 'messaging'] },
  reassignThroughQueues: true,
};

export const SETTING_SPECS: readonly SettingSpec[] = [
  { name: 'assignmentMethod', kind: 'enum', values: ['highestSpare', 'highestPercentSpare', 'roundRobin'], rule: 'R22',
    doc: 'Which agent gets the next ticket: most spare units, highest spare percentage, or longest without an assignment.' },
  { name: 'tieBreak', kind: 'enum', values: ['lowestId', 'random'], rule: 'R23, Q15',
    doc: 'Final tie-break after "oldest last assignment in that channel": lowest agent id, or a seeded random order.' },
  { name: 'queueOrder', kind: 'enum', values: ['priority', 'timestamp'], rule: 'R14',
    doc: 'Order inside a queue: priority then eligibility time (Professional and above), or eligibility time only (Team).' },
  { name: 'autoRoutingTag', kind: 'string', rule: 'R2',
    doc: 'Tag an email-routed ticket needs to be routed through the standard queue.' },
  { name: 'countInactiveConversations', kind: 'boolean', rule: 'R27, R34, R35',
    doc: 'Count inactive messaging conversations towards capacity (off by default).' },
  { name: 'inactivityPeriod', kind: 'duration', min: 180, max: 900, rule: 'R31, R32',
    doc: 'End-user silence after which an assigned conversation is inactive (3–15 min).' },
  { name: 'unassignedInactivityPeriod', kind: 'duration', min: 1, rule: 'R32',
    doc: 'Silence after which an unassigned (queued) conversation is inactive; the help desk fixes it at 10 min.' },
  { name: 'autoAccept', kind: 'boolean', rule: 'R36',
    doc: 'Messaging offers are assigned directly instead of waiting for the agent to Accept.' },
  { name: 'reassignIfNotAcceptedAfter', kind: 'duration', min: 0, rule: 'R36',
    doc: 'An offer not accepted within this time passes to another agent (0: keep offering the same agent).' },
  { name: 'offerReservesCapacity', kind: 'boolean', rule: 'R36 (inferred)',
    doc: 'A pending messaging offer holds one unit of the agent\'s messaging capacity until it is accepted or passed on.' },
  { name: 'routeAgentEndedAsEmail', kind: 'boolean', rule: 'R43, Q3',
    doc: 'Route agent-ended messaging sessions as email tickets, assigned to the agent who ended them; off: they become unroutable (R4).' },
  { name: 'endSessionActionSetsEmail', kind: 'boolean', rule: 'R44, Q1',
    doc: 'The trigger action "Messaging session: End session" also sets routing channel = email (older FR/DE docs).' },
  { name: 'releaseMessagingCapacityOnEnd', kind: 'enum', values: ['always', 'whenInactiveNotCounted'], rule: 'R30, Q2',
    doc: 'When ending a session frees messaging capacity: always (current docs), or only when inactive work is not counted.' },
  { name: 'endedWithoutAgent', kind: 'enum', values: ['followRoutingChannel'], rule: 'Q4',
    doc: 'Sessions ended by a trigger, inactivity or the user: routing channel email → re-queued as email; messaging → ineligible.' },
  { name: 'requireTagForEmailRouted', kind: 'enum', values: ['standardQueueOnly', 'always'], rule: 'R2, R44, Q5',
    doc: 'Whether an email-routed ticket needs the auto-routing tag only for the standard queue, or also for custom queues.' },
  { name: 'reentryTimestamp', kind: 'enum', values: ['initial', 'latest'], rule: 'R16, Q6',
    doc: 'Queue position of a ticket that becomes eligible again: its initial eligibility time, or the latest one.' },
  { name: 'reentryLatestAfter', kind: 'duration', min: 0, rule: 'R16',
    doc: 'An ineligible stretch at least this long switches the ticket to its latest eligibility time (15 days).' },
  { name: 'rematchQueuedTicketOnUpdate', kind: 'boolean', rule: 'Q7',
    doc: 'A queued ticket whose fields change is matched against the queues again.' },
  { name: 'inactiveQueuedAssignment', kind: 'enum', values: ['autoAssignIfActiveBelowMax', 'offer'], rule: 'R34, Q8',
    doc: 'Queued inactive conversations: auto-assigned without Accept to an online agent below capacity on active work, or offered like active ones.' },
  { name: 'triggerLoop', kind: 'enum', values: ['restartSkipFired', 'singlePass'], rule: 'R52, Q9',
    doc: 'After a trigger fires, restart from the top skipping triggers that already fired, or make one pass only.' },
  { name: 'endedCountsAsInactive', kind: 'boolean', rule: 'Q11',
    doc: 'Conditions on "session state is inactive" also match ended sessions (older docs call an ended session inactive).' },
  { name: 'unassignedInactivityFrom', kind: 'enum', values: ['lastEndUserMessage', 'queueEntry'], rule: 'Q12',
    doc: 'Where the inactivity clock of an unassigned conversation starts.' },
  { name: 'focusMode', kind: 'boolean', rule: 'R24, Q13',
    doc: 'An agent takes real-time work (messaging, calls) from one channel at a time; email is not restricted.' },
  { name: 'offerCountsAsAssignment', kind: 'boolean', rule: 'R23, Q14',
    doc: 'A declined or expired offer (messaging, R36; calls, R37) still updates the agent\'s last-assignment time for round robin.' },
  { name: 'emailRoutedCapacity', kind: 'enum', values: ['email', 'messaging'], rule: 'Q16',
    doc: 'Which capacity an email-routed messaging ticket counts against (email; the FR article says messaging, likely a slip).' },
  { name: 'disconnectToOfflineSec', kind: 'duration', min: 0, rule: 'R20, Q17',
    doc: 'Delay before a disconnected agent (sleep, closed workspace; a team\'s `disconnects`) is set offline; shorter disconnections leave the status alone. The inbox article uses 2 min.' },
  { name: 'userEndedSessions', kind: 'enum', values: ['stayMessaging'], rule: 'Q18',
    doc: 'Sessions the end user ends keep routing channel messaging and become ineligible.' },
  { name: 'autoRelease', kind: 'enum', values: ['off', 'setStatus', 'reminders', 'endSession'], rule: 'R32, R33',
    doc: 'Auto-release when an assigned conversation goes inactive: set autoReleaseStatus; send the three default reminders (5 min → pending, +5 min, +1 min → solved); or end the session. On by default for accounts created after 2025-05-19; off here unless the scenario says so.' },
  { name: 'autoReleaseStatus', kind: 'enum', values: ['pending', 'on-hold', 'solved'], rule: 'R33',
    doc: 'The status auto-release (setStatus) gives an inactive conversation; status triggers then fire.' },
  { name: 'skillsTimeoutEmail', kind: 'duration', min: 0, rule: 'R18',
    doc: 'An email ticket\'s optional skills are dropped once it has been at the front of its queue this long (clock starts there, with no fully skilled agent free), one priority per timeout (3, then 2, then 1); 0: no timeout, every skill is required.' },
  { name: 'skillsTimeoutMessaging', kind: 'duration', min: 0, rule: 'R18',
    doc: 'A queued conversation\'s optional skills are dropped after no agent holding all its skills has been online (in its queue\'s groups) for this long, one priority per timeout; 0: no timeout.' },
  { name: 'skillsTimeoutVoice', kind: 'duration', min: 0, rule: 'R18',
    doc: 'As skillsTimeoutMessaging, for calls waiting in a queue; 0: no timeout.' },
  { name: 'optionalSkills', kind: 'enum', values: ['marked', 'all'], rule: 'R18 (reading)',
    doc: 'Which ticket skills a timeout drops: those marked optional (optional: true, priority 1–3 in the channel\'s skills; #1–#3 in triggers), or every skill (a required one then drops with the priority-1 ones).' },
  { name: 'sortBySla', kind: 'boolean', rule: 'R15',
    doc: 'Queues sort by SLA: tickets in breach first, then by how soon they breach; tickets without an SLA after them in R14 order. A custom queue\'s sortBySla overrides it.' },
  { name: 'callOfferTimeout', kind: 'duration', min: 1, rule: 'R37',
    doc: 'A call offered to an agent and not answered this long goes back to the queue and is offered to another agent (with channels.voice.offers).' },
  { name: 'autoReassign', kind: 'block', rule: 'R40',
    doc: 'Auto-reassign open tickets: { statuses, after, max, channels, priorities }. When an agent moves to one of the statuses, `after` (1 min) later, if still in one, up to `max` (50) of their most recently updated open tickets of the channels (email, messaging) and priorities are unassigned and re-routed. statuses: [] (default) turns it off. Also used by a team\'s endOfShift: reassign.' },
  { name: 'reassignReopened', kind: 'block', rule: 'R39',
    doc: 'Reassign reopened tickets: { statuses, channels }. An email or messaging ticket going from pending, on-hold or solved back to open while its agent has one of the statuses is re-routed (email only with the auto-routing tag, unless reassignThroughQueues). statuses: [] (default) turns it off.' },
  { name: 'reassignThroughQueues', kind: 'boolean', rule: 'R39, R41',
    doc: 'Tickets reassignment takes from an agent (R39, R40, end of shift) re-enter the first matching custom queue; off: they go through their group\'s standard queue (email needs the auto-routing tag there) and R39 re-routes only tagged email.' },
];
