// Shifts and staffing curves: a team with shift hours is in its status while on shift and
// offline otherwise (R19, R20); a team with a staffing curve has its first counts[slot] agents
// on and the rest offline. The status goes through the agent's presence (breaks and
// disconnections layer on top of it); what happens to work in progress when a shift ends is the
// team's endOfShift (behaviour/agents/reassignment.ts).

import type { Engine } from '../engine/Engine.ts';
import { Schedule } from '../triggers/Schedule.ts';
import { AGENT_STATUSES, OFFLINE } from '../model/codes.ts';
import type { AgentStatusCode } from '../model/codes.ts';
import { SHIFT_CHANGE, STAFFING_CHANGE } from '../engine/kinds.ts';

export class Shifts {
  private readonly schedules: (Schedule | null)[];

  constructor(private readonly e: Engine) {
    const sc = e.compiled.scenario;
    this.schedules = sc.teams.map((t) => (t.shift ? new Schedule({ name: t.name, week: t.shift }, sc.startWeekday) : null));
  }

  /** Sets each shift team's status at time 0 (before the roster is announced) and plans the changes. */
  init(): void {
    this.e.compiled.scenario.teams.forEach((t, team) => {
      if (!t.staffing) return;
      this.applyStaffing(team, 0);
      this.e.kernel.at(t.staffing.interval, STAFFING_CHANGE, team);
    });
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
    for (const a of this.e.agents) if (a.team === team) this.e.agentWork.presence.scheduled(a, status);
    const next = s.nextChange(now);
    if (next < this.e.horizon) this.e.kernel.at(next, SHIFT_CHANGE, team);
  }

  /** A staffing-curve slot begins: the first counts[slot] agents of the team are on. */
  staffingChange(team: number): void {
    const st = this.e.compiled.scenario.teams[team]!.staffing!;
    this.applyStaffing(team, this.e.now);
    if (this.e.now + st.interval < this.e.horizon) this.e.kernel.after(st.interval, STAFFING_CHANGE, team);
  }

  private applyStaffing(team: number, t: number): void {
    const cfg = this.e.compiled.scenario.teams[team]!;
    const st = cfg.staffing!;
    const slot = Math.floor((t % 86400) / st.interval);
    const on = st.counts[slot]!;
    const status = AGENT_STATUSES.indexOf(cfg.status) as AgentStatusCode;
    let k = 0;
    for (const a of this.e.agents) {
      if (a.team !== team) continue;
      const want = k < on ? status : OFFLINE;
      if (t === 0) a.status = want;
      else this.e.agentWork.presence.scheduled(a, want);
      k++;
    }
  }

  private statusAt(team: number, t: number): AgentStatusCode {
    const open = this.schedules[team]!.isOpen(t);
    return open ? (AGENT_STATUSES.indexOf(this.e.compiled.scenario.teams[team]!.status) as AgentStatusCode) : OFFLINE;
  }
}
