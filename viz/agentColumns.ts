// The run's agents as the page receives them (protocol.ts AgentColumns): built from the
// scenario's teams in the worker, or from a list (tests, the views harness); read one agent at
// a time by the board's tooltip and cards.

import type { AgentColumns } from './protocol.ts';

export interface AgentCapacity {
  messaging: number;
  email: number;
  voice: number;
}

/** One team's agents, in board order: its name, its agents' names and their capacity. */
export interface TeamAgents {
  team: string;
  names: readonly string[];
  capacity: AgentCapacity;
}

/** The columns of teams' agents, one team after another. */
export function columnsOfTeams(teams: readonly TeamAgents[]): AgentColumns {
  const count = teams.reduce((n, t) => n + t.names.length, 0);
  const team = new Int32Array(count), messaging = new Int32Array(count), email = new Int32Array(count), voice = new Int32Array(count);
  const nameEnds = new Int32Array(count);
  const names: string[] = [];
  let i = 0, end = 0;
  teams.forEach((t, k) => {
    team.fill(k, i, i + t.names.length);
    messaging.fill(t.capacity.messaging, i, i + t.names.length);
    email.fill(t.capacity.email, i, i + t.names.length);
    voice.fill(t.capacity.voice, i, i + t.names.length);
    for (const name of t.names) {
      names.push(name);
      end += name.length;
      nameEnds[i++] = end;
    }
  });
  return { count, teams: teams.map((t) => t.team), team, messaging, email, voice, names: names.join(''), nameEnds };
}

/** The columns of a list of agents (tests, the views harness). */
export function columnsOfList(list: readonly { name: string; team: string; capacity: AgentCapacity }[]): AgentColumns {
  const count = list.length;
  const teams: string[] = [];
  const teamIndex = new Map<string, number>();
  const team = new Int32Array(count), messaging = new Int32Array(count), email = new Int32Array(count), voice = new Int32Array(count);
  const nameEnds = new Int32Array(count);
  let end = 0;
  list.forEach((a, i) => {
    let k = teamIndex.get(a.team);
    if (k === undefined) teamIndex.set(a.team, (k = teams.push(a.team) - 1));
    team[i] = k;
    messaging[i] = a.capacity.messaging;
    email[i] = a.capacity.email;
    voice[i] = a.capacity.voice;
    nameEnds[i] = end += a.name.length;
  });
  return { count, teams, team, messaging, email, voice, names: list.map((a) => a.name).join(''), nameEnds };
}

export function agentName(a: AgentColumns, i: number): string {
  return a.names.slice(i === 0 ? 0 : a.nameEnds[i - 1]!, a.nameEnds[i]!);
}

export function agentTeam(a: AgentColumns, i: number): string {
  return a.teams[a.team[i]!]!;
}

export function agentCapacity(a: AgentColumns, i: number): AgentCapacity {
  return { messaging: a.messaging[i]!, email: a.email[i]!, voice: a.voice[i]! };
}
