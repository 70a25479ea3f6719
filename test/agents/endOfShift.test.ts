// Exact traces of what happens to work in progress when a shift ends (a team's endOfShift):
// finish keeps it, handBack re-routes the open email and messaging tickets at once, reassign
// does it through the R40 sweep a minute later. Calls always finish (R5); pending tickets
// stay; R41 decides which queue the handed-back tickets go through.

import { describe, it, expect } from 'vitest';
import { record } from '../support/record.ts';
import { invariantViolations } from '../support/invariants.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { team, only } from './team.ts';

// a-1 works 00:00–00:10; b-1 has no shift. Emails #1 (0 s) and #3 (2 s) and conversation #4
// (3 s) go to a-1, email #2 (1 s) to b-1; a call (#5) reaches a-1 at 500 and lasts to 700.
const day = (policy: string, more: Partial<Parameters<typeof team>[0]> = {}) => team({
  horizon: '30m', email: ['0s', '1s', '2s'], messaging: ['3s'], voice: ['500s'], callLength: '200s',
  agents: [
    `{ team: a, count: 1, capacity: { messaging: 1, email: 2, voice: 1 }, shift: { every day: "00:00-00:10" }, endOfShift: ${policy} }`,
    '{ team: b, count: 1, capacity: { messaging: 1, email: 1, voice: 1 } }',
  ],
  ...more,
});
const WORK = ['ShiftEnded', 'TicketUnassigned', 'WorkReassigned', 'TicketQueued', 'TicketAssigned', 'CallEnded', 'TicketStatusChanged'];
const after = (r: ReturnType<typeof record>, t: number) => only(r, ...WORK).filter((l) => Number(l.split(' ')[0]) >= t);

describe('endOfShift: finish (the default)', () => {
  it('the agent keeps every assigned ticket and gets no new work', () => {
    const r = record(day('finish'));
    expect(r.engine.compiled.scenario.teams[1]!.endOfShift).toBe('finish');
    expect(after(r, 600)).toEqual([
      '600 shift ended a-1 (finish)',
      '700 call ended #5', '700 status #5 open→solved',
      '1000 status #1 open→solved', '1001 status #2 open→solved', '1002 status #3 open→solved', '1003 status #4 open→solved',
    ]);
  });
});

describe('endOfShift: handBack', () => {
  it('the open email and messaging tickets are unassigned and re-routed at once; R5: the call finishes', () => {
    const r = record(day('handBack'));
    expect(after(r, 600)).toEqual([
      '600 shift ended a-1 (handBack)',
      // Most recently updated first (#4 at 3 s, #3 at 2 s, #1 at 0 s).
      '600 unassigned #4 from a-1: end of shift: handed back',
      '600 unassigned #3 from a-1: end of shift: handed back',
      '600 unassigned #1 from a-1: end of shift: handed back',
      '600 reassigned 3 from a-1 (handBack)',
      '600 assigned #4 to b-1 as messaging (routed)',
      '600 queued #3 standard/support email',
      '600 queued #1 standard/support email',
      '700 call ended #5', '700 status #5 open→solved',
      '1001 status #2 open→solved',
      // R16: #1 kept its eligibility time (0 s), so it goes before #3.
      '1001 assigned #1 to b-1 as email (routed)',
      '1600 status #4 open→solved',
    ]);
    expect(invariantViolations(r.engine)).toEqual([]);
  });

  it('pending tickets stay with the agent', () => {
    const r = record(day('handBack', { email: ['0s'], emailHandleTime: '100s', emailPending: 0.999, messaging: [], voice: [] }));
    expect(after(r, 0)).toEqual([
      '0 assigned #1 to a-1 as email (routed)', '0 status #1 new→open',
      '100 status #1 open→pending',
      '600 shift ended a-1 (handBack)',
      '600 reassigned 0 from a-1 (handBack)',
    ]);
  });

  it('R41: handed-back tickets re-enter the first matching custom queue; without reassignThroughQueues, the standard queue', () => {
    const queues = ['{ name: mail, conditions: { all: [{ field: channel, operator: is, value: email }] }, primaryGroups: [support] }'];
    const queued = (through: boolean) => only(record(day('handBack', { queues, settings: { reassignThroughQueues: through } })), 'TicketQueued')
      .filter((l) => l.startsWith('600'));
    expect(queued(true)).toEqual(['600 queued #3 mail email', '600 queued #1 mail email']);
    expect(queued(false)).toEqual(['600 queued #3 standard/support email', '600 queued #1 standard/support email']);
  });
});

describe('endOfShift: reassign (through R40)', () => {
  it('a minute after the shift ends, the R40 sweep takes the open tickets, even with no R40 status chosen', () => {
    const r = record(day('reassign'));
    expect(r.engine.settings.autoReassign.statuses).toEqual([]);
    expect(after(r, 600).slice(0, 7)).toEqual([
      '600 shift ended a-1 (reassign)',
      '660 unassigned #4 from a-1: end of shift: reassigned (R40)',
      '660 unassigned #3 from a-1: end of shift: reassigned (R40)',
      '660 unassigned #1 from a-1: end of shift: reassigned (R40)',
      '660 reassigned 3 from a-1 (endOfShift)',
      '660 assigned #4 to b-1 as messaging (routed)',
      '660 queued #3 standard/support email',
    ]);
  });

  it('it uses the R40 limits: autoReassign max 1 and channels [email] take only the latest email', () => {
    const r = record(day('reassign', { settings: { autoReassign: '{ max: 1, channels: [email] }' } }));
    expect(only(r, 'TicketUnassigned', 'WorkReassigned')).toEqual([
      '660 unassigned #3 from a-1: end of shift: reassigned (R40)',
      '660 reassigned 1 from a-1 (endOfShift)',
    ]);
  });

  it('a staffing-curve slot that ends is a shift end too', () => {
    const staffed = (policy: string) => team({
      horizon: '2h', email: ['0s'], emailHandleTime: '2h',
      agents: [
        `{ team: a, count: 1, capacity: { email: 1 }, staffing: { interval: 1h, counts: [1, ${Array(23).fill(0).join(', ')}] }, endOfShift: ${policy} }`,
        '{ team: b, count: 1, capacity: { email: 1 }, shift: { every day: "01:00-24:00" } }',
      ],
    });
    expect(only(record(staffed('handBack')), 'ShiftEnded', 'TicketUnassigned', 'TicketAssigned')).toEqual([
      '0 assigned #1 to a-1 as email (routed)',
      '3600 shift ended a-1 (handBack)',
      '3600 unassigned #1 from a-1: end of shift: handed back',
      '3600 assigned #1 to b-1 as email (routed)',
    ]);
  });
});

describe('endOfShift: checked when read', () => {
  it('names the place of a bad value, and warns when the team has no shift to end', () => {
    const r = parseScenarioText(team({ email: ['0s'], agents: ['{ team: a, count: 1, capacity: { email: 1 }, endOfShift: handback }'] }));
    expect(r.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'agents[0].endOfShift: expected one of finish, handBack, reassign, got "handback" (did you mean "handBack"?)',
    ]);
    const w = parseScenarioText(team({ email: ['0s'], agents: ['{ team: a, count: 1, capacity: { email: 1 }, endOfShift: handBack }'] }));
    expect(w.warnings.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'agents[0].endOfShift: the team has no shift or staffing curve, so its shift never ends and endOfShift never applies',
    ]);
  });
});
