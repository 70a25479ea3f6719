// `omnisim staff --by team` when no team size meets a target: it stops adding agents that cannot
// help (sim/run/levelsOff.ts) and says, in the table's notes, --json (rows[0].notMet) and --csv
// (not_met_because, levels_off_from_agents) alike, what the figure levels off at and why. Recipe C
// climbed to 202 agents at 0.42 % occupancy (R44: its deflected customers cap the messaging
// service level); an email team gone two hours before the email stops climbed to 201, with no
// note on the customers left waiting at the end (missedAtEnd).

import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { omnisim } from '../support/cli.ts';
import { SCENARIO_DIR } from '../support/scenarios.ts';
import type { StaffingResult } from '../../sim/run/staffing.ts';
import { eveningBacklog } from '../support/eveningBacklog.ts';
import { UNSKILLED_EMAIL } from '../support/staffUnreachable.ts';

const dir = mkdtempSync(join(tmpdir(), 'omnisim-staff-not-met-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const C = join(SCENARIO_DIR, 'recipes', 'c-outside-business-hours.yaml');

function scenario(name: string, text: string): string {
  const path = join(dir, `${name}.yaml`);
  writeFileSync(path, text);
  return path;
}

const evening = scenario('evening', eveningBacklog());

const unskilled = scenario('unskilled', UNSKILLED_EMAIL);

/** The CSV's one row, by column name. */
function csvRow(text: string): (name: string) => string {
  const [head, row] = text.trim().split('\n').map((l) => l.split(','));
  return (name) => {
    expect(head).toContain(name);
    return row![head!.indexOf(name)]!;
  };
}

describe('omnisim staff --by team: recipe C, deflected customers (R44)', () => {
  const args = ['staff', C, '--target', 'messaging:sl=80%/2m', '--by', 'team', '--replications', '2'];

  it('stops after a few sizes, says the service level levels off, and why', async () => {
    const o = await omnisim(...args);
    expect(o.code).toBe(1);
    expect(o.err.endsWith('\nomnisim: no team size meets every target: more agents do not move the messaging service level (deflected customers cap it); see the notes\n')).toBe(true);
    expect(o.out).toMatch(/note: no team size meets the targets: the messaging service level levels off at 6\d\.\d% ± \d\.\d%, short of its target \(≥ 80%\)/);
    expect(o.out).toContain('messaging customers per replication were deflected');
    expect(o.out).toContain('note: Erlang estimate 2; no size tried meets the targets (2, 3, 5 tried).');
    expect(o.out).not.toContain('202');
  });

  it('--json and --csv say the same', async () => {
    const r = JSON.parse((await omnisim(...args, '--json', '-')).out) as StaffingResult;
    const row = r.rows[0]!;
    expect([row.requiredAgents, row.met, row.notMet!.because, row.notMet!.levelsOff!.from]).toEqual([5, false, ['deflected'], 2]);
    const at = csvRow((await omnisim(...args, '--csv', '-')).out);
    expect([at('required_agents'), at('met'), at('not_met_because'), at('levels_off_from_agents')]).toEqual(['5', 'false', 'deflected', '2']);
  });
});

describe('omnisim staff --by team: customers arriving when no agent is on shift (missedAtEnd)', () => {
  const args = ['staff', evening, '--target', 'email:sl=90%/1h', '--by', 'team'];

  it('names the channel and the hours in a note, the table\'s and --json\'s alike, and in the error', async () => {
    const o = await omnisim(...args);
    expect(o.code).toBe(1);
    expect(o.err).toBe('omnisim: no team size meets every target: more agents do not move the email service level (email customers arrive when no agent is on shift); see the notes\n');
    const note = /note: (\d+ of \d+ email customers per replication arrive when no agent who takes email is on shift \(16:00–18:00\).*)\n/.exec(o.out)?.[1];
    expect(note).toMatch(/cannot pass about 7\d\.\d%, short of the 90% target/);
    const r = JSON.parse((await omnisim(...args, '--json', '-')).out) as StaffingResult;
    expect(r.notes).toContain(note);
    expect(r.rows[0]!.notMet!.because).toEqual(['offShift']);
    expect(r.rows[0]!.notMet!.offShift![0]!.hours).toBe('16:00–18:00');
    const at = csvRow((await omnisim(...args, '--csv', '-')).out);
    expect([at('not_met_because'), at('required_agents')]).toEqual(['offShift', String(r.rows[0]!.requiredAgents)]);
  });
});

describe('omnisim staff --by team: more agents do not move it, for a reason staff cannot tell', () => {
  it('says so, with the customers still waiting at the end and where to look', async () => {
    const o = await omnisim('staff', unskilled, '--target', 'email:sl=90%/1h', '--by', 'team', '--json', '-');
    const r = JSON.parse(o.out) as StaffingResult;
    expect(r.rows[0]!.notMet!.because).toEqual(['moreAgentsDoNotMoveIt']);
    expect(r.rows[0]!.requiredAgents).toBeLessThanOrEqual(4);
    expect(r.notes.find((n) => n.startsWith('more agents do not move it'))).toMatch(
      /neither deflected customers \(R44\) nor hours with no agent on shift account for it\. \d+ of \d+ email customers per replication are still waiting past the threshold when the run ends: `omnisim trace --find not-routed`/);
    expect(o.err.endsWith('\nomnisim: no team size meets every target: more agents do not move the email service level; see the notes\n')).toBe(true);
  });
});

describe('omnisim staff --by interval: slots where every ticket was deflected', () => {
  it('--csv says why they miss (not_met_because), as the note under the table does', async () => {
    const o = await omnisim('staff', C, '--target', 'messaging:sl=80%/60s', '--replications', '2', '--csv', '-');
    const [head, ...rows] = o.out.trim().split('\n').map((l) => l.split(','));
    const because = rows.map((r) => r[head!.indexOf('not_met_because')]);
    expect(because.filter((b) => b === 'deflected').length).toBe(28);
    expect(because.filter((b) => b === '').length).toBe(20);
  });
});
