// The run's agents reach the page as columns (viz/agentColumns.ts): a list of an object per
// agent was the page's longest task at 100,000 agents. Read back agent by agent, they must say
// what the list said: each agent's name, team and capacity, in board order.

import { describe, expect, it } from 'vitest';
import { agentNames } from '../../sim/engine/compileScenario.ts';
import type { CompiledScenario } from '../../sim/engine/compileScenario.ts';
import { runMeta } from '../../viz/worker/runMeta.ts';
import { agentCapacity, agentName, agentTeam, columnsOfList } from '../../viz/agentColumns.ts';
import type { AgentColumns } from '../../viz/protocol.ts';
import { compileFile } from '../support/scenarios.ts';
import { scaledCentre } from '../support/recordFrames.ts';

/** The list the meta used to carry (viz/worker/runMeta.ts up to commit 39ac13a). */
function oldList(compiled: CompiledScenario) {
  const sc = compiled.scenario;
  const names = agentNames(sc);
  return sc.teams.flatMap((t) => {
    const rule = sc.capacityRules.find((x) => x.name === t.capacityRule)!;
    return Array.from({ length: t.count }, () => ({ name: '', team: t.name, capacity: { messaging: rule.messaging, email: rule.email, voice: rule.voice } }));
  }).map((a, i) => ({ ...a, name: names[i]! }));
}

const readBack = (a: AgentColumns) => Array.from({ length: a.count }, (_, i) => ({ name: agentName(a, i), team: agentTeam(a, i), capacity: agentCapacity(a, i) }));

describe('the agents of the run meta', () => {
  for (const name of ['multichannel-day.yaml', 'agents-breaks-and-reassignment.yaml', 'brands.yaml', 'skills-and-subqueues.yaml', 'large-centre-day.yaml']) {
    it(`${name}: read back agent by agent, equal the list the meta carried`, () => {
      const compiled = compileFile(name);
      const list = oldList(compiled);
      expect(list.length).toBeGreaterThan(1);
      expect(readBack(runMeta(compiled, null).agents)).toEqual(list);
    });
  }

  it('hold no object per agent: typed arrays, one string of names, and the team names', () => {
    const a = runMeta(scaledCentre(50, 1), null).agents;
    expect(a.count).toBe(10_000);
    expect(a.teams).toEqual(['chat', 'phones', 'email', 'leads']);
    for (const column of [a.team, a.messaging, a.email, a.voice, a.nameEnds]) {
      expect(column).toBeInstanceOf(Int32Array);
      expect(column.length).toBe(10_000);
    }
    expect(typeof a.names).toBe('string');
    expect(agentName(a, 0)).toBe('chat-1');
    expect(agentName(a, 9_999)).toBe('leads-750');
  });

  it('from a list: names of any length (an empty one too), teams given in any order', () => {
    const cap = (m: number) => ({ messaging: m, email: 0, voice: 1 });
    const list = [
      { name: 'ä-1', team: 'b', capacity: cap(1) }, { name: '', team: 'a', capacity: cap(2) },
      { name: 'long name with spaces', team: 'b', capacity: cap(3) }, { name: 'x', team: 'c', capacity: cap(0) },
    ];
    const a = columnsOfList(list);
    expect(a.teams).toEqual(['b', 'a', 'c']);
    expect(readBack(a)).toEqual(list);
  });
});
