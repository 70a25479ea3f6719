// Fields that are not a stored ticket value: the update type (Ticket is Created / Updated),
// business hours (R55), and the messaging-trigger conditions on queue size, agents available
// and who sent the message (R54).

import type { ConditionField, Predicate } from './ConditionField.ts';

/** Ticket | Is | Created or Updated (API: update_type Create / Change). */
export const updateTypeField: ConditionField = {
  operators: ['is', 'is_not'],
  compile(operator, value) {
    const v = String(value ?? '').toLowerCase();
    const create = v === 'create' || v === 'created';
    if (!create && !['change', 'changed', 'update', 'updated'].includes(v)) return `expected Create or Change, got "${String(value)}"`;
    const is: Predicate = create ? (_, ctx) => ctx.previous === null : (_, ctx) => ctx.previous !== null;
    return operator === 'is' ? is : (t, ctx) => !is(t, ctx);
  },
};

function truth(value: unknown): boolean | string {
  const v = String(value).toLowerCase();
  if (['true', 'yes', '1'].includes(v)) return true;
  if (['false', 'no', '0'].includes(v)) return false;
  return `expected true or false, got "${String(value)}"`;
}

/** Ticket: Within business hours? Yes/No — against the ticket's schedule (R55). */
export const businessHoursField: ConditionField = {
  operators: ['is'],
  compile(_operator, value, names) {
    if (!names.schedules || names.schedules.length === 0) return 'needs a schedule: add `schedules:` to the scenario';
    const want = truth(value);
    if (typeof want === 'string') return want;
    return (t, ctx) => {
      const within = ctx.env !== null && t.schedule >= 0 && ctx.env.withinSchedule(t.schedule, ctx.now);
      return within === want;
    };
  },
};

/** Ticket: Within (schedule) — business hours of a named schedule, whatever the ticket's. */
export const withinScheduleField: ConditionField = {
  operators: ['is', 'is_not'],
  compile(operator, value, names) {
    const i = (names.schedules ?? []).indexOf(String(value));
    if (i < 0) return `unknown schedule "${String(value)}" (schedules: ${(names.schedules ?? []).join(', ') || 'none'})`;
    const within: Predicate = (_, ctx) => ctx.env !== null && ctx.env.withinSchedule(i, ctx.now);
    return operator === 'is' ? within : (t, ctx) => !within(t, ctx);
  },
};

/** A number the world has at the moment: queue size, agents available (messaging triggers). */
export function countField(read: 'queueSize' | 'agentsAvailable'): ConditionField {
  return {
    operators: ['is', 'is_not', 'less_than', 'greater_than'],
    compile(operator, value, names) {
      if (!names.messaging) return 'is a messaging-trigger condition (R54); use it under messagingTriggers';
      const n = Number(value);
      if (!Number.isFinite(n)) return `expected a number, got "${String(value)}"`;
      const get = (t: Parameters<Predicate>[0], ctx: Parameters<Predicate>[1]) => (ctx.env === null ? 0 : ctx.env[read](t));
      switch (operator) {
        case 'is': return (t, ctx) => get(t, ctx) === n;
        case 'is_not': return (t, ctx) => get(t, ctx) !== n;
        case 'less_than': return (t, ctx) => get(t, ctx) < n;
        default: return (t, ctx) => get(t, ctx) > n;
      }
    },
  };
}

/** Who sent the message a "message sent" messaging trigger runs for. */
export const senderField: ConditionField = {
  operators: ['is', 'is_not'],
  compile(operator, value, names) {
    if (!names.messaging) return 'is a messaging-trigger condition (R54); use it under messagingTriggers';
    const v = String(value).toLowerCase().replace(/ /g, '_');
    if (v !== 'end_user' && v !== 'agent') return `expected end_user or agent, got "${String(value)}"`;
    return operator === 'is' ? (_, ctx) => ctx.sender === v : (_, ctx) => ctx.sender !== v;
  },
};

/** Hours since the ticket was created (automations: "Hours since created is greater than 4"). */
export const hoursSinceCreatedField: ConditionField = {
  operators: ['is', 'less_than', 'greater_than'],
  compile(operator, value) {
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) return `expected a number of hours ≥ 0, got "${String(value)}"`;
    const hours = (t: Parameters<Predicate>[0], ctx: Parameters<Predicate>[1]) => (ctx.now - t.createdAt) / 3600;
    if (operator === 'is') return (t, ctx) => Math.floor(hours(t, ctx)) === n;
    return operator === 'less_than' ? (t, ctx) => hours(t, ctx) < n : (t, ctx) => hours(t, ctx) > n;
  },
};
