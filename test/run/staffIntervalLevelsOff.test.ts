// `omnisim staff --by interval` stops adding agents where they cannot help (sim/run/slotClimb.ts,
// the rule of sim/run/levelsOff.ts per slot). A slot no count meets was climbed for every round
// --max-iterations allowed — a 16:00–18:00 slot half of whose chats a trigger deflects, to 12
// agents in 8 rounds; every slot of a day whose fifth of email no agent can take, to 9 — and
// shown with no word on why. The search now stops once every slot that misses has levelled off,
// names the cause in the row's notMet and a note, and leaves the slots that can be met at the
// counts they had (the counts below are those of the search before the rule, same seeds).

import { describe, expect, it } from 'vitest';
import { findStaffing } from '../../sim/run/staffing.ts';
import type { StaffingOptions } from '../../sim/run/staffing.ts';
import { compileText } from '../support/scenarios.ts';
import { LATE_DEFLECTION, UNSKILLED_EMAIL } from '../support/staffUnreachable.ts';

const HOUR = 3600;
const base = { by: 'interval', interval: 2 * HOUR, shrinkage: 0, maxIterations: 8 } as const;
const at = (hour: number) => hour * HOUR;

describe('staff --by interval: a slot whose deflected customers cap its service level (R44)', () => {
  const targets: StaffingOptions['targets'] = [{ channel: 'messaging', serviceLevel: { fraction: 0.9, threshold: 30 } }];
  const r = findStaffing(compileText(LATE_DEFLECTION), { ...base, team: 'chat', targets });
  const slot = (hour: number) => r.rows.find((row) => row.from === at(hour))!;

  it('stops once doubling its agents no longer moves the service level: 5 rounds and 8 agents, not 8 rounds and 12', () => {
    const late = slot(16);
    expect([late.met, late.requiredAgents, r.iterations]).toEqual([false, 8, 5]);
    const l = late.notMet!.levelsOff!;
    expect([l.from, l.to]).toEqual([4, 8]);
    expect(l.figures.map((f) => [f.channel, f.figure, f.target])).toEqual([['messaging', 'serviceLevel', 0.9]]);
    // The comparison is on the figures the row shows: the last round's.
    expect(l.figures[0]!.atTo).toEqual(late.simulated['messaging']!.serviceLevel);
  });

  it('names the cause: the deflected customers, and the ceiling they set', () => {
    const late = slot(16);
    expect(late.notMet!.because).toEqual(['deflected']);
    const f = late.simulated['messaging']!;
    const note = r.notes.find((n) => n.startsWith('slot 16:00–18:00: the messaging service level levels off at '));
    expect(note).toContain(`In that slot, ${Math.round(f.deflected.mean!)} of ${Math.round(f.offered.mean!)} messaging customers per replication were deflected`);
    expect(note).toMatch(/cannot pass about [45]\d\.\d%, short of the 90% target\.$/);
  });

  it('the slots that can be met get the counts they had, and no notMet', () => {
    expect([8, 10, 12, 14].map((h) => [slot(h).requiredAgents, slot(h).met, slot(h).notMet])).toEqual(Array(4).fill([4, true, undefined]));
  });
});

describe('staff --by interval: tickets no agent can take (R18), in every slot', () => {
  const targets: StaffingOptions['targets'] = [{ channel: 'email', serviceLevel: { fraction: 0.9, threshold: HOUR } }];
  const r = findStaffing(compileText(UNSKILLED_EMAIL), { ...base, team: 'office', targets });

  it('stops after two rounds at two agents a slot, not eight rounds at nine: more agents do not move it', () => {
    expect(r.iterations).toBe(2);
    for (const row of r.rows) {
      expect([row.met, row.requiredAgents, row.notMet!.because, row.notMet!.levelsOff!.from]).toEqual([false, 2, ['moreAgentsDoNotMoveIt'], 1]);
    }
    expect(r.notes.some((n) => n.includes('raise --max-iterations'))).toBe(false);
  });

  it('one note for the slots together, with the customers still waiting at the end and where to look', () => {
    const note = r.notes.find((n) => n.startsWith('slots 00:00–24:00: the email service level levels off at '));
    expect(note).toMatch(/Deflected customers \(R44\) do not account for it, and the curve has agents on shift whenever these slots' customers arrive\. /);
    expect(note).toMatch(/\d+ of \d+ email customers per replication who arrived in them are still waiting past the threshold when the run ends: `omnisim trace --find not-routed`/);
  });
});

describe('staff --by interval: targets every slot meets are answered as before', () => {
  it('a target the deflected slot meets too (sl=40%/30s): no slot misses, nothing said', () => {
    const targets: StaffingOptions['targets'] = [{ channel: 'messaging', serviceLevel: { fraction: 0.4, threshold: 30 } }];
    const r = findStaffing(compileText(LATE_DEFLECTION), { ...base, team: 'chat', targets });
    expect(r.rows.every((row) => row.met && row.notMet === undefined)).toBe(true);
    expect(r.notes).toEqual(['Required agents are productive agents of this team; scheduled agents add shrinkage.']);
  });
});
