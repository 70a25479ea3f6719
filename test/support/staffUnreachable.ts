// Scenarios the staff suites share where a target cannot be met in some slots, or at all.

/** Chats arrive 08:00–18:00, and a trigger ends the session of every one created after 17:00
 *  (R44, as recipe C does out of hours): in a 16:00–18:00 slot about half the customers are
 *  deflected, so its service level cannot pass about 50 % at any staffing. The other slots are met. */
export const LATE_DEFLECTION = `name: late-deflection
seed: 21
horizon: 1d
replications: 4
schedules:
  support-hours: { mon-sun: "08:00-17:00" }
channels:
  messaging:
    arrivals: { rate: 12/h, profile: { "00:00": 0, "08:00": 1, "18:00": 0 } }
    handleTime: { distribution: lognormal, mean: 6m, cv: 3 }
    serviceLevelThreshold: 30s
agents:
  - { team: chat, count: 4, capacity: { messaging: 1 } }
triggers:
  - title: schedule
    conditions:
      all:
        - { field: update_type, operator: is, value: Create }
        - { field: channel, operator: is, value: messaging }
    actions: [{ field: set_schedule, value: support-hours }]
  - title: after hours, end the session
    conditions:
      all:
        - { field: update_type, operator: is, value: Create }
        - { field: channel, operator: is, value: messaging }
        - { field: within_business_hours, operator: is, value: false }
    actions: [{ field: end_messaging_session, value: end_session }]
`;

/** A fifth of the email needs a skill no agent has (R18): it is never routed, and waits to the end. */
export const UNSKILLED_EMAIL = `name: no-one-skilled
seed: 3
horizon: 1d
replications: 4
channels:
  email:
    arrivals: { rate: 20/h }
    handleTime: 6m
    pendingProbability: 0%
    serviceLevelThreshold: 1h
    skills: { legal: 20% }
agents:
  - { team: office, count: 2, capacity: { email: 3 } }
`;
