// R6: what a channel's AI agent did with the tickets created after warm-up that it took first:
// resolved on its own, escalated to a human (those tickets are then offered to routing and
// counted in the channel's customer figures from their escalation), ended by something else
// (a trigger solved or assigned the ticket or ended its session), or still with it at the end.

import type { AiAgentFinished } from '../model/events.ts';
import { ratio } from './CustomerAcc.ts';

export interface AiAgentFigures {
  /** Tickets the AI agent took first. */
  taken: number;
  /** Of them, resolved without a human (solved). */
  resolved: number;
  /** Escalated to a human: from then on in routing, and in the channel's `offered`. */
  escalated: number;
  /** The hold ended because a trigger solved or assigned the ticket or ended its session. */
  ended: number;
  /** Still with the AI agent when the run ended. */
  withAiAtEnd: number;
  /** resolved ÷ tickets the AI agent finished with (its automated resolution rate). */
  resolvedShare: number;
  /** Mean time a finished ticket spent with the AI agent. */
  meanHeldSeconds: number;
}

export class AiAgentAcc {
  taken = 0;
  resolved = 0;
  escalated = 0;
  ended = 0;
  heldSum = 0;

  finished(e: AiAgentFinished): void {
    if (e.outcome === 'resolved') this.resolved++;
    else if (e.outcome === 'escalated') this.escalated++;
    else this.ended++;
    this.heldSum += e.held;
  }

  figures(): AiAgentFigures {
    const finished = this.resolved + this.escalated + this.ended;
    return {
      taken: this.taken,
      resolved: this.resolved,
      escalated: this.escalated,
      ended: this.ended,
      withAiAtEnd: this.taken - finished,
      resolvedShare: ratio(this.resolved, finished),
      meanHeldSeconds: ratio(this.heldSum, finished),
    };
  }
}
