// Daily breaks of a team (`breaks: [{ at: "12:00", duration: 30m, status: away, stagger: 10m }]`):
// the agents go in turns, `stagger` apart, so the team is never all away at once. A break
// moves the agent to its status (away by default — R19: away agents still receive email)
// and back; a break that falls while the agent is off shift is skipped. Work in progress
// stays with the agent (R40, if its statuses include the break's, may take it away).

import type { Engine } from '../../engine/Engine.ts';
import type { Agent } from '../../model/Agent.ts';
import type { AgentStatusCode } from '../../model/codes.ts';
import { AGENT_STATUSES } from '../../model/codes.ts';
import { AGENT_TIMER } from '../../engine/kinds.ts';
import { breakStart } from '../../scenario/agentWork.ts';
import type { Presence } from './presence.ts';
import { BREAK_ENDS, BREAK_STARTS, agentPayload } from './timers.ts';

const DAY = 86400;

interface DailyBreak {
  /** Seconds after midnight this agent's turn starts. */
  start: number;
  duration: number;
  status: AgentStatusCode;
}

export class Breaks {
  /** Per agent, its daily breaks by start time (null: none). */
  private readonly plans: (DailyBreak[] | null)[];
  /** Per agent, the break its pending BREAK_STARTS timer is for. */
  private readonly next: Int32Array;

  constructor(private readonly e: Engine, private readonly presence: Presence) {
    const teams = e.compiled.scenario.teams;
    const rank = new Int32Array(e.agents.length);
    const seen = new Int32Array(teams.length);
    for (const a of e.agents) rank[a.index] = seen[a.team]!++;
    this.plans = e.agents.map((a) => {
      const team = teams[a.team]!;
      if (team.breaks.length === 0) return null;
      return team.breaks
        .map((b) => ({ start: breakStart(b, rank[a.index]!, team.count), duration: b.duration, status: AGENT_STATUSES.indexOf(b.status) as AgentStatusCode }))
        .sort((x, y) => x.start - y.start);
    });
    this.next = new Int32Array(e.agents.length);
  }

  init(): void {
    for (const a of this.e.agents) if (this.plans[a.index]) this.schedule(a, 0, false);
  }

  /** The agent's turn for a break has come. */
  start(a: Agent): void {
    const b = this.plans[a.index]![this.next[a.index]!]!;
    const now = this.e.now;
    if (this.presence.onShift(a) && !this.presence.onBreak(a)) {
      if (this.e.events.wanted('BreakStarted')) {
        this.e.events.emit({ type: 'BreakStarted', t: now, agent: a.index, status: AGENT_STATUSES[b.status], until: now + b.duration });
      }
      this.presence.setBreak(a, b.status);
      this.e.kernel.after(b.duration, AGENT_TIMER, agentPayload(a.index, BREAK_ENDS));
    }
    this.schedule(a, now, true);
  }

  end(a: Agent): void {
    if (this.e.events.wanted('BreakEnded')) this.e.events.emit({ type: 'BreakEnded', t: this.e.now, agent: a.index });
    this.presence.setBreak(a, -1);
  }

  /** Plans the agent's next break at or after t (strictly after when `strict`). */
  private schedule(a: Agent, t: number, strict: boolean): void {
    const plan = this.plans[a.index]!;
    const day = Math.floor(t / DAY);
    let best = Infinity, which = -1;
    plan.forEach((b, i) => {
      let at = day * DAY + b.start;
      if (at < t || (strict && at === t)) at += DAY;
      if (at < best) {
        best = at;
        which = i;
      }
    });
    if (best >= this.e.horizon) return;
    this.next[a.index] = which;
    this.e.kernel.at(best, AGENT_TIMER, agentPayload(a.index, BREAK_STARTS));
  }
}
