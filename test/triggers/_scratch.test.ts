import { it } from 'vitest';
import { record, line } from '../support/record.ts';
import { chat } from '../behaviour/tinyChat.ts';

const show = (r: ReturnType<typeof record>) => r.events.filter((e) => e.type !== 'RunStarted' && e.type !== 'RunEnded').map((e) => e.type === 'TriggerFired' ? `${e.t} FIRED ${e.trigger} #${e.ticket} ${e.kind} ${e.changed}` : e.type === 'SurveySent' ? `${e.t} SURVEY ${e.trigger} #${e.ticket}` : line(r, e));

it('scratch', () => {
  const y = chat({ horizon: '100s', emailTimes: ['0s'], times: ['5s'] }) + `triggers:
  - { title: A, conditions: { all: [{ field: update_type, value: Create }] }, actions: [{ field: current_tags, value: x }] }
  - { title: B, conditions: { all: [{ field: tags, operator: includes, value: x }] }, actions: [{ field: priority, value: high }] }
  - { title: C, conditions: { all: [{ field: assignee, operator: changed }] }, actions: [{ field: notification_user, value: x }] }
`;
  const r = record(y);
  console.log(show(r).join('\n'));
});
