// `omnisim staff --by interval` when some slots no count of agents meets: the search stops once
// they level off and says why, per slot — a note naming the slots, --json's rows[i].notMet, and
// --csv's not_met_because and levels_off_from_agents, as --by team does for the run. A
// 16:00–18:00 slot half of whose chats are deflected (R44) was climbed to 12 agents in 8 rounds,
// with "raise --max-iterations"; recipe C's night slots, every chat deflected, to 9–10.

import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { omnisim } from '../support/cli.ts';
import { SCENARIO_DIR } from '../support/scenarios.ts';
import type { StaffingResult } from '../../sim/run/staffing.ts';
import { LATE_DEFLECTION } from '../support/staffUnreachable.ts';

const dir = mkdtempSync(join(tmpdir(), 'omnisim-staff-interval-not-met-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const late = join(dir, 'late.yaml');
writeFileSync(late, LATE_DEFLECTION);
const args = ['staff', late, '--target', 'messaging:sl=90%/30s', '--interval', '2h'];
const C = join(SCENARIO_DIR, 'recipes', 'c-outside-business-hours.yaml');

/** The CSV's rows as records by column name. */
function csvRows(text: string): Record<string, string>[] {
  const [head, ...rows] = text.trim().split('\n').map((l) => l.split(','));
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]!])));
}

describe('omnisim staff --by interval: a slot whose deflected customers cap its service level', () => {
  it('the table marks the slot, stops after 5 rounds, and a note says what the figure levels off at and why', async () => {
    const o = await omnisim(...args);
    expect(o.code).toBe(1);
    expect(o.err).toBe('omnisim: 1 of 12 slots miss a target (marked !): in them more agents do not help (see the notes)\n');
    expect(o.out).toContain(' · 5 simulation rounds\n');
    expect(o.out).toMatch(/\n16:00–18:00 +12\.0 +4 +8 ! +8 /);
    expect(o.out).toMatch(/\nnote: slot 16:00–18:00: the messaging service level levels off at \d+\.\d% ± \d+\.\d%, short of its target \(≥ 90%\): \d+\.\d% with 4 agents, \d+\.\d% with 8 at \d+\.\d% occupancy\. .*more agents do not help there \(marked !\)\. In that slot, \d+ of \d+ messaging customers per replication were deflected .* cannot pass about \d+\.\d%, short of the 90% target\.\n/);
    expect(o.out).not.toContain('max-iterations');
  });

  it('--json gives the slot\'s notMet and the same note; --csv fills not_met_because and levels_off_from_agents for it alone', async () => {
    const r = JSON.parse((await omnisim(...args, '--json', '-')).out) as StaffingResult;
    const row = r.rows.find((x) => x.from === 16 * 3600)!;
    expect([row.notMet!.because, row.notMet!.levelsOff!.from, row.notMet!.levelsOff!.to]).toEqual([['deflected'], 4, 8]);
    expect(r.rows.filter((x) => x.notMet !== undefined)).toEqual([row]);
    expect(r.notes.filter((n) => n.startsWith('slot 16:00–18:00: '))).toHaveLength(1);
    const csv = csvRows((await omnisim(...args, '--csv', '-')).out);
    expect(csv.map((x) => [x['from_seconds'], x['required_agents'], x['not_met_because'], x['levels_off_from_agents']]).filter((x) => x[2] !== ''))
      .toEqual([['57600', '8', 'deflected', '4']]);
  });

  it('with too few rounds to judge the slot, the deflected customers still say why (no "raise --max-iterations")', async () => {
    const o = await omnisim(...args, '--max-iterations', '3', '--json', '-');
    const r = JSON.parse(o.out) as StaffingResult;
    const row = r.rows.find((x) => x.from === 16 * 3600)!;
    expect([row.requiredAgents, row.notMet]).toEqual([6, { because: ['deflected'] }]);
    expect(r.notes.find((n) => n.startsWith('slot 16:00–18:00: '))).toMatch(/^slot 16:00–18:00: no count tried meets the targets\. In that slot, \d+ of \d+ messaging customers/);
    expect(o.err).toBe('omnisim: 1 of 12 slots miss a target (marked !): in them more agents do not help (see the notes)\n');
  });
});

describe('omnisim staff --by interval: recipe C, where every night chat is deflected', () => {
  it('3 rounds, not 8: the night slots stop once doubling their agents changes nothing, and say so in --csv', async () => {
    const o = await omnisim('staff', C, '--target', 'messaging:sl=80%/2m', '--replications', '2', '--csv', '-');
    expect(o.code).toBe(1);
    expect(o.err).toMatch(/omnisim: 28 of 48 slots miss a target \(marked !\): in them no ticket reaches an agent \(every one deflected; see the note\)\n$/);
    const csv = csvRows(o.out);
    const night = csv.filter((x) => x['not_met_because'] === 'deflected');
    expect(night).toHaveLength(28);
    // From 1 agent to 3 at night (Erlang 1), from 2 to 4 at 07:00–08:00 (Erlang 2); the day's slots keep their 2.
    expect(new Set(night.map((x) => `${x['erlang_agents']}→${x['required_agents']} from ${x['levels_off_from_agents']}`))).toEqual(new Set(['1→3 from 1', '2→4 from 2']));
    expect(new Set(csv.filter((x) => x['met'] === 'true').map((x) => x['required_agents']))).toEqual(new Set(['2']));
    const table = await omnisim('staff', C, '--target', 'messaging:sl=80%/2m', '--replications', '2');
    expect(table.out).toContain(' · 3 simulation rounds\n');
  });

  it('with 3 h slots, one also part-deflected (06:00–09:00): the exit names both kinds', async () => {
    const o = await omnisim('staff', C, '--target', 'messaging:sl=80%/2m', '--replications', '2', '--interval', '3h');
    expect(o.err).toMatch(/omnisim: 5 of 8 slots miss a target \(marked !\): in 1 of them more agents do not help \(see the notes\); in 4 no ticket reaches an agent \(every one deflected; see the note\)\n$/);
    expect(o.out).toMatch(/\nnote: slot 06:00–09:00: the messaging service level levels off at /);
  });
});
