// Shifts: a team with shift hours is in its status while on shift and offline otherwise (R19,
// R20). At a change every agent of the team changes status together; work in progress is
// finished (nothing is taken away — R40 reassignment is a separate setting).

import type { Engine } from '../engine/Engine.ts';
import { Schedule } from '../triggers/Schedule.ts';
import { AGENT_STATUSES, OFFLINE } from '../model/codes.ts';
import type { AgentStatusCode } from '../model/codes.ts';
import { SHIFT_CHANGE } from '../engine/kinds.ts';

export class Shifts {
  private readonly schedules: (Schedule | null)[];

  constructor(private readonly e: Engine) {
    const sc = e.compiled.scenario;
    this.schedules = sc.teams.map((t) => (t.shift ? new Schedule({ name: t.name, week: t.shift }, sc.startWeekday) : null));
  }

  /** Sets each shift team's status at time 0 (before the roster is announced) and plans the changes. */
  init(): void {
    this.schedules.forEach((s, team) => {
      if (!s) return;
      const status = this.statusAt(team, 0);
      for (const a of this.e.agents) if (a.team === team) a.status = status;
      const next = s.nextChange(0);
      if (next < this.e.horizon) this.e.kernel.at(next, SHIFT_CHANGE, team);
    });
  }

  change(team: number): void {
    const s = this.schedules[team]!;
    const now = this.e.now;
    const status = this.statusAt(team, now);
    for (const a of this.e.agents) if (a.team === team) this.e.setAgentStatus(a, status);
    const next = s.nextChange(now);
    if (next < this.e.horizon) this.e.kernel.at(next, SHIFT_CHANGE, team);
  }

  private statusAt(team: number, t: number): AgentStatusCode {
    const open = this.schedules[team]!.isOpen(t);
    return open ? (AGENT_STATUSES.indexOf(this.e.compiled.scenario.teams[team]!.status) as AgentStatusCode) : OFFLINE;
  }
}
